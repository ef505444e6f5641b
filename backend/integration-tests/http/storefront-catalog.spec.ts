import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { seedCatalog } from "../../../seed/src/catalog"
import { PRODUCTS } from "../../../seed/data/products"
import { reindexCatalogSearch } from "../../src/lib/search/module"
import { adminHeaders } from "../helpers/admin"
import { eventually } from "../helpers/eventually"


medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
      await seedCatalog(getContainer(), setup)
      await reindexCatalogSearch(getContainer())
      admin = await adminHeaders(api, getContainer())
    })

    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const status = (promise: Promise<unknown>) => promise.then(() => 200, (error: any) => error.response.status as number)
    /** Every product of the catalog listing, page by page. */
    const listing = async () => {
      const all: any[] = []
      for (let offset = 0; ; offset += 100) {
        const { data } = await api.get(`/store/catalog/products?limit=100&offset=${offset}`, store())
        all.push(...data.products)
        if (all.length >= data.count) return all
      }
    }

    describe("seeded store", () => {
      it("sells in VND through the Việt Nam region", async () => {
        const { data } = await api.get("/store/regions", store())
        expect(data.regions).toHaveLength(1)
        expect(data.regions[0]).toMatchObject({ name: "Việt Nam", currency_code: "vnd" })
      })

      it("lists the seeded products with whole-đồng prices", async () => {
        const { data } = await api.get(
          `/store/products?region_id=${setup.regionId}&fields=handle,title,*variants.calculated_price&limit=${PRODUCTS.length}`,
          store()
        )
        const byHandle = new Map(data.products.map((p: { handle: string }) => [p.handle, p]))
        for (const product of PRODUCTS) {
          const listed = byHandle.get(product.handle) as any
          expect(listed?.title).toBe(product.title.normalize("NFC"))
          const prices = listed.variants.map((v: any) => v.calculated_price.calculated_amount).sort((a: number, b: number) => a - b)
          expect(prices).toEqual(product.variants.map((v) => v.price).sort((a, b) => a - b))
        }
      })

      it("running the seed again creates nothing new", async () => {
        const again = await ensureStoreSetup(getContainer())
        await seedCatalog(getContainer(), again)
        expect(again).toEqual(setup)
        const { data } = await api.get("/store/products?limit=100&fields=id", store())
        expect(data.count).toBe(PRODUCTS.length)
      })

      it("shows a product renamed through the admin API in the catalog listing right after", async () => {
        const before = (await listing()).find((p) => p.handle === PRODUCTS[0].handle)
        expect(before.title).toBe(PRODUCTS[0].title.normalize("NFC"))
        const renamed = `${before.title} (mùa mới)`.normalize("NFC")
        await api.post(`/admin/products/${before.id}`, { title: renamed }, admin)
        expect((await listing()).find((p) => p.handle === PRODUCTS[0].handle).title).toBe(renamed)
        await api.post(`/admin/products/${before.id}`, { title: before.title }, admin)
        expect((await listing()).find((p) => p.handle === PRODUCTS[0].handle).title).toBe(before.title)
      })

      it("takes a suspended producer's products out of the listing, facets, product and producer pages and search, and brings them back on approval", async () => {
        const product = (await listing()).find((p) => p.producer)
        const producer = product.producer
        const ofProducer = async () => (await listing()).filter((p) => p.producer?.id === producer.id).map((p) => p.handle)
        const searchHandles = async () =>
          (await api.get(`/store/search?q=${encodeURIComponent(product.title)}&limit=50`, store())).data.hits.map((h: { handle: string }) => h.handle)
        const shown = await ofProducer()
        expect(shown).toContain(product.handle)
        await eventually(async () => expect(await searchHandles()).toContain(product.handle))
        const totalBefore = (await listing()).length

        await api.post(`/admin/producers/${producer.id}/status`, { status: "suspended", reason: "Kiểm tra lại giấy phép" }, admin)
        expect(await ofProducer()).toEqual([])
        expect((await listing()).length).toBe(totalBefore - shown.length)
        const { data: facets } = await api.get("/store/catalog/facets", store())
        expect(facets.producers.map((p: { value: string }) => p.value)).not.toContain(producer.handle)
        expect(await status(api.get(`/store/catalog/products/${product.handle}`, store()))).toBe(404)
        expect(await status(api.get(`/store/producers/${producer.handle}`, store()))).toBe(404)
        const { data: producers } = await api.get("/store/producers?limit=100", store())
        expect(producers.producers.map((p: { handle: string }) => p.handle)).not.toContain(producer.handle)
        await eventually(async () => expect(await searchHandles()).not.toContain(product.handle))

        await api.post(`/admin/producers/${producer.id}/status`, { status: "approved" }, admin)
        expect((await ofProducer()).sort()).toEqual([...shown].sort())
        expect(await status(api.get(`/store/catalog/products/${product.handle}`, store()))).toBe(200)
        expect(await status(api.get(`/store/producers/${producer.handle}`, store()))).toBe(200)
        await eventually(async () => expect(await searchHandles()).toContain(product.handle))
      })

      it("refuses store requests without a publishable key", async () => {
        const response = await api.get("/store/products").catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })
  },
})
