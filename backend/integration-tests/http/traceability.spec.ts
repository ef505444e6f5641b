/**
 * Traceability over HTTP: the operator registers growing areas, opens a batch,
 * records events and publishes; a consumer's label resolves to a verified
 * record, and any tampering with the stored rows shows.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { gtinCheckDigit, isValidGtin, TRACEABILITY_MODULE } from "@ocop/traceability"
import { summarizeScans } from "../../src/lib/trace/counterfeit"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"
import { ratedProduct } from "../helpers/catalog-fixtures"
import { failAfter } from "../helpers/fail-after"
import { traceEvent as event } from "../helpers/trace-event"

/**
 * Workflows are taken from the modules Medusa itself loaded (Node's require cache), not imported
 * through Vitest: a second copy would register the same workflow ids with nested steps again.
 */
const workflow = (file: string, name: string) => require(`../../src/workflows/traceability/workflows/${file}`)[name]


medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }
    let fixture: Awaited<ReturnType<typeof ratedProduct>>
    let other: Awaited<ReturnType<typeof ratedProduct>>
    let areaId: string
    let batch: any
    /** Fails with the API's own message, so a broken set-up says what was refused. */
    const must = <T,>(request: Promise<T>) =>
      request.catch((e: any) => {
        throw new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })
    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const resolve = (gtin: string, lot?: string) => fail(api.get(`/store/trace/items/${gtin}${lot !== undefined ? `/lots/${encodeURIComponent(lot)}` : ""}`, store()))

    beforeAll(async () => {
      const container = getContainer()
      setup = await ensureStoreSetup(container)
      admin = await adminHeaders(api, container)
      fixture = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", price: 125000, producerHandle: "htx-cai-rong", producerName: "HTX Nước mắm Cái Rồng", star: 4 })
      other = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "sa-sung-quan-lan", title: "Sá sùng Quan Lạn", price: 1800000, producerHandle: "ho-quan-lan", producerName: "Hộ kinh doanh Sá sùng Quan Lạn" })
      const { data: areas }: any = await must(api.post(
        "/admin/growing-areas",
        { producer_id: fixture.producerId, areas: [{ code: "VN-QNVD-0007", area_type: "aquaculture_area", name: "Vùng khai thác cá cơm Cái Rồng", crop: "Cá cơm", commune: "Đặc khu Vân Đồn", latitude: 21.07, longitude: 107.42, certifications: ["VietGAP"] }] },
        admin
      ))
      areaId = areas.growing_areas[0].id
      const { data }: any = await must(api.post(
        "/admin/production-batches",
        { variant_id: fixture.variantId, lot: "NM2609-A", harvest_date: "2026-08-20", production_date: "2026-09-01", expiry_date: "2028-09-01", quantity: 3, unit: "chai", standards: ["TCVN 5107:2018"], growing_area_ids: [areaId] },
        admin
      ))
      batch = data.production_batch
      await must(api.post(`/admin/production-batches/${batch.id}/events`, { events: [event(), event({ biz_step: "packing", event_time: "2026-09-10T09:00:00+07:00", outputs: [{ description: "Chai 500 ml", quantity: 1000, uom: "H87" }] })] }, admin))
      await must(api.post(`/admin/production-batches/${batch.id}/publish`, {}, admin))
    })

    describe("recording a batch", () => {
      it("gives the variant a GTIN-14 with a correct check digit and the label a Digital Link", async () => {
        expect(isValidGtin(batch.gtin)).toBe(true)
        expect(batch.gtin).toHaveLength(14)
        expect(batch.digital_link).toMatch(new RegExp(`/01/${batch.gtin}/10/NM2609-A\\?17=280901$`))
      })

      it.each([
        [{ lot: "LÔ-1" }, /lot|character/i],
        [{ lot: "A".repeat(21) }, /field 'lot' too big, expected at most: '20'/],
        [{ lot: "NM2609-A" }, /Lot NM2609-A already exists/],
        [{ expiry_date: "2026-08-01" }, /expiry_date must be after production_date/],
        [{ quantity: 0 }, /field 'quantity' too small/],
        [{ growing_area_ids: ["garea_other"] }, /does not belong to this product's producer/],
      ])("refuses a batch with %o", async (change, message) => {
        const body = { variant_id: fixture.variantId, lot: "NM2610-B", production_date: "2026-10-01", quantity: 10, unit: "chai", ...change }
        const response = await fail(api.post("/admin/production-batches", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it.each([
        [{ code: "vn qn 7" }, /upper-case letters and digits/],
        [{ code: "VN-QNVD-0007" }, /already registered/],
        [{ latitude: 95, longitude: 107 }, /latitude' too big, expected at most: '90'/],
      ])("refuses a growing area with %o", async (change, message) => {
        const area = { code: "VN-QNVD-0100", area_type: "crop_area", name: "Đồi chè", commune: "Xã Ba Chẽ", ...change }
        const response = await fail(api.post("/admin/growing-areas", { producer_id: fixture.producerId, areas: [area] }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it.each([
        [{ biz_step: "cooking" }, /biz_step|bizStep|business step/i],
        [{ event_timezone: "GMT+7" }, /timezone|offset/i],
        [{ event_type: "TransformationEvent", action: null, outputs: null }, /input|output/i],
      ])("refuses an event with %o", async (change, message) => {
        const response = await fail(api.post(`/admin/production-batches/${batch.id}/events`, { events: [event(change)] }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("resolving a label", () => {
      it("shows the verified batch with its product, rating, area and events", async () => {
        const { status, data } = await resolve(batch.gtin, "NM2609-A")
        expect(status).toBe(200)
        expect(data.verification).toEqual({ status: "verified" })
        expect(data.item.product.title).toBe("Nước mắm Cái Rồng")
        expect(data.item.producer.name).toBe("HTX Nước mắm Cái Rồng")
        expect(data.item.ocop).toMatchObject({ star: 4 })
        expect(data.batch.growing_areas).toEqual([expect.objectContaining({ code: "VN-QNVD-0007", crop: "Cá cơm" })])
        expect(data.batch.events.map((e: any) => e.biz_step)).toEqual(["commissioning", "packing"])
      })

      it("answers 404 for an unknown lot of a known product, pointing up to the product", async () => {
        const { status, data } = await resolve(batch.gtin, "KHONGCO")
        expect(status).toBe(404)
        expect(data).toMatchObject({ type: "unknown_lot", product_path: `/01/${batch.gtin}` })
        const product = await resolve(batch.gtin)
        expect(product.status).toBe(200)
        expect(product.data.batches.map((b: any) => b.lot)).toEqual(["NM2609-A"])
      })

      it("answers 404 for an unknown GTIN and 400 for one that no label could hold", async () => {
        const unknown = "0893000000000"
        expect((await resolve(unknown + gtinCheckDigit(unknown))).status).toBe(404)
        const wrongCheck = await resolve(batch.gtin.slice(0, 13) + String((Number(batch.gtin[13]) + 1) % 10))
        expect(wrongCheck.status).toBe(400)
        expect(wrongCheck.data.message).toMatch(/check digit/)
        expect((await resolve("12345")).status).toBe(400)
        expect((await resolve(batch.gtin, "X".repeat(40))).status).toBe(400)
      })

      it("stays verified after a new event is appended to the published batch", async () => {
        await api.post(`/admin/production-batches/${batch.id}/events`, { events: [event({ biz_step: "shipping", event_time: "2026-09-20T08:00:00+07:00", action: "OBSERVE", read_point: "KHO-HALONG" })] }, admin)
        const { data } = await resolve(batch.gtin, "NM2609-A")
        expect(data.verification).toEqual({ status: "verified" })
        expect(data.batch.events).toHaveLength(3)
      })

      it.each([
        ["an event's business step", `UPDATE trace_event SET biz_step = 'receiving' WHERE sequence = 1`],
        ["an event's time", `UPDATE trace_event SET event_time = event_time - interval '1 day' WHERE sequence = 2`],
        ["a removed event", `DELETE FROM trace_event WHERE sequence = 1`],
        ["the batch's expiry", `UPDATE production_batch SET expiry_date = '2030-01-01'`],
        ["the batch's harvest date", `UPDATE production_batch SET harvest_date = '2026-08-01'`],
        ["the batch's quantity", `UPDATE production_batch SET quantity = 5000`],
        ["the growing area's code", `UPDATE growing_area SET code = 'VN-QNVD-9999'`],
      ])("says the record was tampered with after a change to %s", async (_what, sql) => {
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await pg.raw(sql)
        const { data } = await resolve(batch.gtin, "NM2609-A")
        expect(data.verification.status).toBe("tampered")
      })

      it("exports the events as EPCIS 2.0 JSON-LD", async () => {
        const { data, headers } = await api.get(`/store/trace/items/${batch.gtin}/lots/NM2609-A/epcis`, store())
        expect(headers["content-type"]).toMatch(/application\/ld\+json/)
        expect(data).toMatchObject({ type: "EPCISDocument", schemaVersion: "2.0" })
        expect(data.epcisBody.eventList).toHaveLength(2)
        expect(data.epcisBody.eventList[0]).toMatchObject({ type: "ObjectEvent", eventTimeZoneOffset: "+07:00" })
      })

      it("publishes the key that signed the record", async () => {
        const { data } = await api.get("/store/trace/keys", store())
        expect(data.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519" })
        const { data: admin_ } = await api.get(`/admin/production-batches/${batch.id}`, admin)
        expect(admin_.production_batch.key_id).toBe(data.keys[0].kid)
      })

      it("warns of a copied label once the code is scanned far beyond the batch's quantity", async () => {
        const scan = () => api.post("/store/trace/scans", { scans: [{ gtin: batch.gtin, lot: "NM2609-A", country: "vn", city: "Hạ Long", client: "phone" }] }, store())
        for (let i = 0; i < 9; i++) await scan()
        expect((await resolve(batch.gtin, "NM2609-A")).data.scans).toMatchObject({ scans: 9, suspicious: false })
        await scan()
        const { data } = await resolve(batch.gtin, "NM2609-A")
        expect(data.scans).toMatchObject({ scans: 10, suspicious: true, reasons: ["too_many_scans"] })
      })

      it("stores the scans it counted within a second, each once", async () => {
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(`SELECT count(*)::int AS n, min(country) AS country, min(city) AS city FROM trace_scan WHERE batch_id = ? AND deleted_at IS NULL`, [batch.id])
        expect(rows[0]).toEqual({ n: 10, country: "VN", city: "Hạ Long" })
        expect((await resolve(batch.gtin, "NM2609-A")).data.scans).toMatchObject({ scans: 10 })
      })

      it("answers 410 for a withdrawn batch, with the reason", async () => {
        await api.post(`/admin/production-batches/${batch.id}/withdraw`, { reason: "Thu hồi do nhãn in sai hạn dùng" }, admin)
        const { status, data } = await resolve(batch.gtin, "NM2609-A")
        expect(status).toBe(410)
        expect(data.batch.withdrawal_reason).toBe("Thu hồi do nhãn in sai hạn dùng")
      })

      it("prints a label sheet that encodes each batch's Digital Link", async () => {
        const { data, headers } = await api.get(`/admin/production-batches/labels?ids=${batch.id}&copies=3`, admin)
        expect(headers["content-type"]).toMatch(/text\/html/)
        expect(data.split("NM2609-A").length - 1).toBeGreaterThanOrEqual(3)
        expect(data).toContain("Nước mắm Cái Rồng")
      })
    })

    describe("counting scans", () => {
      /** Scan i's coarse place: 40 wards of Quảng Ninh, the country alone (null or empty parts), the city alone, or none. */
      const placeOf = (i: number) =>
        i % 10 === 0 ? {} :
        i % 10 === 1 ? { country: "VN", region: null, city: null } :
        i % 10 === 2 ? { country: "VN", region: "", city: "" } :
        i % 10 === 3 ? { country: null, region: null, city: "Hạ Long" } :
        { country: "VN", region: "Quảng Ninh", city: `Phường ${Math.floor(i / 10) % 40}` }
      /** The app's own scan queue (Node's require cache), not a second copy loaded through Vitest. */
      const unwrittenScans = (gtin: string, lot: string) => require("../../src/lib/trace/scan-queue").unwrittenScans(gtin, lot)

      /** A published batch of 1,000 bottles with `count` scans stored (each test starts from the suite's snapshot). */
      const batchWithStoredScans = async (count: number) => {
        const { data }: any = await must(api.post(
          "/admin/production-batches",
          { variant_id: fixture.variantId, lot: "NM2610-B", production_date: "2026-10-01", expiry_date: "2028-10-01", quantity: 1000, unit: "chai", growing_area_ids: [areaId] },
          admin
        ))
        const counted = data.production_batch
        await must(api.post(`/admin/production-batches/${counted.id}/events`, { events: [event()] }, admin))
        await must(api.post(`/admin/production-batches/${counted.id}/publish`, {}, admin))
        const rows = Array.from({ length: count }, (_, i) => ({ gtin: counted.gtin, lot: "NM2610-B", batch_id: counted.id, scanned_at: new Date(), client: "phone", ...placeOf(i) }))
        const traceability: any = getContainer().resolve(TRACEABILITY_MODULE)
        for (let i = 0; i < rows.length; i += 1000) await traceability.createTraceScans(rows.slice(i, i + 1000))
        return { counted, rows }
      }

      it("counts thousands of stored scans and their distinct places", async () => {
        const { counted, rows } = await batchWithStoredScans(5000)
        const { status, data } = await resolve(counted.gtin, "NM2610-B")
        expect(status).toBe(200)
        // 40 wards, "VN" alone (null and empty parts are the same place) and "Hạ Long" alone; 5000 > 3 × 1000 bottles.
        expect(data.scans).toEqual({ scans: 5000, places: 42, suspicious: true, reasons: ["too_many_scans"] })
        expect(data.scans).toMatchObject(summarizeScans(rows))
      })

      it("adds the scans still queued to the stored ones, counting a place already stored once", async () => {
        const { counted } = await batchWithStoredScans(1000)
        const queued = [
          { gtin: counted.gtin, lot: "NM2610-B", country: "vn", region: "Quảng Ninh", city: "Phường 7", client: "phone" },
          { gtin: counted.gtin, lot: "NM2610-B", country: "vn", region: "Quảng Ninh", city: "Móng Cái", client: "phone" },
          { gtin: counted.gtin, lot: "NM2610-B", country: "vn", region: "Quảng Ninh", city: "Móng Cái", client: "desktop" },
          { gtin: counted.gtin, lot: "NM2610-B", client: "phone" },
        ]
        await must(api.post("/store/trace/scans", { scans: queued }, store()))
        expect(unwrittenScans(counted.gtin, "NM2610-B")).toHaveLength(4)
        // Stored: 1000 scans in 42 places, Phường 7 among them; Móng Cái is new (queued twice), one scan names no place.
        expect((await resolve(counted.gtin, "NM2610-B")).data.scans).toMatchObject({ scans: 1004, places: 43 })

        await new Promise((resolve) => setTimeout(resolve, 1_500))
        expect(unwrittenScans(counted.gtin, "NM2610-B")).toHaveLength(0)
        expect((await resolve(counted.gtin, "NM2610-B")).data.scans).toMatchObject({ scans: 1004, places: 43 })
      })

      it("counts once a queued scan whose row is already stored, and never writes it twice", async () => {
        const { counted } = await batchWithStoredScans(10)
        const scans = ["Cô Tô", "Vân Đồn", "Tiên Yên"].map((city) => ({ gtin: counted.gtin, lot: "NM2610-B", country: "vn", city, client: "phone" }))
        await must(api.post("/store/trace/scans", { scans }, store()))
        // What a resolve sees while the queue's insert has committed but the write has not returned yet:
        // two of the three rows stored, all three still listed as queued.
        const listed = unwrittenScans(counted.gtin, "NM2610-B")
        expect(listed).toHaveLength(3)
        const traceability: any = getContainer().resolve(TRACEABILITY_MODULE)
        await traceability.createTraceScans(listed.slice(0, 2).map((scan: any) => ({ ...scan, country: "VN", batch_id: counted.id })))
        expect((await resolve(counted.gtin, "NM2610-B")).data.scans).toMatchObject({ scans: 13 })

        // The queue's own write then leaves the two stored rows as they are and adds the third.
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        expect(unwrittenScans(counted.gtin, "NM2610-B")).toHaveLength(0)
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await pg.raw(`SELECT count(*)::int AS n FROM trace_scan WHERE batch_id = ? AND deleted_at IS NULL`, [counted.id])
        expect(rows[0].n).toBe(13)
        expect((await resolve(counted.gtin, "NM2610-B")).data.scans).toMatchObject({ scans: 13 })
      })
    })

    describe("compensation", () => {
      let failingCreateBatch: any, failingAppendEvents: any, failingCreateAreas: any
      beforeAll(() => {
        failingCreateBatch = failAfter(workflow("create-production-batch", "createProductionBatchWorkflow"))
        failingAppendEvents = failAfter(workflow("append-trace-events", "appendTraceEventsWorkflow"))
        failingCreateAreas = failAfter(workflow("create-growing-areas", "createGrowingAreasWorkflow"))
      })
      const run = async (workflow: any, input: unknown) => {
        const { errors } = await workflow(getContainer()).run({ input, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toContain("failure injected by the test after the workflow under test")
      }

      it("opening a batch for a variant without a GTIN removes the batch and the new GTIN", async () => {
        await run(failingCreateBatch, { variant_id: other.variantId, lot: "SS01", production_date: "2026-10-01", quantity: 5, unit: "kg" })
        const { data } = await api.get(`/admin/production-batches?limit=200`, admin)
        expect(data.production_batches.map((b: any) => b.lot)).not.toContain("SS01")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["trade_item.gtin"], filters: { id: other.variantId } })
        expect(variants[0].trade_item ?? null).toBeNull()
      })

      it("appending events to a published batch removes them and restores the signed record", async () => {
        await run(failingAppendEvents, { batch_id: batch.id, events: [event({ biz_step: "receiving", action: "OBSERVE", event_time: "2026-10-01T08:00:00+07:00" })] })
        const { data } = await resolve(batch.gtin, "NM2609-A")
        expect(data.batch.events).toHaveLength(2)
        expect(data.verification).toEqual({ status: "verified" })
      })

      it("registering growing areas removes them and their link to the producer", async () => {
        await run(failingCreateAreas, { producer_id: fixture.producerId, areas: [{ code: "VN-QNVD-0200", area_type: "crop_area", name: "Đồi sim", commune: "Đặc khu Vân Đồn" }] })
        const { data } = await api.get(`/admin/growing-areas?producer_id=${fixture.producerId}`, admin)
        expect(data.growing_areas.map((a: any) => a.code)).toEqual(["VN-QNVD-0007"])
      })
    })
  },
})
