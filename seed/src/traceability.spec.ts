/**
 * The shape of the seed's traceability data: growing-area codes and places,
 * lots that fit a GS1 Digital Link, events the validator accepts in time
 * order, dates that make sense, and labels for nearly every product.
 */
import { formatDigitalLink, isValidGtin, parseDigitalLink, toGs1Date, validateTraceEvent } from "@ocop/traceability"
import { AREA_CODE } from "../../backend/src/workflows/traceability/steps/prepare-growing-areas"
import { addShelf, BATCHES, GTIN_ORDER, productsWithPublishedBatch, seedGtin } from "../data/batches"
import { SEED_TODAY } from "../data/certificates"
import { COMMUNES } from "../data/communes"
import { communeCenter } from "../data/geo"
import { AQUACULTURE_ISSUER, AREA_CODE_SHAPE, CROP_ISSUER, GROWING_AREA_BY_CODE, GROWING_AREAS } from "../data/growing-areas"
import { PROCESSES, UNTRACED_KINDS } from "../data/processes"
import { PRODUCER_BY_HANDLE } from "../data/producers"
import { PRODUCTS } from "../data/products"
import { toGrowingAreaInput } from "./traceability"

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)
const productByHandle = new Map(PRODUCTS.map((p) => [p.handle, p]))
const todayStart = Date.parse(`${SEED_TODAY}T00:00:00+07:00`)

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out))
  return out
}

describe("seed growing areas", () => {
  it("registers a few dozen areas and at most 9 packing houses, with unique codes of the official shapes", () => {
    expect(GROWING_AREAS.length).toBeGreaterThanOrEqual(30)
    expect(GROWING_AREAS.filter((a) => a.area_type !== "packing_house").length).toBeLessThanOrEqual(63)
    expect(GROWING_AREAS.filter((a) => a.area_type === "packing_house").length).toBeLessThanOrEqual(9)
    expect(duplicates(GROWING_AREAS.map((a) => a.code))).toEqual([])
    for (const area of GROWING_AREAS) {
      expect(area.code).toMatch(AREA_CODE_SHAPE)
      expect(area.code).toMatch(AREA_CODE) // what createGrowingAreasWorkflow accepts
      if (area.area_type === "packing_house") expect(area.code).toMatch(/^VNQNPH-\d{4}$/)
      if (area.area_type === "aquaculture_area") expect(area.code).toMatch(/^VN-QN[A-Z]{2}-TS-\d{4}$/)
      if (area.area_type === "crop_area") expect(area.code).toMatch(/^VN-QN[A-Z]{2}-\d{4}$/)
    }
    expect(new Set(GROWING_AREAS.map((a) => a.area_type))).toEqual(new Set(["crop_area", "aquaculture_area", "packing_house"]))
  })

  it("names the authority that issues each kind of code", () => {
    for (const area of GROWING_AREAS) {
      expect(area.issuer, area.code).toBe(area.area_type === "aquaculture_area" ? AQUACULTURE_ISSUER : CROP_ISSUER)
    }
  })

  it("places every area in Quảng Ninh, near its commune", () => {
    const communes = new Set(COMMUNES.map((c) => c.name))
    for (const area of GROWING_AREAS) {
      expect(communes.has(area.commune), area.commune).toBe(true)
      expect(area.province).toBe("Quảng Ninh")
      expect(area.latitude).toBeGreaterThan(20.8)
      expect(area.latitude).toBeLessThan(21.75)
      expect(area.longitude).toBeGreaterThan(106.45)
      expect(area.longitude).toBeLessThan(108.15)
      const [lat, lng] = communeCenter(area.commune)
      expect(Math.hypot(area.latitude - lat, area.longitude - lng), area.code).toBeLessThan(0.3)
      if (area.area_ha !== null) expect(area.area_ha).toBeGreaterThan(0)
    }
  })

  it("keeps every code valid on SEED_TODAY", () => {
    for (const area of GROWING_AREAS) {
      expect(area.valid_from < area.valid_to).toBe(true)
      expect(area.valid_from < SEED_TODAY && area.valid_to > SEED_TODAY, area.code).toBe(true)
    }
  })

  it("gives areas to existing producers, for kinds they make", () => {
    for (const area of GROWING_AREAS) {
      const producer = PRODUCER_BY_HANDLE.get(area.producer)
      expect(producer, area.code).toBeDefined()
      expect(area.kinds.length).toBeGreaterThan(0)
      for (const kind of area.kinds) expect(producer!.kinds, `${area.code} ${kind}`).toContain(kind)
    }
  })

  it("sends the workflow only the area's own fields, in NFC", () => {
    const input = toGrowingAreaInput(GROWING_AREAS[0])
    expect(input).not.toHaveProperty("producer")
    expect(input).not.toHaveProperty("kinds")
    for (const text of strings(GROWING_AREAS)) expect(text.normalize("NFC")).toBe(text)
  })
})

