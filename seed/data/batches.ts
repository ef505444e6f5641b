/**
 * Production batches (lots) of the seed products and their trace events, so
 * that nearly every product has a scannable label. One or two batches per
 * product on its first variant, made in 2026 before SEED_TODAY; lots such as
 * `CR2609A` (the producer's brand initials, year and month, a letter per
 * batch of that producer in that month). Events tell how the kind is made
 * (seed/data/processes.ts); growing areas are the producer's areas for the
 * kind (seed/data/growing-areas.ts).
 *
 * Most batches are published. Two older lots are withdrawn (the label then
 * answers 410 with the reason) and one new lot of Nước mắm Cái Rồng is still a
 * draft (its label answers 404 unknown_lot). Services sold as bookings have
 * no batch. Deterministic: every choice comes from a seeded PRNG.
 *
 * GTINs are not chosen here: the seed gives every variant the next GTIN under
 * the configured GS1 company prefix in GTIN_ORDER, so on a fresh database
 * `seedGtin(sku)` says which one it got.
 */
import { makeGtin14 } from "../../traceability/src/lib/gtin"
import type { TraceEventInput } from "../../traceability/src/lib/trace-event"
import { SEED_TODAY } from "./certificates"
import { areasFor } from "./growing-areas"
import { PROCESSES, UNTRACED_KINDS, type Shelf } from "./processes"
import { PRODUCER_BY_HANDLE, type SeedProducer } from "./producers"
import { PRODUCTS, type SeedProduct } from "./products"
import { createRng } from "./prng"

export type BatchStatus = "published" | "withdrawn" | "draft"

export type SeedBatch = {
  /** Handle of the product. */
  product: string
  /** SKU of the variant the batch is of (the product's first variant). */
  sku: string
  kind: string
  /** Handle of the producer. */
  producer: string
  lot: string
  status: BatchStatus
  withdrawal_reason?: string
  /** YYYY-MM-DD: when the raw material was caught, harvested or received; null when there is none. */
  harvest_date: string | null
  /** YYYY-MM-DD */
  production_date: string
  /** YYYY-MM-DD; null for crafts, plants and tickets. */
  expiry_date: string | null
  quantity: number
  unit: string
  standards: string[]
  /** Codes of the growing areas (seed/data/growing-areas.ts). */
  growing_areas: string[]
  events: TraceEventInput[]
}

/** Batches whose statuses are fixed (oldest first), for tests and demonstrations. */
const FIXED: Record<string, { statuses: BatchStatus[]; reason?: string }> = {
  "cha-muc-gia-tay-ba-hai": {
    statuses: ["withdrawn", "published"],
    reason: "Thu hồi tự nguyện: lô hàng bị gián đoạn chuỗi lạnh khi vận chuyển, không bảo đảm chất lượng",
  },
  "mat-ong-rung-hoanh-bo": {
    statuses: ["withdrawn", "published"],
    reason: "Thu hồi theo kết quả hậu kiểm: thủy phần của mẫu lưu vượt mức đã công bố",
  },
  "nuoc-mam-cai-rong": { statuses: ["published", "published", "draft"] },
  "cha-muc-ha-long": { statuses: ["published", "published"] },
  "tra-hoa-vang-ba-che": { statuses: ["published", "published"] },
}

/** Share of products with a second batch (besides the fixed ones). */
const TWO_BATCHES = 0.25
const TODAY = new Date(`${SEED_TODAY}T00:00:00Z`)

/** Upper-case ASCII initials of a brand, at most 3: "Cái Rồng" → "CR", "Hạ Long Xanh" → "HLX". */
export function brandInitials(brand: string): string {
  return brand
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase())
    .join("")
    .slice(0, 3)
}

const pad = (n: number) => String(n).padStart(2, "0")
const isoDate = (d: Date) => d.toISOString().slice(0, 10)

/** `date` plus a shelf life; a month-end day that does not exist moves to the last day of the month. */
export function addShelf(date: string, shelf: NonNullable<Shelf>): string {
  const d = new Date(`${date}T00:00:00Z`)
  if ("days" in shelf) return isoDate(new Date(d.getTime() + shelf.days * 86_400_000))
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + shelf.months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  return isoDate(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay))))
}

/** Where a producer processes and packs: its facility code. */
export const facilityCode = (producer: SeedProducer) => `CS-${producer.handle.toUpperCase()}`

/**
 * Production dates of a product's batches in 2026, oldest first, all before SEED_TODAY. With
 * `latest` the newest is made in SEED_TODAY's month (fresh food, a lot still in the making).
 */
function productionDates(count: number, season: number[], latest: boolean, rng: ReturnType<typeof createRng>): string[] {
  const thisMonth = TODAY.getUTCMonth() + 1
  const months = rng.shuffle(season).slice(0, count).sort((a, b) => a - b)
  if (latest) months[months.length - 1] = thisMonth
  // A short season (one month) still takes two batches: later in the same month.
  while (months.length < count) months.push(months[months.length - 1])
  let previous = { month: 0, day: 0 }
  return months.map((month) => {
    // This month: fresh lots up to two days ago, others early enough for their shipping to have happened.
    const newest = latest && month === thisMonth
    const last = month !== thisMonth ? 27 : TODAY.getUTCDate() - (newest ? 2 : 6)
    const first = month === previous.month ? previous.day + 5 : newest ? last - 2 : 2
    const day = rng.int(Math.min(first, last), last)
    previous = { month, day }
    return `2026-${pad(month)}-${pad(day)}`
  })
}

