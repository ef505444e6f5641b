/**
 * How one Medusa order becomes one producer order per producer: its lines
 * grouped by the producer of their product, the order's item total and shipping
 * total shared out in whole đồng so the parts add up exactly to the order.
 * Pure; the split workflow reads the order and writes the result.
 */
import { NO_PRODUCER, priceParcels, type Parcel, type ParcelRates } from "../../ocop-delivery/lib/parcels"
import { allocate, amount, dong } from "./money"

export type SplitOrderItem = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  quantity: unknown
  unit_price: unknown
  total: unknown
  requires_shipping?: boolean | null
}

export type SplitOrder = {
  id: string
  display_id: number | string
  currency_code: string
  item_total: unknown
  shipping_total: unknown
  items: SplitOrderItem[]
  shipping_methods?: { data?: Record<string, unknown> | null }[] | null
}

export type SplitProducer = { id: string; name: string }

export type ProducerOrderItem = {
  line_item_id: string
  variant_id: string | null
  product_id: string | null
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
}

export type ProducerOrderPlan = {
  order_id: string
  sequence: number
  display_number: string
  producer_id: string | null
  producer_name: string | null
  currency_code: string
  item_total: number
  shipping_total: number
  total: number
  items: ProducerOrderItem[]
}

/** The per-producer parcels checkout recorded on the shipping methods' data, if any. */
export function recordedParcels(order: Pick<SplitOrder, "shipping_methods">): Parcel[] | null {
  const parcels: Parcel[] = []
  let found = false
  for (const method of order.shipping_methods ?? []) {
    const list = (method?.data as { parcels?: unknown } | null | undefined)?.parcels
    if (!Array.isArray(list)) continue
    found = true
    for (const p of list as Parcel[]) parcels.push({ producer_id: String(p.producer_id), goods_total: amount(p.goods_total), amount: amount(p.amount) })
  }
  return found ? parcels : null
}

/**
 * Plans the producer orders of `order`. `producerOf` maps product ids to their producer
 * (null: no producer; the marketplace ships those lines). Shipping is shared by the
 * parcels recorded at checkout, or priced again with `rates` when none were recorded;
 * if those do not add up to what the order charged for shipping, the charge is shared
 * in proportion to them.
 */
export function planSplit(order: SplitOrder, producerOf: Readonly<Record<string, SplitProducer | null | undefined>>, rates: ParcelRates): ProducerOrderPlan[] {
  type Group = { key: string; producer: SplitProducer | null; items: SplitOrderItem[] }
  const groups = new Map<string, Group>()
  for (const item of order.items) {
    const producer = (item.product_id && producerOf[item.product_id]) || null
    const key = producer?.id ?? NO_PRODUCER
    const group = groups.get(key) ?? { key, producer, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  const ordered = [...groups.values()].sort((a, b) => {
    if (!a.producer || !b.producer) return a.producer ? -1 : b.producer ? 1 : 0
    return a.producer.name.localeCompare(b.producer.name, "vi") || a.producer.id.localeCompare(b.producer.id)
  })

  const itemShares = allocate(
    dong(order.item_total),
    ordered.map((g) => g.items.reduce((sum, i) => sum + amount(i.total), 0))
  )

  const parcels =
    recordedParcels(order) ??
    priceParcels(
      order.items,
      Object.fromEntries(Object.entries(producerOf).map(([product, producer]) => [product, producer?.id ?? null])),
      rates
    )
  const parcelBy = new Map<string, number>()
  for (const p of parcels) parcelBy.set(p.producer_id, (parcelBy.get(p.producer_id) ?? 0) + p.amount)
  const shippingShares = allocate(
    dong(order.shipping_total),
    ordered.map((g) => parcelBy.get(g.key) ?? 0)
  )

  return ordered.map((group, index) => ({
    order_id: order.id,
    sequence: index + 1,
    display_number: `#${order.display_id}-${index + 1}`,
    producer_id: group.producer?.id ?? null,
    producer_name: group.producer?.name ?? null,
    currency_code: order.currency_code,
    item_total: itemShares[index],
    shipping_total: shippingShares[index],
    total: itemShares[index] + shippingShares[index],
    items: group.items.map((item) => ({
      line_item_id: item.id,
      variant_id: item.variant_id ?? null,
      product_id: item.product_id ?? null,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      quantity: amount(item.quantity),
      unit_price: amount(item.unit_price),
      total: dong(item.total),
    })),
  }))
}
