/**
 * Delivery pricing: every producer ships its own parcel, so a cart pays one
 * parcel fee per producer, and nothing for a producer whose goods in the cart
 * reach the free-delivery threshold. Pure; used by the fulfillment provider
 * (price shown to the shopper), by checkout (the breakdown kept on the shipping
 * method) and by the order split.
 */

export type ParcelRates = {
  /** Fee for one producer's parcel, in đồng. */
  parcel_fee: number
  /** A producer's goods worth at least this much ship free; null: never free. */
  free_over: number | null
}

export const DEFAULT_PARCEL_RATES: ParcelRates = { parcel_fee: 30000, free_over: 500000 }

/** Rates from a shipping option's `data`, defaults for anything missing or malformed. */
export function parcelRates(data: Record<string, unknown> | null | undefined): ParcelRates {
  const fee = Number(data?.parcel_fee)
  const free = data?.free_over === null ? null : Number(data?.free_over)
  return {
    parcel_fee: Number.isInteger(fee) && fee >= 0 ? fee : DEFAULT_PARCEL_RATES.parcel_fee,
    free_over: free === null ? null : Number.isInteger(free) && free > 0 ? free : DEFAULT_PARCEL_RATES.free_over,
  }
}

/** The key of items whose product has no producer: the marketplace ships them itself. */
export const NO_PRODUCER = "marketplace"

export type ParcelItem = { product_id?: string | null; unit_price: unknown; quantity: unknown; requires_shipping?: boolean | null }
export type Parcel = {
  /** The producer's id, or NO_PRODUCER. */
  producer_id: string
  /** Value of the producer's goods in the parcel (unit price × quantity), in đồng. */
  goods_total: number
  /** Delivery fee of this parcel, in đồng. */
  amount: number
}

const num = (value: unknown) => {
  const n = typeof value === "object" && value !== null && "numeric" in (value as object) ? (value as { numeric: number }).numeric : Number(value)
  return Number.isFinite(n) ? n : 0
}

/**
 * One parcel per producer among the items that need shipping, in the order the
 * producers first appear. `producerOf` maps a product id to its producer id.
 */
export function priceParcels(items: readonly ParcelItem[], producerOf: Readonly<Record<string, string | null | undefined>>, rates: ParcelRates): Parcel[] {
  const groups = new Map<string, number>()
  for (const item of items) {
    if (item.requires_shipping === false) continue
    const key = (item.product_id && producerOf[item.product_id]) || NO_PRODUCER
    groups.set(key, (groups.get(key) ?? 0) + num(item.unit_price) * num(item.quantity))
  }
  return [...groups].map(([producer_id, goods]) => {
    const goods_total = Math.round(goods)
    const free = rates.free_over !== null && goods_total >= rates.free_over
    return { producer_id, goods_total, amount: free ? 0 : rates.parcel_fee }
  })
}

export const parcelsTotal = (parcels: readonly Parcel[]) => parcels.reduce((sum, p) => sum + p.amount, 0)
