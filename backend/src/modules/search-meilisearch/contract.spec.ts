/**
 * Contract tests of the Meilisearch provider against a real Meilisearch.
 *
 * No Meilisearch server can run on the project's machines (it is not packaged
 * for Debian nor npm), so these run only when MEILISEARCH_HOST is set (with
 * MEILISEARCH_API_KEY when the server has a master key) and are reported as
 * skipped otherwise. The provider's translation is covered without a server by
 * meilisearch.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchSearchService } from "./service"
import { resolvedCatalogIndex, sampleDocuments } from "./test-fixtures"

const host = process.env.MEILISEARCH_HOST

if (!host) {
  console.info(
    "Meilisearch contract tests SKIPPED: MEILISEARCH_HOST is not set, and no Meilisearch server can run on this machine. " +
      "Run them with MEILISEARCH_HOST=http://127.0.0.1:7700 (and MEILISEARCH_API_KEY) against a Meilisearch ≥ 1.12."
  )
}

describe.skipIf(!host)("Meilisearch provider contract (needs MEILISEARCH_HOST; skipped without it)", () => {
  const physical = `ocop_contract_${Date.now()}`
  const index = resolvedCatalogIndex(physical)
  let provider: MeilisearchSearchService
  const now = new Date()
  const docs = sampleDocuments(now)
  const ask = (overrides: Record<string, unknown> = {}) =>
    provider.search({ index, attributes_to_retrieve: ["id", "handle", "title", "producer.name", "certificates.star"], pagination: { skip: 0, take: 10 }, ...overrides } as any)

  beforeAll(async () => {
    provider = new MeilisearchSearchService({}, { host: host!, api_key: process.env.MEILISEARCH_API_KEY })
    await provider.upsertIndex({ index })
    const task = await provider.upsertDocuments({ index: physical, definition: index, documents: docs })
    expect((await provider.waitForTask(task)).status).toBe("succeeded")
  }, 120_000)

  afterAll(async () => {
    await provider.deleteIndex({ index: physical })
  }, 60_000)

  it("creates the index with the settings the definition asks for, idempotently", async () => {
    await provider.upsertIndex({ index })
    const listed = (await provider.listIndexes()).find((i) => i.name === physical)
    expect(listed).toMatchObject({ provider: "search-meilisearch", document_count: docs.length })
  })

  it("finds folded text, Vietnamese synonyms and English words", async () => {
    expect((await ask({ q: "nuoc mam cai rong" })).hits[0].id).toBe("prod_nuoc_mam")
    expect((await ask({ q: "fish sauce" })).hits[0].id).toBe("prod_nuoc_mam")
    expect((await ask({ q: "squid" })).hits.map((h) => h.id)).toEqual(["prod_cha_muc"])
    expect((await ask({ q: "cha mu" })).hits[0].id).toBe("prod_cha_muc")
  })

  it("tolerates typos", async () => {
    expect((await ask({ q: "nuoc mamm" })).hits[0].id).toBe("prod_nuoc_mam")
  })

  it("filters, sorts, counts and facets", async () => {
    const result = await ask({
      filters: { $and: [{ sales_channel_ids: ["sc_1"] }, { price_min: { $gte: 50000 } }] },
      pagination: { skip: 0, take: 10, order: { price_min: "ASC" } },
      search_options: { facets: [{ field: "producer.commune", type: "value", limit: 10 }, { field: "price_min", type: "stats" }] },
    })
    expect(result.hits.map((h) => h.id)).toEqual(["prod_mam_tom", "prod_nuoc_mam"])
    expect(result.metadata.count).toBe(2)
    expect(result.facets).toEqual({
      "producer.commune": { type: "value", values: [{ value: "Đặc khu Vân Đồn", count: 2 }], other_count: 0 },
      price_min: { type: "stats", min: 60000, max: 180000, count: 2 },
    })
    expect(result.hits[1].document).toEqual({ id: "prod_nuoc_mam", handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", producer: { name: "Công ty CP Nước mắm Cái Rồng" }, certificates: [{ star: 5 }] })
  })

  it("compares rating dates with the time of the query", async () => {
    const valid = await ask({ filters: { ocop_star: { $gte: 3 }, ocop_valid_until: { $gt: now.getTime() } } })
    expect(valid.hits.map((h) => h.id).sort()).toEqual(["prod_cha_muc", "prod_nuoc_mam"])
    const rest = await ask({ filters: { $or: [{ ocop_valid_until: { $lte: now.getTime() } }, { ocop_valid_until: { $exists: false } }] } })
    expect(rest.hits.map((h) => h.id)).toEqual(["prod_mam_tom"])
  })

  it("answers several queries in one request", async () => {
    const [a, b] = await provider.searchMany([
      { index, attributes_to_retrieve: ["id"], q: "cai rong", pagination: { take: 0 }, search_options: { count: "estimated" } },
      { index, attributes_to_retrieve: ["id"], q: "ha long", pagination: { take: 5 } },
    ])
    expect(a.metadata.count).toBe(2)
    expect(b.hits.map((h) => h.id)).toEqual(["prod_cha_muc"])
  })

  it("deletes by id and by filter, then empties the index", async () => {
    await provider.waitForTask(await provider.deleteDocuments({ index: physical, filters: { id: ["prod_cha_muc"] } }))
    await provider.waitForTask(await provider.deleteDocuments({ index: physical, filters: { "producer.handle": "cty-nuoc-mam-cai-rong", price_min: { $lt: 100000 } } }))
    expect((await ask()).hits.map((h) => h.id)).toEqual(["prod_nuoc_mam"])
    await provider.waitForTask(await provider.clearIndex({ index: physical }))
    expect((await ask()).hits).toEqual([])
  })
})
