/**
 * Livestreams over HTTP: the operator schedules and removes sessions; shoppers
 * see what is live now and what starts within 14 days on the product and producer
 * pages and in the home page's "live now" strip; bad links and schedules answer
 * 400; a failure after each workflow leaves nothing behind.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"
import { ratedProduct } from "../helpers/catalog-fixtures"
import { failAfter } from "../helpers/fail-after"

/** Workflows as Medusa itself loaded them (see traceability.spec.ts). */
const workflow = (file: string, name: string) => require(`../../src/workflows/livestreams/workflows/${file}`)[name]

const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }
    let caiRong: Awaited<ReturnType<typeof ratedProduct>>
    let quanLan: Awaited<ReturnType<typeof ratedProduct>>
    let caiRongSecondProduct: Awaited<ReturnType<typeof ratedProduct>>
    const ids: Record<string, string> = {}
    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const must = (request: Promise<any>): Promise<any> =>
      request.catch((e: any) => {
        throw new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })
    const schedule = async (body: Record<string, unknown>) => (await must(api.post("/admin/livestreams", body, admin))).data.livestream

    beforeAll(async () => {
      const container = getContainer()
      setup = await ensureStoreSetup(container)
      admin = await adminHeaders(api, container)
      caiRong = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", price: 125000, producerHandle: "htx-cai-rong", producerName: "HTX Nước mắm Cái Rồng", star: 4 })
      quanLan = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "sa-sung-quan-lan", title: "Sá sùng Quan Lạn", price: 1800000, producerHandle: "ho-quan-lan", producerName: "Hộ kinh doanh Sá sùng Quan Lạn" })
      // A second product of Cái Rồng: its own session must not show on the first product's page.
      caiRongSecondProduct = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "mam-ruoc-cai-rong", title: "Mắm ruốc Cái Rồng", price: 60000, producerHandle: "tam-cai-rong", producerName: "Tạm" })
      await must(api.post(`/admin/producers/${caiRong.producerId}/products`, { add: [caiRongSecondProduct.productId] }, admin))

      ids.live = (await schedule({ producer_id: caiRong.producerId, product_id: caiRong.productId, platform: "facebook", url: "https://www.facebook.com/htxcairong/videos/1234567890123456", title: "Ủ chượp nước mắm trực tiếp từ Cái Rồng".normalize("NFD"), starts_at: at(-5 * 60_000), ends_at: at(2 * HOUR) })).id
      ids.upcomingShop = (await schedule({ producer_id: caiRong.producerId, platform: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", title: "Giới thiệu các sản phẩm của hợp tác xã", starts_at: at(2 * DAY), ends_at: at(2 * DAY + HOUR) })).id
      ids.upcomingOtherProduct = (await schedule({ producer_id: caiRong.producerId, product_id: caiRongSecondProduct.productId, platform: "tiktok", url: "https://www.tiktok.com/@htx.cairong/live", title: "Mắm ruốc cho bữa cơm", starts_at: at(3 * DAY), ends_at: at(3 * DAY + HOUR) })).id
      ids.farAhead = (await schedule({ producer_id: caiRong.producerId, product_id: caiRong.productId, platform: "zalo", url: "https://zalo.me/g/abcdef123", title: "Phiên Tết", starts_at: at(20 * DAY), ends_at: at(20 * DAY + HOUR) })).id
      ids.quanLanUpcoming = (await schedule({ producer_id: quanLan.producerId, product_id: quanLan.productId, platform: "youtube", url: "https://www.youtube.com/live/abcdefghijk", title: "Đào sá sùng ở bãi Quan Lạn", starts_at: at(5 * HOUR), ends_at: at(7 * HOUR) })).id
      // A past session, stored directly: scheduling in the past is refused on purpose.
      const ocop: any = container.resolve("ocop")
      const [ended] = await ocop.createLivestreams([{ producer_id: caiRong.producerId, product_id: caiRong.productId, platform: "facebook", url: "https://fb.watch/old123/", title: "Phiên tuần trước", starts_at: new Date(Date.now() - 7 * DAY), ends_at: new Date(Date.now() - 7 * DAY + HOUR) }])
      ids.ended = ended.id
    })

    describe("operator: scheduling", () => {
      it("stores the title in NFC, the parsed link, and answers the status as of now", async () => {
        const { data } = await api.get(`/admin/livestreams/${ids.live}`, admin)
        expect(data.livestream).toMatchObject({
          title: "Ủ chượp nước mắm trực tiếp từ Cái Rồng".normalize("NFC"),
          platform: "facebook",
          platform_name: "Facebook",
          status: "live",
          producer: { id: caiRong.producerId, name: "HTX Nước mắm Cái Rồng" },
          product: { id: caiRong.productId, title: "Nước mắm Cái Rồng" },
        })
      })

      it("reads a time without an offset as Vietnam's", async () => {
        const start = new Date(Date.now() + 3 * DAY)
        const vietnam = new Date(start.getTime() + 7 * HOUR).toISOString().slice(0, 16) // "YYYY-MM-DDTHH:mm" on Vietnam's clock
        const created = await schedule({ producer_id: quanLan.producerId, platform: "zalo", url: "https://zalo.me/4368496045530136892", title: "Hỏi đáp", starts_at: vietnam, ends_at: `${vietnam.slice(0, 11)}23:59` })
        expect(created.starts_at).toBe(new Date(`${vietnam}:00+07:00`).toISOString())
        await must(api.delete(`/admin/livestreams/${created.id}`, admin))
      })

      const valid = () => ({ producer_id: caiRong.producerId, platform: "youtube", url: "https://www.youtube.com/live/dQw4w9WgXcQ", title: "Phiên mới", starts_at: at(DAY), ends_at: at(DAY + HOUR) })
      it.each([
        [{ url: "http://www.youtube.com/live/dQw4w9WgXcQ" }, /url must start with https:\/\//],
        [{ url: "https://youtube.com.evil.com/live/dQw4w9WgXcQ" }, /not youtube\.com\.evil\.com/],
        [{ url: "https://admin:secret@www.youtube.com/live/dQw4w9WgXcQ" }, /must not contain a user name or password/],
        [{ url: "javascript:alert(1)" }, /must start with https:\/\//],
        [{ platform: "tiktok" }, /not www\.youtube\.com; a TikTok live link looks like https:\/\/www\.tiktok\.com\/@ten_tai_khoan\/live/],
        [{ platform: "instagram" }, /platform/],
        [{ ends_at: at(DAY - HOUR) }, /ends_at must be after starts_at/],
        [{ ends_at: at(DAY + 13 * HOUR) }, /lasts 12 hours at most/],
        [{ starts_at: at(-2 * HOUR), ends_at: at(HOUR) }, /starts_at is in the past/],
        [{ starts_at: "31/12/2026 19:30" }, /starts_at must be a date and time such as 2026-12-01T19:30/],
        [{ title: "   " }, /Value for field 'title' too small/],
        [{ viewers: 10 }, /viewers/],
      ])("refuses %o with 400", async (change, message) => {
        const response = await fail(api.post("/admin/livestreams", { ...valid(), ...change }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("refuses a product of another producer", async () => {
        const response = await fail(api.post("/admin/livestreams", { ...valid(), product_id: quanLan.productId }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/is not one of this producer's products/)
      })

      it("answers 404 for an unknown producer", async () => {
        const response = await fail(api.post("/admin/livestreams", { ...valid(), producer_id: "prdc_khong_co" }, admin))
        expect(response.status).toBe(404)
      })

      it("checks a changed link against the stored platform, and keeps a running session's start", async () => {
        const wrong = await fail(api.post(`/admin/livestreams/${ids.live}`, { url: "https://www.tiktok.com/@htx.cairong/live" }, admin))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/a Facebook live link looks like/)
        const { data } = await must(api.post(`/admin/livestreams/${ids.live}`, { title: "Ủ chượp nước mắm, phiên sáng", ends_at: at(3 * HOUR) }, admin))
        expect(data.livestream).toMatchObject({ title: "Ủ chượp nước mắm, phiên sáng", status: "live" })
      })

      it("lists by producer and status", async () => {
        const { data: ended } = await api.get(`/admin/livestreams?producer_id=${caiRong.producerId}&status=ended`, admin)
        expect(ended.livestreams.map((l: any) => l.id)).toEqual([ids.ended])
        const { data: upcoming } = await api.get(`/admin/livestreams?status=upcoming`, admin)
        expect(upcoming.livestreams.map((l: any) => l.id)).toEqual([ids.quanLanUpcoming, ids.upcomingShop, ids.upcomingOtherProduct, ids.farAhead])
        const bad = await fail(api.get(`/admin/livestreams?status=soon`, admin))
        expect(bad.status).toBe(400)
      })

      it("needs an operator login", async () => {
        const response = await fail(api.get("/admin/livestreams"))
        expect(response.status).toBe(401)
      })
    })

    describe("shoppers", () => {
      it("see the product's own sessions and the producer's shop-wide ones, live first, within 14 days", async () => {
        const { data } = await api.get("/store/catalog/products/nuoc-mam-cai-rong", store())
        expect(data.product.livestreams.map((l: any) => [l.id, l.status])).toEqual([
          [ids.live, "live"],
          [ids.upcomingShop, "upcoming"],
        ])
        expect(data.product.livestreams[0]).toMatchObject({
          platform: "facebook",
          platform_name: "Facebook",
          url: "https://www.facebook.com/htxcairong/videos/1234567890123456",
          product: { handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng" },
        })
      })

      it("see every upcoming session of a producer on its page, each with its product", async () => {
        const { data } = await api.get("/store/producers/htx-cai-rong", store())
        expect(data.producer.livestreams.map((l: any) => l.id)).toEqual([ids.live, ids.upcomingShop, ids.upcomingOtherProduct])
        expect(data.producer.livestreams[2].product).toEqual({ id: caiRongSecondProduct.productId, handle: "mam-ruoc-cai-rong", title: "Mắm ruốc Cái Rồng" })
        expect(data.producer.livestreams[1].product).toBeNull()
      })

      it("see a session without its product once that product is no longer on sale", async () => {
        await updateProductsWorkflow(getContainer()).run({ input: { selector: { id: caiRongSecondProduct.productId }, update: { status: ProductStatus.DRAFT } } })
        const { data } = await api.get("/store/producers/htx-cai-rong", store())
        const session = data.producer.livestreams.find((l: any) => l.id === ids.upcomingOtherProduct)
        expect(session).toMatchObject({ title: "Mắm ruốc cho bữa cơm", product: null })
      })

      it("see what is live now across producers, with producer and product", async () => {
        const { data } = await api.get("/store/livestreams/live", store())
        expect(data.livestreams).toHaveLength(1)
        expect(data.livestreams[0]).toMatchObject({
          id: ids.live,
          status: "live",
          producer: { handle: "htx-cai-rong", name: "HTX Nước mắm Cái Rồng" },
          product: { handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng" },
        })
      })

      it("no longer see the sessions of a producer the operator suspended", async () => {
        await must(api.post(`/admin/producers/${caiRong.producerId}/status`, { status: "suspended", reason: "Giấy chứng nhận hết hạn" }, admin))
        expect((await api.get("/store/livestreams/live", store())).data.livestreams).toEqual([])
        // Its products leave the shop with it, and their sessions with them.
        expect((await fail(api.get("/store/catalog/products/nuoc-mam-cai-rong", store()))).status).toBe(404)
        expect((await api.get(`/admin/livestreams?producer_id=${caiRong.producerId}&status=live`, admin)).data.livestreams.map((l: any) => l.id)).toEqual([ids.live])
      })

      it("get 400 for a bad limit, and need the publishable key", async () => {
        const bad = await fail(api.get("/store/livestreams/live?limit=0", store()))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/Value for field 'limit' too small/)
        const keyless = await fail(api.get("/store/livestreams/live"))
        expect(keyless.status).toBe(400)
      })

      it("no longer see a session the operator took down", async () => {
        const taken = await schedule({ producer_id: quanLan.producerId, platform: "tiktok", url: "https://www.tiktok.com/@quanlan/live", title: "Phiên vi phạm", starts_at: at(0), ends_at: at(HOUR) })
        expect((await api.get("/store/livestreams/live", store())).data.livestreams.map((l: any) => l.id)).toContain(taken.id)
        await must(api.delete(`/admin/livestreams/${taken.id}`, admin))
        expect((await api.get("/store/livestreams/live", store())).data.livestreams.map((l: any) => l.id)).not.toContain(taken.id)
        expect((await fail(api.get(`/admin/livestreams/${taken.id}`, admin))).status).toBe(404)
      })
    })

    describe("compensation: a failure after each workflow leaves nothing behind", () => {
      let failingCreate: any, failingUpdate: any, failingDelete: any
      beforeAll(() => {
        failingCreate = failAfter(workflow("create-livestreams", "createLivestreamsWorkflow"))
        failingUpdate = failAfter(workflow("update-livestream", "updateLivestreamWorkflow"))
        failingDelete = failAfter(workflow("delete-livestream", "deleteLivestreamWorkflow"))
      })
      const run = async (failing: any, input: unknown) => {
        const { errors } = await failing(getContainer()).run({ input, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toContain("failure injected by the test after the workflow under test")
      }
      const titles = async () => (await api.get(`/admin/livestreams?producer_id=${quanLan.producerId}`, admin)).data.livestreams.map((l: any) => l.title)

      it("scheduling", async () => {
        const before = await titles()
        await run(failingCreate, { livestreams: [{ producer_id: quanLan.producerId, platform: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", title: "Không được lưu", starts_at: at(DAY), ends_at: at(DAY + HOUR) }] })
        expect(await titles()).toEqual(before)
      })

      it("changing", async () => {
        const quanLanStart = (await api.get(`/admin/livestreams/${ids.quanLanUpcoming}`, admin)).data.livestream.starts_at
        await run(failingUpdate, { id: ids.quanLanUpcoming, title: "Tên khác", url: "https://youtu.be/zzzzzzzzzzz", starts_at: at(6 * HOUR) })
        const { data } = await api.get(`/admin/livestreams/${ids.quanLanUpcoming}`, admin)
        expect(data.livestream).toMatchObject({ title: "Đào sá sùng ở bãi Quan Lạn", url: "https://www.youtube.com/live/abcdefghijk", starts_at: quanLanStart })
      })

      it("removing", async () => {
        await run(failingDelete, { id: ids.quanLanUpcoming })
        const { data } = await api.get("/store/producers/ho-quan-lan", store())
        expect(data.producer.livestreams.map((l: any) => l.id)).toEqual([ids.quanLanUpcoming])
      })
    })
  },
})
