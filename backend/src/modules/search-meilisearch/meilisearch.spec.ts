import { describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import { decodeDocument, encodeDocument } from "./lib/documents"
import { assertSupported, meilisearchSettings } from "./lib/fields"
import { compileFilter, literal } from "./lib/filters"
import { toSearchParams, toSearchResult } from "./lib/query"
import { MeilisearchSearchService } from "./service"
import { resolvedCatalogIndex, sampleDocuments } from "./test-fixtures"

const index = resolvedCatalogIndex("catalog_product_1")

describe("Meilisearch filters", () => {
  it("compiles the Search Module's operators to Meilisearch's filter language", () => {
    expect(compileFilter({ q: "ignored", handle: "nuoc-mam" })).toBe('handle = "nuoc-mam"')
    expect(compileFilter({ sales_channel_ids: ["sc_1", "sc_2"] })).toBe('sales_channel_ids IN ["sc_1", "sc_2"]')
    expect(compileFilter({ price_min: { $gte: 100, $lte: 500 } })).toBe("(price_min >= 100 AND price_min <= 500)")
    expect(compileFilter({ "producer.commune": { $ne: "Xã Ba Chẽ" }, ocop_star: { $in: [4, 5] } })).toBe('producer.commune != "Xã Ba Chẽ" AND ocop_star IN [4, 5]')
    expect(compileFilter({ ocop_valid_until: { $exists: false } })).toBe("(ocop_valid_until NOT EXISTS OR ocop_valid_until IS NULL)")
    expect(compileFilter({ ocop_group: null })).toBe("ocop_group IS NULL")
    expect(compileFilter({ $or: [{ a: 1 }, { $not: { b: true } }] })).toBe("(a = 1 OR NOT (b = true))")
    expect(compileFilter({ $and: [{ a: { $nin: ["x"] } }, { tags: { $contains: ["p", "q"] } }] })).toBe('(NOT a IN ["x"] AND (tags = "p" AND tags = "q"))')
    expect(compileFilter({ id: { $in: [] } })).toBe("id IN []")
    expect(compileFilter(undefined)).toBeUndefined()
    expect(compileFilter({ q: "only text" })).toBeUndefined()
  })

  it("quotes strings safely and turns dates into epoch milliseconds", () => {
    expect(literal('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"')
    expect(literal(new Date("2026-01-01T00:00:00Z"))).toBe("1767225600000")
    expect(compileFilter({ seen_at: { $gt: "2026-01-01T00:00:00Z" } }, new Set(["seen_at"]))).toBe("seen_at > 1767225600000")
  })

  it("refuses what Meilisearch cannot filter by", () => {
    expect(() => compileFilter({ title: { $prefix: "Nư" } })).toThrow(/no substring or prefix filter/)
    expect(() => compileFilter({ title: { $like: "%mắm%" } })).toThrow(/no substring or prefix filter/)
    expect(() => compileFilter({ "bad field": 1 })).toThrow(/not a field name/)
  })
})

describe("Meilisearch settings", () => {
  it("derive from the index definition: searchable by weight, filterable, sortable, typo tolerance, provider options", () => {
    const settings = meilisearchSettings(index, "search-meilisearch") as any
    expect(settings.searchableAttributes).toEqual(["search_title", "search_aliases", "search_subtitle", "search_producer", "search_place", "search_description"])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["id", "handle", "sales_channel_ids", "price_min", "producer.handle", "producer.commune", "producer_key", "certificates.id", "ocop_star", "ocop_group", "ocop_valid_until"])
    )
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["handle", "created_at_ms", "price_min", "ocop_star", "ocop_score"]))
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(settings.rankingRules[0]).toBe("sort")
    expect(settings.synonyms["fish sauce"]).toContain("nuoc mam")
    expect(settings.pagination).toEqual({ maxTotalHits: 100_000 })
  })

  it("refuse definitions Meilisearch cannot hold", () => {
    expect(() => assertSupported(index)).not.toThrow()
    const ranged = { ...index, fields: { ...index.fields, price_min: { type: "integer" as const, facetable: true } } }
    expect(() => assertSupported(ranged)).toThrow(/no range facets/)
    const vector = { ...index, fields: { ...index.fields, embedding: { type: "vector" as const, dimensions: 3 } } }
    expect(() => assertSupported(vector)).toThrow(/vector/)
  })
})

