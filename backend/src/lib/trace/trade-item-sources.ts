/**
 * The product side of a GTIN (its variant, product, producer and certificates: other
 * modules' data, read through `query.graph` across their links), kept per GTIN like the
 * catalog snapshot: dropped in this process on every catalog event
 * (`subscribers/catalog-cache-invalidate.ts`), never older than 30 s, so other processes
 * show a change within 30 s. A GTIN without a product on sale is read again every time.
 *
 * GTINs missing here are read together: while one read runs, the GTINs asked for meanwhile
 * wait and go in the next one (one `query.graph` for many GTINs costs about what one costs).
 */
import { SnapshotCache } from "../catalog/cache"
import { CERTIFICATE_FIELDS, type Query } from "../catalog/load"
import { PRODUCER_PUBLIC_FIELDS } from "../catalog/producers"

const ITEM_FIELDS = [
  "id",
  "gtin",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.handle",
  "product_variant.product.title",
  "product_variant.product.subtitle",
  "product_variant.product.thumbnail",
  "product_variant.product.status",
  "product_variant.product.metadata",
  ...PRODUCER_PUBLIC_FIELDS.map((f) => `product_variant.product.producer.${f}`),
  ...CERTIFICATE_FIELDS.map((f) => `product_variant.product.ocop_certificates.${f}`),
]

/** How long a GTIN's product side is served without reading it again (the catalog's bound). */
export const TRADE_ITEM_MAX_AGE_MS = 30_000
/** The most GTINs read in one go. */
const READ_BATCH = 100

/** The trade item row with `product_variant.product…` as `query.graph` gave it, or null when none is on sale. */
export type TradeItemSource = any | null

export const tradeItemSources = new SnapshotCache<TradeItemSource>({ freshMs: TRADE_ITEM_MAX_AGE_MS, maxAgeMs: TRADE_ITEM_MAX_AGE_MS, maxKeys: 5_000 })

/** The product side of a GTIN, from this process's snapshot or read now. */
export async function tradeItemSource(query: Query, gtin: string): Promise<TradeItemSource> {
  let readHere = false
  const kept = await tradeItemSources.get(gtin, () => {
    readHere = true
    return readTradeItemSource(query, gtin)
  })
  // A null (unknown GTIN, product not on sale) is only trusted when this call read it.
  return kept || readHere ? kept : readTradeItemSource(query, gtin)
}

type Waiter = { resolve: (source: TradeItemSource) => void; reject: (error: unknown) => void }

const waiting = new Map<string, Waiter[]>()
let reading = false

function readTradeItemSource(query: Query, gtin: string): Promise<TradeItemSource> {
  return new Promise((resolve, reject) => {
    const waiters = waiting.get(gtin) ?? []
    waiters.push({ resolve, reject })
    waiting.set(gtin, waiters)
    if (!reading) {
      reading = true
      setImmediate(() => void readWaiting(query))
    }
  })
}

/** Reads the GTINs waiting (up to READ_BATCH) in one query, then the ones that came meanwhile. */
async function readWaiting(query: Query): Promise<void> {
  const batch = new Map([...waiting].slice(0, READ_BATCH))
  for (const gtin of batch.keys()) waiting.delete(gtin)
  try {
    const { data } = await query.graph({ entity: "trade_item", fields: ITEM_FIELDS, filters: { gtin: [...batch.keys()] } })
    const found = new Map((data as any[]).map((item) => [item.gtin as string, item]))
    for (const [gtin, waiters] of batch) {
      const item = found.get(gtin)
      const source = item?.product_variant?.product?.status === "published" ? item : null
      for (const waiter of waiters) waiter.resolve(source)
    }
  } catch (error) {
    for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error)
  }
  if (waiting.size) setImmediate(() => void readWaiting(query))
  else reading = false
}
