/**
 * Search relevance on the real seeded catalog (211 Quảng Ninh products) with
 * the embedded provider: for every query of queries.ts, the first hit of
 * GET /store/search must be one of its expected products. Failures are listed
 * together, with what came first instead.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { reindexCatalogSearch } from "../../backend/src/lib/search/module"
import { seedCatalog } from "../../seed/src/catalog"
import { ensureStoreSetup, type StoreSetup } from "../../seed/src/store-setup"
import { RELEVANCE, RELEVANCE_CASES } from "./queries"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup

    beforeAll(async () => {
      // The pictures are not searched: seeding without them takes seconds instead of minutes.
      const images = process.env.OCOP_SEED_IMAGES
      process.env.OCOP_SEED_IMAGES = "false"
      try {
        setup = await ensureStoreSetup(getContainer())
        await seedCatalog(getContainer(), setup)
      } finally {
        if (images === undefined) delete process.env.OCOP_SEED_IMAGES
        else process.env.OCOP_SEED_IMAGES = images
      }
      await reindexCatalogSearch(getContainer())
    })

    it(`has at least 40 queries (${RELEVANCE_CASES.length})`, () => {
      expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40)
    })

    for (const group of RELEVANCE) {
      it(`puts the right product first: ${group.name} (${group.cases.length} queries)`, async () => {
        const misses: string[] = []
        for (const { q, top } of group.cases) {
          const { data } = await api.get(`/store/search?q=${encodeURIComponent(q)}&limit=5`, { headers: { "x-publishable-api-key": setup.publishableKey } })
          const first = data.hits[0]?.handle
          if (!top.includes(first)) misses.push(`"${q}" → ${first ?? "nothing"} (then ${data.hits.slice(1).map((h: { handle: string }) => h.handle).join(", ")}); expected ${top.slice(0, 4).join(" | ")}${top.length > 4 ? " | …" : ""}`)
        }
        expect(misses).toEqual([])
      })
    }
  },
})