describe("seed GTINs", () => {
  it("orders every variant once, by product handle then SKU", () => {
    const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    expect(GTIN_ORDER.length).toBe(skus.length)
    expect(new Set(GTIN_ORDER)).toEqual(new Set(skus))
    const handleOf = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, p.handle] as const)))
    const keys = GTIN_ORDER.map((sku) => `${handleOf.get(sku)} ${sku}`)
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  it("predicts valid, distinct GTIN-14s under the default prefix", () => {
    const gtins = GTIN_ORDER.map((sku) => seedGtin(sku))
    expect(duplicates(gtins)).toEqual([])
    for (const gtin of gtins) {
      expect(gtin).toHaveLength(14)
      expect(isValidGtin(gtin)).toBe(true)
      expect(gtin.startsWith("08939999")).toBe(true)
    }
    expect(seedGtin(GTIN_ORDER[0])).toBe("08939999000017")
  })
})

describe("seed batches", () => {
  it("are batches of existing products, on their first variant, with the producer's areas", () => {
    for (const batch of BATCHES) {
      const product = productByHandle.get(batch.product)
      expect(product, batch.product).toBeDefined()
      expect(batch.sku).toBe(product!.variants[0].sku)
      expect(batch.kind).toBe(product!.kind)
      expect(batch.producer).toBe(product!.producer)
      for (const code of batch.growing_areas) {
        const area = GROWING_AREA_BY_CODE.get(code)
        expect(area, code).toBeDefined()
        expect(area!.producer).toBe(batch.producer)
        expect(area!.kinds).toContain(batch.kind)
      }
      expect(Number.isInteger(batch.quantity) && batch.quantity > 0).toBe(true)
      expect(batch.unit.length).toBeGreaterThan(0)
      expect(batch.standards[0]).toMatch(/^TCCS \d{2}:20\d{2}\/[A-Z]{1,3}$/)
    }
  })

  it("use lots that a GS1 Digital Link carries unchanged, unique per product", () => {
    for (const batch of BATCHES) {
      expect(batch.lot).toMatch(/^[A-Z]{1,3}\d{4}[A-Z]$/)
      const gtin = seedGtin(batch.sku)
      const link = formatDigitalLink({ base: "https://ocop.example.vn", gtin, lot: batch.lot, expiry: batch.expiry_date ?? undefined })
      const parsed = parseDigitalLink(link)
      expect(parsed).toEqual({ gtin, lot: batch.lot, ...(batch.expiry_date ? { expiry: toGs1Date(batch.expiry_date) } : {}) })
    }
    for (const handle of productByHandle.keys()) {
      expect(duplicates(BATCHES.filter((b) => b.product === handle).map((b) => b.lot))).toEqual([])
    }
  })

  it("are made in 2026 before SEED_TODAY, from material harvested before, and expire after", () => {
    for (const batch of BATCHES) {
      expect(batch.production_date >= "2026-01-01" && batch.production_date < SEED_TODAY, `${batch.product} ${batch.lot}`).toBe(true)
      if (batch.harvest_date) expect(batch.harvest_date <= batch.production_date).toBe(true)
      if (batch.expiry_date) expect(batch.expiry_date > batch.production_date).toBe(true)
    }
  })

  it("expire as their kind does", () => {
    const expiry = (kind: string) => BATCHES.filter((b) => b.kind === kind).map((b) => [b.production_date, b.expiry_date])
    for (const [made, expires] of expiry("nuoc-mam")) expect(expires).toBe(addShelf(made!, { months: 24 }))
    for (const [made, expires] of expiry("cha-muc")) expect(expires).toBe(addShelf(made!, { months: 6 }))
    for (const [made, expires] of expiry("tra-hoa-vang")) expect(expires).toBe(addShelf(made!, { months: 18 }))
    for (const [made, expires] of expiry("ba-kich-kho")) expect(expires).toBe(addShelf(made!, { months: 24 }))
    for (const batch of BATCHES.filter((b) => ["handicrafts", "ornamental", "tourism"].includes(productByHandle.get(b.product)!.group))) {
      expect(batch.expiry_date).toBeNull()
    }
    expect(addShelf("2026-08-31", { months: 6 })).toBe("2027-02-28")
    expect(addShelf("2026-11-23", { days: 5 })).toBe("2026-11-28")
  })

  it("tell their story in 2–5 valid events, in time order, in Vietnam's time zone, before SEED_TODAY", () => {
    for (const batch of BATCHES) {
      const where = `${batch.product} ${batch.lot}`
      expect(batch.events.length, where).toBeGreaterThanOrEqual(batch.status === "draft" ? 1 : 2)
      expect(batch.events.length, where).toBeLessThanOrEqual(5)
      let previous = 0
      for (const event of batch.events) {
        const valid = validateTraceEvent(event)
        expect(event.event_timezone).toBe("+07:00")
        expect(event.event_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/)
        const time = Date.parse(valid.event_time)
        expect(time, where).toBeGreaterThanOrEqual(previous)
        expect(time, where).toBeLessThan(todayStart)
        previous = time
        for (const place of [event.read_point, event.biz_location]) if (place) expect(place).not.toMatch(/\s/)
      }
      if (batch.status !== "draft") expect(batch.events.some((e) => ["packing", "commissioning"].includes(e.biz_step)), where).toBe(true)
    }
  })

  it("tells how nước mắm is made: cá cơm caught, ủ chượp with salt, inspected, bottled, shipped", () => {
    const batch = BATCHES.find((b) => b.product === "nuoc-mam-cai-rong" && b.status === "published")!
    expect(batch.events.map((e) => [e.event_type, e.biz_step])).toEqual([
      ["ObjectEvent", "fishing"],
      ["TransformationEvent", "processing"],
      ["ObjectEvent", "inspecting"],
      ["ObjectEvent", "packing"],
      ["ObjectEvent", "shipping"],
    ])
    expect(batch.events[1].inputs!.map((i) => i.description)).toEqual(["Cá cơm than", "Muối biển"])
    expect(batch.events[1].note).toMatch(/ủ chượp 12 tháng/)
    expect(batch.standards).toContain("TCVN 5107:2018")
  })

  it("label at least 85% of products, and every food, beverage and herbal product", () => {
    const labelled = productsWithPublishedBatch()
    expect(labelled.size / PRODUCTS.length).toBeGreaterThanOrEqual(0.85)
    for (const product of PRODUCTS.filter((p) => ["food", "beverages", "herbal", "handicrafts", "ornamental"].includes(p.group))) {
      expect(labelled.has(product.handle), product.handle).toBe(true)
    }
    for (const product of PRODUCTS) {
      expect(UNTRACED_KINDS.includes(product.kind) || product.kind in PROCESSES, product.kind).toBe(true)
    }
  })

  it("has two withdrawn lots with a reason, each product still labelled, and one draft", () => {
    const withdrawn = BATCHES.filter((b) => b.status === "withdrawn")
    expect(withdrawn.length).toBe(2)
    for (const batch of withdrawn) {
      expect(batch.withdrawal_reason!.length).toBeGreaterThan(20)
      expect(BATCHES.some((b) => b.product === batch.product && b.status === "published")).toBe(true)
    }
    const drafts = BATCHES.filter((b) => b.status === "draft")
    expect(drafts.map((b) => b.product)).toEqual(["nuoc-mam-cai-rong"])
    expect(drafts[0].events.some((e) => e.biz_step === "packing")).toBe(false)
  })

  it("stores every text in Unicode NFC", () => {
    for (const text of strings(BATCHES)) expect(text.normalize("NFC"), JSON.stringify(text)).toBe(text)
  })
})