function build(): SeedBatch[] {
  const batches: SeedBatch[] = []
  const letters = new Map<string, number>()
  const productIndex = new Map<string, number>()
  for (const product of PRODUCTS) {
    const position = (productIndex.get(product.producer) ?? 0) + 1
    productIndex.set(product.producer, position)
    if (UNTRACED_KINDS.includes(product.kind)) continue
    const process = PROCESSES[product.kind]
    if (!process) throw new Error(`No process for the kind ${product.kind} (${product.handle})`)
    const producer = PRODUCER_BY_HANDLE.get(product.producer)!
    const rng = createRng(`batches:${product.handle}`)
    const fixed = FIXED[product.handle]
    const statuses: BatchStatus[] = fixed?.statuses ?? (rng.chance(TWO_BATCHES) ? ["published", "published"] : ["published"])
    const dates = productionDates(statuses.length, process.season, !!process.fresh || statuses[statuses.length - 1] === "draft", rng)
    const areas = areasFor(producer.handle, product.kind)
    const source = areas.find((a) => a.area_type !== "packing_house") ?? null
    const packingHouse = areas.find((a) => a.area_type === "packing_house") ?? null
    const initials = brandInitials(producer.brand)
    const tccs = `TCCS ${pad(position)}:${2023 + (rng.int(0, 2))}/${initials}`
    const certified = new Set(areas.flatMap((a) => a.certifications))
    const standards = [
      tccs,
      ...(process.standards ?? []),
      ...["VietGAP", "GACP-WHO", "HACCP", "ISO 22000:2018"].filter((c) => certified.has(c)),
    ]
    statuses.forEach((status, i) => {
      const production = dates[i]
      const key = `${producer.handle}:${production.slice(2, 7)}`
      const letter = letters.get(key) ?? 0
      letters.set(key, letter + 1)
      const lot = `${initials}${production.slice(2, 4)}${production.slice(5, 7)}${String.fromCharCode(65 + letter)}`
      const units = rng.int(process.quantity[0], process.quantity[1])
      const quantity = units >= 1000 ? Math.round(units / 50) * 50 : units >= 100 ? Math.round(units / 10) * 10 : units
      const amount = process.net ? quantity * process.net[0] : quantity
      let events = process.events({
        production,
        units: quantity,
        amount,
        source: source?.code ?? null,
        facility: packingHouse?.code ?? facilityCode(producer),
        rng: createRng(`events:${product.handle}:${lot}`),
      })
      // A draft is still being made: not packed or shipped yet.
      if (status === "draft") events = events.filter((e) => e.biz_step !== "packing" && e.biz_step !== "shipping")
      const origin = events.find((e) => ["fishing", "harvesting", "receiving"].includes(e.biz_step))
      batches.push({
        product: product.handle,
        sku: product.variants[0].sku,
        kind: product.kind,
        producer: producer.handle,
        lot,
        status,
        ...(status === "withdrawn" ? { withdrawal_reason: fixed!.reason! } : {}),
        harvest_date: origin ? origin.event_time.slice(0, 10) : null,
        production_date: production,
        expiry_date: process.shelf ? addShelf(production, process.shelf) : null,
        quantity,
        unit: process.unit,
        standards,
        growing_areas: areas.map((a) => a.code),
        events,
      })
    })
  }
  return batches
}

export const BATCHES: SeedBatch[] = build()

/** Products that have at least one published batch. */
export function productsWithPublishedBatch(): Set<string> {
  return new Set(BATCHES.filter((b) => b.status === "published").map((b) => b.product))
}

export const DEFAULT_GS1_COMPANY_PREFIX = "8939999"

/** Every seed variant's SKU in the order the seed assigns GTINs: by product handle, then SKU. */
export const GTIN_ORDER: string[] = PRODUCTS.flatMap((p: SeedProduct) => p.variants.map((v) => [p.handle, v.sku] as const))
  .sort(([h1, s1], [h2, s2]) => (h1 < h2 ? -1 : h1 > h2 ? 1 : s1 < s2 ? -1 : s1 > s2 ? 1 : 0))
  .map(([, sku]) => sku)

/**
 * The GTIN-14 a seed variant gets on a fresh database (no GTIN issued under
 * the prefix before the seed): item references 1, 2, 3… in GTIN_ORDER.
 */
export function seedGtin(sku: string, prefix = DEFAULT_GS1_COMPANY_PREFIX): string {
  const index = GTIN_ORDER.indexOf(sku)
  if (index < 0) throw new Error(`No seed variant with SKU ${sku}`)
  return makeGtin14(prefix, index + 1)
}
