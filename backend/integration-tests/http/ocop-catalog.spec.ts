/**
 * The OCOP catalog over HTTP: the operator records producers and certificates
 * through the admin API; shoppers filter, sort and read them through the store API.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"
import { failAfter } from "../helpers/fail-after"
import { createProducersWorkflow } from "../../src/workflows/ocop/workflows/create-producers"
import { updateProducerWorkflow } from "../../src/workflows/ocop/workflows/update-producer"
import { linkProducerProductsWorkflow } from "../../src/workflows/ocop/workflows/link-producer-products"
import { createOcopCertificatesWorkflow } from "../../src/workflows/ocop/workflows/create-ocop-certificates"
import { updateOcopCertificateWorkflow } from "../../src/workflows/ocop/workflows/update-ocop-certificate"
import { deleteOcopCertificateWorkflow } from "../../src/workflows/ocop/workflows/delete-ocop-certificate"

const failingCreateProducers = failAfter(createProducersWorkflow)
const failingUpdateProducer = failAfter(updateProducerWorkflow)
const failingLinkProducts = failAfter(linkProducerProductsWorkflow)
const failingCreateCertificates = failAfter(createOcopCertificatesWorkflow)
const failingUpdateCertificate = failAfter(updateOcopCertificateWorkflow)
const failingDeleteCertificate = failAfter(deleteOcopCertificateWorkflow)

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)
const YEAR = 365

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }
    const ids: Record<string, string> = {}
    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const fail = (promise: Promise<unknown>) => promise.then(() => ({ status: 200, data: {} as any }), (e: any) => e.response)

    async function product(handle: string, title: string, prices: number[]) {
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Khối lượng", values: prices.map((_, i) => `Gói ${i + 1}`) }],
              variants: prices.map((amount, i) => ({
                title: `Gói ${i + 1}`,
                manage_inventory: false,
                options: { "Khối lượng": `Gói ${i + 1}` },
                prices: [{ amount, currency_code: "vnd" }],
              })),
              sales_channels: [{ id: setup.salesChannelId }],
            },
          ],
        },
      })
      return result[0].id
    }

    beforeAll(async () => {
      const container = getContainer()
      setup = await ensureStoreSetup(container)
      admin = await adminHeaders(api, container)
      ids.chaMuc = await product("cha-muc-ha-long", "Chả mực Hạ Long", [220000, 420000])
      ids.traHoaVang = await product("tra-hoa-vang-ba-che", "Trà hoa vàng Ba Chẽ", [350000])
      ids.mienDong = await product("mien-dong-binh-lieu", "Miến dong Bình Liêu", [65000])
      ids.ruouMo = await product("ruou-mo-yen-tu", "Rượu mơ Yên Tử", [180000])
      ids.unrated = await product("mat-ong-rung", "Mật ong rừng", [250000])

      const halong = await api.post(
        "/admin/producers",
        {
          handle: "cong-ty-cha-muc-ha-long",
          name: "Công ty TNHH Chả mực Hạ Long",
          legal_form: "enterprise",
          tax_code: "5701234567",
          commune: "Phường Hạ Long",
          phone: "0912 345 678",
          social_links: { facebook: "https://facebook.com/chamuchalong" },
          verified: true,
        },
        admin
      )
      ids.halong = halong.data.producer.id
      const bache = await api.post(
        "/admin/producers",
        { handle: "htx-ba-che", name: "Hợp tác xã Trà hoa vàng Ba Chẽ", legal_form: "cooperative", commune: "Xã Ba Chẽ", former_locality: "huyện Ba Chẽ (cũ)" },
        admin
      )
      ids.bache = bache.data.producer.id
      await api.post(`/admin/producers/${ids.halong}/products`, { add: [ids.chaMuc, ids.ruouMo] }, admin)
      await api.post(`/admin/producers/${ids.bache}/products`, { add: [ids.traHoaVang, ids.mienDong, ids.unrated] }, admin)

      const certify = (product_id: string, star: number, score: number, decision_number: string, decision_date: string, product_group: string) =>
        api.post(
          "/admin/ocop-certificates",
          { product_id, star, score, decision_number, issuing_authority: "UBND tỉnh Quảng Ninh", decision_date, product_group },
          admin
        )
      await certify(ids.chaMuc, 4, 78, "101/QĐ-UBND", day(-YEAR), "food")
      await certify(ids.traHoaVang, 5, 92, "202/QĐ-BNNMT", day(-200), "beverages")
      await certify(ids.mienDong, 3, 62, "303/QĐ-UBND", day(-4 * YEAR), "food")
      await certify(ids.ruouMo, 4, 75, "404/QĐ-UBND", day(-5 * YEAR), "beverages")
      await certify(ids.ruouMo, 3, 66, "505/QĐ-UBND", day(-100), "beverages")
    })

    describe("admin: producers and certificates", () => {
      it("stores a producer's text in NFC and shows its products", async () => {
        const decomposed = "Hộ kinh doanh Gốm Đông Triều".normalize("NFD")
        const { data, status } = await api.post(
          "/admin/producers",
          { handle: "ho-gom-dong-trieu", name: decomposed, legal_form: "household", commune: "Phường Đông Triều" },
          admin
        )
        expect(status).toBe(201)
        expect(data.producer.name).toBe("Hộ kinh doanh Gốm Đông Triều".normalize("NFC"))
        const { data: detail } = await api.get(`/admin/producers/${ids.halong}`, admin)
        expect(detail.producer.products.map((p: any) => p.handle).sort()).toEqual(["cha-muc-ha-long", "ruou-mo-yen-tu"])
      })

      it.each([
        [{ legal_form: "corporation" }, /Expected: 'enterprise, cooperative, household' for field 'legal_form', but got: 'corporation'/],
        [{ phone: "12345" }, /phone must be a Vietnamese phone number/],
        [{ tax_code: "57-0123" }, /tax_code must be 10 digits/],
        [{ handle: "Có Dấu" }, /handle must be lower-case letters/],
        [{ website: "javascript:alert(1)" }, /website must be a web address/],
        [{ handle: "htx-ba-che" }, /already uses the handle "htx-ba-che"/],
      ])("refuses a producer with %o", async (change, message) => {
        const body = { handle: "moi", name: "Cơ sở mới", legal_form: "household", commune: "Xã Tiên Yên", ...change }
        const response = await fail(api.post("/admin/producers", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it.each([
        [{ star: 2 }, /star must be 3, 4 or 5/],
        [{ star: 6 }, /star must be 3, 4 or 5/],
        [{ decision_date: "2024-02-30" }, /decision_date is not a real calendar date/],
        [{ decision_date: "17/05/2024" }, /decision_date must be a date such as 2024-05-17/],
        [{ decision_date: "2024-05-17", expires_at: "2024-01-01" }, /expires_at must be after decision_date/],
        [{ score: 55 }, /A score of 55 means 3★, not 4★/],
        [{ decision_number: "101/QĐ-UBND" }, /already has a certificate with decision number "101\/QĐ-UBND"/],
        [{ product_group: "textiles" }, /Expected: 'food, beverages, herbal, handicrafts, ornamental, tourism' for field 'product_group'/],
        [{ product_id: "prod_unknown" }, /Product prod_unknown does not exist/],
      ])("refuses a certificate with %o", async (change, message) => {
        const body = {
          product_id: ids.chaMuc,
          star: 4,
          score: 80,
          decision_number: "999/QĐ-UBND",
          issuing_authority: "UBND tỉnh Quảng Ninh",
          decision_date: day(-30),
          product_group: "food",
          ...change,
        }
        const response = await fail(api.post("/admin/ocop-certificates", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        const { data } = await api.get(`/admin/ocop-certificates?product_id=${ids.chaMuc}`, admin)
        expect(data.ocop_certificates.map((c: any) => c.decision_number)).toEqual(["101/QĐ-UBND"])
      })

      it("defaults the expiry to 36 months after the decision and reports validity", async () => {
        const { data } = await api.get(`/admin/ocop-certificates?product_id=${ids.mienDong}`, admin)
        const [certificate] = data.ocop_certificates
        const decided = new Date(certificate.decision_date)
        const expires = new Date(certificate.expires_at)
        expect(expires.getUTCFullYear() - decided.getUTCFullYear()).toBe(3)
        expect(expires.getUTCMonth()).toBe(decided.getUTCMonth())
        expect(certificate.valid).toBe(false)
      })

      it("refuses to delete a producer that still has products", async () => {
        const response = await fail(api.delete(`/admin/producers/${ids.bache}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/still has 3 product\(s\)/)
      })

      it("requires an operator login", async () => {
        const response = await fail(api.get("/admin/producers"))
        expect(response.status).toBe(401)
      })
    })

    describe("store: the catalog", () => {
      const handles = (data: any) => data.products.map((p: any) => p.handle)

      it("shows the current rating: latest valid certificate, none once expired", async () => {
        const { data } = await api.get("/store/catalog/products?limit=100", store())
        const byHandle = Object.fromEntries(data.products.map((p: any) => [p.handle, p]))
        expect(byHandle["cha-muc-ha-long"].ocop).toMatchObject({ star: 4, decision_number: "101/QĐ-UBND", product_group: "food" })
        expect(byHandle["mien-dong-binh-lieu"].ocop).toBeNull()
        expect(byHandle["ruou-mo-yen-tu"].ocop).toMatchObject({ star: 3, decision_number: "505/QĐ-UBND" })
        expect(byHandle["cha-muc-ha-long"].price).toEqual({ min: 220000, max: 420000, currency_code: "vnd" })
        expect(byHandle["cha-muc-ha-long"].producer).toMatchObject({ handle: "cong-ty-cha-muc-ha-long", commune: "Phường Hạ Long" })
      })

      it("filters by minimum stars, group, producer, commune and price", async () => {
        const get = async (q: string) => handles((await api.get(`/store/catalog/products?${q}`, store())).data).sort()
        expect(await get("min_stars=5")).toEqual(["tra-hoa-vang-ba-che"])
        expect(await get("min_stars=4")).toEqual(["cha-muc-ha-long", "tra-hoa-vang-ba-che"])
        expect(await get("group=beverages")).toEqual(["ruou-mo-yen-tu", "tra-hoa-vang-ba-che"])
        expect(await get("producer=htx-ba-che")).toEqual(["mat-ong-rung", "mien-dong-binh-lieu", "tra-hoa-vang-ba-che"])
        expect(await get(`commune=${encodeURIComponent("Phường Hạ Long")}`)).toEqual(["cha-muc-ha-long", "ruou-mo-yen-tu"])
        expect(await get("price_min=100000&price_max=250000")).toEqual(["cha-muc-ha-long", "mat-ong-rung", "ruou-mo-yen-tu"])
        expect(await get("min_stars=3&producer=htx-ba-che")).toEqual(["tra-hoa-vang-ba-che"])
      })

      it("sorts by price and stars and paginates", async () => {
        const asc = await api.get("/store/catalog/products?sort=price_asc", store())
        expect(handles(asc.data)).toEqual(["mien-dong-binh-lieu", "ruou-mo-yen-tu", "cha-muc-ha-long", "mat-ong-rung", "tra-hoa-vang-ba-che"])
        const stars = await api.get("/store/catalog/products?sort=stars&limit=2&offset=1", store())
        expect(handles(stars.data)).toEqual(["cha-muc-ha-long", "ruou-mo-yen-tu"])
        expect(stars.data).toMatchObject({ count: 5, limit: 2, offset: 1 })
      })

      it.each([
        ["min_stars=2", /field 'min_stars' too small, expected at least: '3'/],
        ["group=textiles", /for field 'group', but got: 'textiles'/],
        ["sort=cheapest", /Expected: 'newest, price_asc, price_desc, stars' for field 'sort'/],
        ["price_min=500000&price_max=1000", /price_min must not be above price_max/],
        ["price_min=abc", /Expected type: 'number' for field 'price_min', got: 'abc'/],
        ["limit=1000", /field 'limit' too big, expected at most: '100'/],
        ["colour=red", /colour/],
      ])("answers 400 to %s", async (q, message) => {
        const response = await fail(api.get(`/store/catalog/products?${q}`, store()))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("counts facets over the products on sale", async () => {
        const { data } = await api.get("/store/catalog/facets", store())
        expect(data.stars).toEqual([
          { value: 5, count: 1 },
          { value: 4, count: 2 },
          { value: 3, count: 3 },
        ])
        expect(data.communes).toEqual([
          { value: "Phường Hạ Long", count: 2 },
          { value: "Xã Ba Chẽ", count: 3 },
        ])
        expect(data.price).toEqual({ min: 65000, max: 350000 })
      })

      it("gives a product page its variants, rating history and producer", async () => {
        const { data } = await api.get("/store/catalog/products/ruou-mo-yen-tu", store())
        expect(data.product.variants).toEqual([expect.objectContaining({ title: "Gói 1", price: 180000 })])
        expect(data.product.certificates.map((c: any) => [c.decision_number, c.valid])).toEqual([
          ["505/QĐ-UBND", true],
          ["404/QĐ-UBND", false],
        ])
        expect(data.product.producer).toMatchObject({ name: "Công ty TNHH Chả mực Hạ Long", phone: "0912345678" })
        const missing = await fail(api.get("/store/catalog/products/khong-co", store()))
        expect(missing.status).toBe(404)
      })

      it("returns the linked producer and certificates through the standard product route", async () => {
        const { data } = await api.get(`/store/products/${ids.chaMuc}?fields=handle,%2Bproducer.name,%2Bocop_certificates.star`, store())
        expect(data.product.producer.name).toBe("Công ty TNHH Chả mực Hạ Long")
        expect(data.product.ocop_certificates).toEqual([expect.objectContaining({ star: 4 })])
      })

      it("lists producers with product counts and best valid rating, ignoring tone marks", async () => {
        const { data } = await api.get("/store/producers?q=tra%20hoa%20vang", store())
        expect(data.producers).toEqual([expect.objectContaining({ handle: "htx-ba-che", product_count: 3, top_star: 5 })])
        const { data: detail } = await api.get("/store/producers/htx-ba-che", store())
        expect(detail.producer.former_locality).toBe("huyện Ba Chẽ (cũ)")
        expect(detail.producer.products.map((p: any) => p.handle)).toEqual(["tra-hoa-vang-ba-che", "mat-ong-rung", "mien-dong-binh-lieu"])
        const missing = await fail(api.get("/store/producers/khong-co", store()))
        expect(missing.status).toBe(404)
      })
    })
    describe("store: Medusa's standard routes sell only what the catalog sells", () => {
      it("hide a suspended producer's products from /store/products (count too), by id and in a collection, refuse them in carts and at checkout, and bring them back on approval", async () => {
        const nemChua = await product("nem-chua-dong-trieu", "Nem chua Đông Triều", [45000])
        const banhGai = await product("banh-gai-dong-trieu", "Bánh gai Đông Triều", [30000])
        const ownProduct = await product("tui-qua-cho-ocop", "Túi quà Chợ OCOP", [20000]) // the operator's own: no producer
        const producer = (await api.post("/admin/producers", { handle: "co-so-dong-trieu", name: "Cơ sở Đông Triều", legal_form: "household", commune: "Phường Đông Triều" }, admin)).data.producer
        await api.post(`/admin/producers/${producer.id}/products`, { add: [nemChua, banhGai] }, admin)
        const collection = (await api.post("/admin/collections", { title: "Quà Tết", handle: "qua-tet" }, admin)).data.collection
        await api.post(`/admin/collections/${collection.id}/products`, { add: [nemChua, ownProduct] }, admin)
        const variantOf = async (id: string) => (await api.get(`/admin/products/${id}?fields=variants.id`, admin)).data.product.variants[0].id as string

        const listed = async (query = "") => {
          const { data } = await api.get(`/store/products?fields=id&limit=100${query}`, store())
          return { ids: data.products.map((p: { id: string }) => p.id) as string[], count: data.count as number }
        }
        const inCollection = async () =>
          (await api.get(`/store/collections/${collection.id}?fields=id,*products`, store())).data.collection.products.map((p: { id: string }) => p.id).sort()
        const answer = (promise: Promise<any>) => promise.then((r) => r, (e) => e.response)
        const newCart = (items: { variant_id: string; quantity: number }[]) => answer(api.post("/store/carts", { region_id: setup.regionId, items }, store()))

        const before = await listed()
        expect(before.ids).toEqual(expect.arrayContaining([nemChua, banhGai, ownProduct]))
        expect(before.count).toBe(before.ids.length)
        expect(await inCollection()).toEqual([nemChua, ownProduct].sort())

        await api.post(`/admin/producers/${producer.id}/status`, { status: "suspended", reason: "Kiểm tra lại giấy phép" }, admin)
        const hidden = await listed()
        expect(hidden.ids).not.toContain(nemChua)
        expect(hidden.ids).not.toContain(banhGai)
        expect(hidden.ids).toContain(ownProduct)
        expect(hidden.count).toBe(before.count - 2)
        // Pagination counts the products on sale only, and asking for a hidden one by id finds nothing.
        const page = await api.get("/store/products?fields=id&limit=1&offset=0", store())
        expect(page.data.count).toBe(before.count - 2)
        expect(await listed(`&id[]=${nemChua}&id[]=${ownProduct}`)).toEqual({ ids: [ownProduct], count: 1 })
        const byId = await fail(api.get(`/store/products/${nemChua}`, store()))
        expect(byId.status).toBe(404)
        expect(byId.data.message).toBe(`Product with id: ${nemChua} was not found`)
        expect((await fail(api.get(`/store/product-variants/${await variantOf(nemChua)}`, store()))).status).toBe(404)
        expect(await inCollection()).toEqual([ownProduct])

        const refusedNewCart = await newCart([{ variant_id: await variantOf(banhGai), quantity: 1 }])
        expect(refusedNewCart.status).toBe(400)
        expect(refusedNewCart.data.message).toBe(`"Bánh gai Đông Triều" is not on sale at the moment: the producer's shop is closed. Remove it and try again.`)
        const cart = (await newCart([{ variant_id: await variantOf(ownProduct), quantity: 1 }])).data.cart
        const refusedItem = await fail(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(nemChua), quantity: 2 }, store()))
        expect(refusedItem.status).toBe(400)
        expect(refusedItem.data).toMatchObject({ code: "product_not_on_sale", message: expect.stringMatching(/^"Nem chua Đông Triều" is not on sale at the moment/) })
        const { data: unchanged } = await api.get(`/store/carts/${cart.id}?fields=items.product_id`, store())
        expect(unchanged.cart.items.map((item: { product_id: string }) => item.product_id)).toEqual([ownProduct])

        await api.post(`/admin/producers/${producer.id}/status`, { status: "approved" }, admin)
        expect(await listed()).toEqual(before)
        expect((await api.get(`/store/products/${nemChua}?fields=id`, store())).data.product.id).toBe(nemChua)
        expect(await inCollection()).toEqual([nemChua, ownProduct].sort())
        const added = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: await variantOf(nemChua), quantity: 2 }, store())
        expect(added.data.cart.items).toHaveLength(2)

        // Suspended while in a cart: the cart can be read, but not checked out.
        await api.post(`/admin/producers/${producer.id}/status`, { status: "suspended", reason: "Kiểm tra lại giấy phép" }, admin)
        for (const path of [`/store/checkout/${cart.id}/validate`, `/store/checkout/${cart.id}/complete`, `/store/carts/${cart.id}/complete`]) {
          const refused = await fail(api.post(path, {}, store()))
          expect(refused.status).toBe(400)
          expect(refused.data).toMatchObject({ code: "product_not_on_sale", message: expect.stringMatching(/^"Nem chua Đông Triều" is not on sale at the moment/) })
        }
        expect((await api.get(`/store/carts/${cart.id}`, store())).data.cart.completed_at ?? null).toBeNull()
        await api.post(`/admin/producers/${producer.id}/status`, { status: "approved" }, admin)
        const validated = await fail(api.post(`/store/checkout/${cart.id}/validate`, {}, store()))
        expect(validated.data.code).not.toBe("product_not_on_sale")
      })
    })

    describe("compensation: a failure after each workflow leaves nothing behind", () => {
      const run = async (workflow: any, input: unknown) => {
        const { errors } = await workflow(getContainer()).run({ input, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toContain("failure injected by the test after the workflow under test")
      }
      const producerOf = async (productId: string) =>
        (await api.get(`/store/products/${productId}?fields=id,%2Bproducer.handle`, store())).data.product.producer?.handle
      const certificatesOf = async (productId: string) =>
        (await api.get(`/admin/ocop-certificates?product_id=${productId}`, admin)).data.ocop_certificates.map((c: any) => c.decision_number)

      it("creating a producer", async () => {
        await run(failingCreateProducers, { producers: [{ handle: "tam-thoi", name: "Tạm thời", legal_form: "household", commune: "Xã Tiên Yên" }] })
        const { data } = await api.get("/admin/producers?q=T%E1%BA%A1m", admin)
        expect(data.producers).toEqual([])
      })

      it("updating a producer", async () => {
        await run(failingUpdateProducer, { id: ids.bache, name: "Tên mới", verified: true })
        const { data } = await api.get(`/admin/producers/${ids.bache}`, admin)
        expect(data.producer).toMatchObject({ name: "Hợp tác xã Trà hoa vàng Ba Chẽ", verified: false })
      })

      it("moving a product to another producer", async () => {
        await run(failingLinkProducts, { producer_id: ids.bache, add: [ids.chaMuc] })
        expect(await producerOf(ids.chaMuc)).toBe("cong-ty-cha-muc-ha-long")
      })

      it("recording a certificate", async () => {
        const certificate = { product_id: ids.mienDong, star: 4, decision_number: "777/QĐ-UBND", issuing_authority: "UBND tỉnh Quảng Ninh", decision_date: day(-10), product_group: "food" }
        await run(failingCreateCertificates, { certificates: [certificate] })
        expect(await certificatesOf(ids.mienDong)).toEqual(["303/QĐ-UBND"])
        const { data } = await api.get("/admin/ocop-certificates?limit=200", admin)
        expect(data.ocop_certificates.map((c: any) => c.decision_number)).not.toContain("777/QĐ-UBND")
      })

      it("updating a certificate", async () => {
        const [certificate] = (await api.get(`/admin/ocop-certificates?product_id=${ids.chaMuc}`, admin)).data.ocop_certificates
        await run(failingUpdateCertificate, { id: certificate.id, star: 5, score: 95 })
        const { data } = await api.get(`/admin/ocop-certificates/${certificate.id}`, admin)
        expect(data.ocop_certificate).toMatchObject({ star: 4, score: 78 })
      })

      it("deleting a certificate", async () => {
        const [certificate] = (await api.get(`/admin/ocop-certificates?product_id=${ids.traHoaVang}`, admin)).data.ocop_certificates
        await run(failingDeleteCertificate, { id: certificate.id })
        expect(await certificatesOf(ids.traHoaVang)).toEqual(["202/QĐ-BNNMT"])
        const { data } = await api.get("/store/catalog/products?min_stars=5", store())
        expect(data.products.map((p: any) => p.handle)).toEqual(["tra-hoa-vang-ba-che"])
      })
    })
  },
})
