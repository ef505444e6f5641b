/**
 * A producer's own livestreams, growing areas and batches over HTTP
 * (docs/producer-api.md, "Livestreams and traceability"): a member schedules
 * sessions, registers areas, opens batches of its own variants, records events,
 * publishes, prints labels and withdraws; another producer's resources answer
 * 404 exactly like missing ones and stay untouched.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"
import { approvedProducer } from "../helpers/producer"
import { traceEvent as event } from "../helpers/trace-event"

const HOUR = 3_600_000
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()


medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }
    let caiRong: Awaited<ReturnType<typeof approvedProducer>>
    let quanLan: Awaited<ReturnType<typeof approvedProducer>>
    const own: Record<string, { productId: string; variantId: string }> = {}
    let mine: any
    let theirs: any
    let batch: any
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const must = (request: Promise<any>): Promise<any> =>
      request.catch((e: any) => {
        throw new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })
    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })

    /** A published product with one variant, attached to a producer by the operator. */
    async function productOf(producerId: string, handle: string, title: string) {
      const { result } = await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title,
              handle,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
              variants: [{ title: "Chai 500 ml", manage_inventory: false, options: { "Quy cách": "Chai 500 ml" }, prices: [{ amount: 125000, currency_code: "vnd" }] }],
              sales_channels: [{ id: setup.salesChannelId }],
            },
          ],
        },
      })
      await must(api.post(`/admin/producers/${producerId}/products`, { add: [result[0].id] }, admin))
      return { productId: result[0].id, variantId: result[0].variants[0].id }
    }

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
      admin = await adminHeaders(api, getContainer())
      caiRong = await must(approvedProducer(api, admin, "owner@cairong.test", "HTX Nước mắm Cái Rồng"))
      quanLan = await must(approvedProducer(api, admin, "owner@quanlan.test", "Hộ kinh doanh Sá sùng Quan Lạn"))
      own.nuocMam = await productOf(caiRong.producerId, "nuoc-mam-cai-rong", "Nước mắm Cái Rồng")
      own.saSung = await productOf(quanLan.producerId, "sa-sung-quan-lan", "Sá sùng Quan Lạn")
      // Every fixture is made here: the test runner restores this state before each test.
      mine = (await must(api.post("/producer/livestreams", { product_id: own.nuocMam.productId, platform: "tiktok", url: "https://www.tiktok.com/@htxcairong/live", title: "Mở thùng chượp".normalize("NFD"), starts_at: at(24 * HOUR), ends_at: at(25 * HOUR) }, caiRong))).data.livestream
      theirs = (await must(api.post("/producer/livestreams", { platform: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", title: "Đào sá sùng", starts_at: at(2 * HOUR), ends_at: at(3 * HOUR) }, quanLan))).data.livestream
      await must(api.post("/producer/growing-areas", { areas: [{ code: "VN-QNVD-0007", area_type: "aquaculture_area", name: "Vùng khai thác cá cơm Cái Rồng", crop: "Cá cơm", commune: "Đặc khu Vân Đồn" }] }, caiRong))
      batch = (await must(api.post("/producer/batches", { variant_id: own.nuocMam.variantId, lot: "CR2609A", production_date: "2026-09-01", expiry_date: "2028-09-01", quantity: 500, unit: "chai" }, caiRong))).data.production_batch
    })

    describe("livestreams", () => {
      it("schedules a session of the member's own producer, text in NFC, about its own product", async () => {
        expect(mine).toMatchObject({ producer_id: caiRong.producerId, title: "Mở thùng chượp".normalize("NFC"), status: "upcoming", product: { id: own.nuocMam.productId, title: "Nước mắm Cái Rồng" } })
        const { data } = await must(api.get("/store/producers/htx-nuoc-mam-cai-rong", store()))
        expect(data.producer.livestreams.map((l: any) => l.id)).toEqual([mine.id])
      })

      it("lists only the producer's own sessions", async () => {
        const { data } = await must(api.get("/producer/livestreams", caiRong))
        expect(data.livestreams.map((l: any) => l.id)).toEqual([mine.id])
        expect(data).toMatchObject({ count: 1, limit: 20, offset: 0 })
      })

      it("refuses another producer's product with the same answer as an unknown one", async () => {
        const body = { platform: "tiktok", url: "https://www.tiktok.com/@htxcairong/live", title: "Nhầm", starts_at: at(HOUR), ends_at: at(2 * HOUR) }
        const foreign = await fail(api.post("/producer/livestreams", { ...body, product_id: own.saSung.productId }, caiRong))
        const unknown = await fail(api.post("/producer/livestreams", { ...body, product_id: "prod_khong_co" }, caiRong))
        expect([foreign.status, unknown.status]).toEqual([400, 400])
        expect(foreign.data.message).toBe(`product_id ${own.saSung.productId} is not one of this producer's products`)
        expect(unknown.data.message).toBe("product_id prod_khong_co is not one of this producer's products")
      })

      it("refuses a producer_id in the body and a lookalike link", async () => {
        const body = { platform: "youtube", url: "https://youtu.be/dQw4w9WgXcQ", title: "Phiên", starts_at: at(HOUR), ends_at: at(2 * HOUR) }
        const smuggled = await fail(api.post("/producer/livestreams", { ...body, producer_id: quanLan.producerId }, caiRong))
        expect(smuggled.status).toBe(400)
        const lookalike = await fail(api.post("/producer/livestreams", { ...body, url: "https://youtu.be.evil.com/dQw4w9WgXcQ" }, caiRong))
        expect(lookalike.status).toBe(400)
        expect(lookalike.data.message).toMatch(/not youtu\.be\.evil\.com/)
      })

      it("answers 404 for another producer's session to read, change or delete, and leaves it as it was", async () => {
        for (const response of [
          await fail(api.get(`/producer/livestreams/${theirs.id}`, caiRong)),
          await fail(api.post(`/producer/livestreams/${theirs.id}`, { title: "Chiếm" }, caiRong)),
          await fail(api.delete(`/producer/livestreams/${theirs.id}`, caiRong)),
        ]) {
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Livestream ${theirs.id} not found`)
        }
        const { data } = await must(api.get(`/producer/livestreams/${theirs.id}`, quanLan))
        expect(data.livestream.title).toBe("Đào sá sùng")
      })

      it("changes and removes its own session", async () => {
        const wrong = await fail(api.post(`/producer/livestreams/${mine.id}`, { url: "https://www.facebook.com/watch/?v=1234567890" }, caiRong))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/a TikTok live link looks like/)
        const { data } = await must(api.post(`/producer/livestreams/${mine.id}`, { title: "Mở thùng chượp 12 tháng" }, caiRong))
        expect(data.livestream.title).toBe("Mở thùng chượp 12 tháng")
        await must(api.delete(`/producer/livestreams/${mine.id}`, caiRong))
        expect((await fail(api.get(`/producer/livestreams/${mine.id}`, caiRong))).status).toBe(404)
      })
    })

    describe("growing areas and batches", () => {
      it("registers the producer's areas and lists only its own", async () => {
        const { data: mine } = await must(api.get("/producer/growing-areas", caiRong))
        expect(mine.growing_areas.map((a: any) => a.code)).toEqual(["VN-QNVD-0007"])
        const { data: theirs } = await must(api.get("/producer/growing-areas", quanLan))
        expect(theirs.growing_areas).toEqual([])
        const bad = await fail(api.post("/producer/growing-areas", { areas: [{ code: "VN-QNVD-0008", area_type: "forest", name: "Rừng", commune: "Đặc khu Vân Đồn" }] }, caiRong))
        expect(bad.status).toBe(400)
      })

      it("opens a draft batch of its own variant, with a GTIN", async () => {
        expect(batch).toMatchObject({ lot: "CR2609A", status: "draft", gtin: expect.stringMatching(/^\d{14}$/) })
        const { data } = await must(api.get("/producer/batches", caiRong))
        expect(data.production_batches).toEqual([expect.objectContaining({ id: batch.id, lot: "CR2609A", product: expect.objectContaining({ title: "Nước mắm Cái Rồng" }) })])
        expect((await must(api.get("/producer/batches", quanLan))).data.production_batches).toEqual([])
      })

      it("refuses a batch of another producer's variant, and gives that variant no GTIN", async () => {
        const response = await fail(api.post("/producer/batches", { variant_id: own.saSung.variantId, lot: "SS01", production_date: "2026-10-01", quantity: 5, unit: "kg" }, caiRong))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(`variant_id ${own.saSung.variantId} is not a variant of one of your products`)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["trade_item.gtin"], filters: { id: own.saSung.variantId } })
        expect(variants[0].trade_item ?? null).toBeNull()
      })

      it("records events, publishes, and prints a sheet of labels that encode the batch's Digital Link", async () => {
        const { data: appended } = await must(api.post(`/producer/batches/${batch.id}/events`, { events: [event()] }, caiRong))
        expect(appended.production_batch.events).toHaveLength(1)
        const { data: published } = await must(api.post(`/producer/batches/${batch.id}/publish`, {}, caiRong))
        expect(published.production_batch).toMatchObject({ status: "published", verification: { status: "verified" } })
        const { data: html, headers } = await must(api.get(`/producer/batches/${batch.id}/labels?copies=3`, caiRong))
        expect(headers["content-type"]).toMatch(/text\/html/)
        expect(html.split("CR2609A").length - 1).toBeGreaterThanOrEqual(3)
        expect(html).toContain("Nước mắm Cái Rồng")
        const tooMany = await fail(api.get(`/producer/batches/${batch.id}/labels?copies=1000`, caiRong))
        expect(tooMany.status).toBe(400)
      })

      it("answers 404 for another producer's batch on every route, and leaves it as it was", async () => {
        for (const response of [
          await fail(api.get(`/producer/batches/${batch.id}`, quanLan)),
          await fail(api.get(`/producer/batches/${batch.id}/labels`, quanLan)),
          await fail(api.post(`/producer/batches/${batch.id}/events`, { events: [event({ biz_step: "shipping" })] }, quanLan)),
          await fail(api.post(`/producer/batches/${batch.id}/publish`, {}, quanLan)),
          await fail(api.post(`/producer/batches/${batch.id}/withdraw`, { reason: "Thử thu hồi hộ" }, quanLan)),
        ]) {
          expect(response.status).toBe(404)
          expect(response.data.message).toBe(`Production batch ${batch.id} was not found`)
        }
        const { data } = await must(api.get(`/producer/batches/${batch.id}`, caiRong))
        expect(data.production_batch).toMatchObject({ status: "draft" })
        expect(data.production_batch.events).toHaveLength(0)
      })

      it("withdraws its own published batch: the label then answers 410 with the reason", async () => {
        const draft = await fail(api.post(`/producer/batches/${batch.id}/withdraw`, { reason: "Chưa phát hành" }, caiRong))
        expect(draft.status).toBe(400)
        await must(api.post(`/producer/batches/${batch.id}/events`, { events: [event()] }, caiRong))
        await must(api.post(`/producer/batches/${batch.id}/publish`, {}, caiRong))
        const { data } = await must(api.post(`/producer/batches/${batch.id}/withdraw`, { reason: "Nhãn in sai hạn dùng" }, caiRong))
        expect(data.production_batch.status).toBe("withdrawn")
        const label = await fail(api.get(`/store/trace/items/${batch.gtin}/lots/CR2609A`, store()))
        expect(label.status).toBe(410)
        expect(JSON.stringify(label.data)).toContain("Nhãn in sai hạn dùng")
      })
    })
  },
})