describe("Meilisearch queries and results", () => {
  const query = (overrides: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery => ({
    index,
    attributes_to_retrieve: ["id", "title", "producer.name", "certificates.star"],
    q: "nuoc mam",
    filters: { sales_channel_ids: ["sc_1"] },
    pagination: { skip: 0, take: 10, order: { price_min: "ASC" } },
    search_options: { match_strategy: "last", facets: [{ field: "producer.commune", type: "value", limit: 1 }, { field: "price_min", type: "stats" }] },
    ...overrides,
  })

  it("become search parameters", () => {
    expect(toSearchParams(query(), new Set())).toEqual({
      q: "nuoc mam",
      offset: 0,
      limit: 10,
      matchingStrategy: "all",
      attributesToRetrieve: ["id", "title", "producer", "certificates"],
      filter: 'sales_channel_ids IN ["sc_1"]',
      sort: ["price_min:asc"],
      facets: ["producer.commune", "price_min"],
    })
    expect(toSearchParams(query({ pagination: { skip: 5, take: 0, order: { _score: "DESC" } } }), new Set())).toMatchObject({ offset: 5, limit: 0 })
    expect(toSearchParams(query({ pagination: { order: { _score: "DESC" } } }), new Set()).sort).toBeUndefined()
  })

  it("refuse what Meilisearch cannot answer", () => {
    expect(() => toSearchParams(query({ search_options: { match_strategy: "any" } }), new Set())).toThrow(/at least one word/)
    expect(() => toSearchParams(query({ search_options: { facets: [{ field: "price_min", type: "range", ranges: [{ to: 5 }] }] } }), new Set())).toThrow(/range facets/)
    expect(() => toSearchParams(query({ pagination: { order: { _score: "ASC" } } }), new Set())).toThrow(/ascending relevance/)
    expect(() => toSearchParams(query({ pagination: { order: { _score: "DESC", price_min: "ASC" } } }), new Set())).toThrow(/relevance after/)
  })

  it("turn a response into hits, facets and counts", () => {
    const result = toSearchResult(
      query(),
      {
        hits: [{ id: "prod_1", title: "Nước mắm", producer: { name: "HTX", commune: "Xã" }, certificates: [{ star: 5, id: "c" }], extra: "dropped" }],
        estimatedTotalHits: 7,
        facetDistribution: { "producer.commune": { "Xã A": 2, "Xã B": 5 } },
        facetStats: { price_min: { min: 10, max: 20 } },
        processingTimeMs: 3,
      },
      new Set()
    )
    expect(result.hits).toEqual([{ id: "prod_1", document: { id: "prod_1", title: "Nước mắm", producer: { name: "HTX" }, certificates: [{ star: 5 }] } }])
    expect(result.facets).toEqual({
      "producer.commune": { type: "value", values: [{ value: "Xã B", count: 5 }], other_count: 2 },
      price_min: { type: "stats", min: 10, max: 20, count: 7 },
    })
    expect(result.metadata).toMatchObject({ skip: 0, take: 10, count: 7, processing_time_ms: 3 })
  })

  it("store dates as epoch milliseconds and give them back as ISO strings", () => {
    const dates = new Set(["seen_at", "events.at"])
    const stored = encodeDocument({ id: "x", seen_at: "2026-01-01T00:00:00.000Z", events: [{ at: "2026-01-02T00:00:00.000Z" }] }, dates)
    expect(stored).toEqual({ id: "x", seen_at: 1767225600000, events: [{ at: 1767312000000 }] })
    expect(decodeDocument(stored, dates)).toEqual({ id: "x", seen_at: "2026-01-01T00:00:00.000Z", events: [{ at: "2026-01-02T00:00:00.000Z" }] })
  })
})

describe("Meilisearch provider", () => {
  function fakeClient() {
    const calls: [string, ...unknown[]][] = []
    let task = 0
    const enqueued = () => ({ taskUid: ++task })
    const indexApi = (uid: string) => ({
      getRawInfo: async () => {
        calls.push(["getRawInfo", uid])
        throw Object.assign(new Error("not found"), { cause: { code: "index_not_found" } })
      },
      updateSettings: async (settings: unknown) => (calls.push(["updateSettings", uid, settings]), enqueued()),
      addDocuments: async (docs: unknown, options: unknown) => (calls.push(["addDocuments", uid, docs, options]), enqueued()),
      deleteDocuments: async (what: unknown) => (calls.push(["deleteDocuments", uid, what]), enqueued()),
      deleteAllDocuments: async () => (calls.push(["deleteAllDocuments", uid]), enqueued()),
      delete: async () => (calls.push(["delete", uid]), enqueued()),
    })
    const client = {
      index: indexApi,
      createIndex: async (uid: string, options: unknown) => (calls.push(["createIndex", uid, options]), enqueued()),
      getIndexes: async () => ({ results: [] }),
      multiSearch: async (body: { queries: unknown[] }) => {
        calls.push(["multiSearch", body])
        return { results: body.queries.map(() => ({ hits: [], estimatedTotalHits: 0 })) }
      },
      tasks: { waitForTask: async (uid: number) => (calls.push(["waitForTask", uid]), { uid, status: "succeeded", error: null }) },
    }
    return { calls, provider: new MeilisearchSearchService({}, { host: "http://meilisearch.test" }, client as any) }
  }

  it("creates a missing index with its primary key and applies its settings before reporting success", async () => {
    const { calls, provider } = fakeClient()
    expect(await provider.upsertIndex({ index })).toEqual({ index: "catalog_product_1", status: "succeeded" })
    expect(calls.map((c) => c[0])).toEqual(["getRawInfo", "createIndex", "waitForTask", "updateSettings", "waitForTask"])
    expect(calls[1]).toEqual(["createIndex", "catalog_product_1", { primaryKey: "id" }])
  })

  it("returns writes as enqueued tasks the module waits for", async () => {
    const { calls, provider } = fakeClient()
    const docs = sampleDocuments()
    const written = await provider.upsertDocuments({ index: "catalog_product_2", definition: index, documents: docs })
    expect(written).toEqual({ id: "1", index: "catalog_product_2", status: "enqueued" })
    expect(await provider.waitForTask(written)).toEqual({ id: "1", index: "catalog_product_2", status: "succeeded" })
    await provider.deleteDocuments({ index: "catalog_product_2", filters: { id: ["prod_1", "prod_2"] } })
    await provider.deleteDocuments({ index: "catalog_product_2", filters: { "producer.id": "prdc_1" } })
    await provider.clearIndex({ index: "catalog_product_2" })
    expect(calls.filter((c) => c[0] === "deleteDocuments").map((c) => c[2])).toEqual([["prod_1", "prod_2"], { filter: 'producer.id = "prdc_1"' }])
    expect(calls.at(-1)).toEqual(["deleteAllDocuments", "catalog_product_2"])
  })

  it("sends every query of a batch in one multi-search", async () => {
    const { calls, provider } = fakeClient()
    const results = await provider.searchMany([
      { index, attributes_to_retrieve: ["id"], q: "tra", filters: { ocop_star: { $gte: 4 } } },
      { index, attributes_to_retrieve: ["id"], pagination: { take: 0 }, search_options: { facets: ["ocop_group"] } },
    ])
    expect(results).toHaveLength(2)
    const [, body] = calls.find((c) => c[0] === "multiSearch") as [string, { queries: any[] }]
    expect(body.queries.map((q) => [q.indexUid, q.q, q.filter ?? null, q.facets ?? null])).toEqual([
      ["catalog_product_1", "tra", "ocop_star >= 4", null],
      ["catalog_product_1", "", null, ["ocop_group"]],
    ])
  })
})
