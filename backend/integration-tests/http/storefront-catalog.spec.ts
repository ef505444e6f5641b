import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { seedCatalog } from "../../../seed/src/catalog"
import { PRODUCTS } from "../../../seed/data/products"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
      await seedCatalog(getContainer(), setup)
    })

    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })

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

      it("refuses store requests without a publishable key", async () => {
        const response = await api.get("/store/products").catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })
  },
})
