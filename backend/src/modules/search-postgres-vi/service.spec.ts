import { describe, expect, it } from "vitest"
import { CATALOG_SEARCH_FIELDS } from "../../lib/search/documents"
import { ENSURE_VIETNAMESE_CONFIG_SQL, queriedFields, VietnamesePostgresSearchService } from "./service"

describe("Vietnamese Postgres search provider", () => {
  it("plans only the fields queries use; the rest is read from the stored document", () => {
    const fields = queriedFields(CATALOG_SEARCH_FIELDS.toFields())
    for (const retrievalOnly of ["title", "subtitle", "description", "thumbnail", "created_at", "price_max", "currency_code", "producer.name"]) {
      const [head, leaf] = retrievalOnly.split(".")
      expect(leaf ? fields[head]?.fields?.[leaf] : fields[head]).toBeUndefined()
    }
    expect(Object.keys(fields.producer.fields!)).toEqual(["id", "handle", "commune"])
    expect(Object.keys(fields.certificates.fields!)).toEqual(["id"])
    expect(fields.search_title).toEqual({ type: "text", searchable: { weight: 3 } })
    expect(fields.price_min).toMatchObject({ filterable: true, sortable: true })
  })

  it("uses the Vietnamese text configuration, created if missing", () => {
    expect(VietnamesePostgresSearchService.identifier).toBe("search-postgres-vi")
    const provider = new VietnamesePostgresSearchService({ manager: { execute: async () => [] } }) as unknown as { tsConfig_: string }
    expect(provider.tsConfig_).toBe("medusa_search_vietnamese")
    expect(ENSURE_VIETNAMESE_CONFIG_SQL).toContain("CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple)")
    expect(ENSURE_VIETNAMESE_CONFIG_SQL).toContain("WITH unaccent, simple")
  })
})
