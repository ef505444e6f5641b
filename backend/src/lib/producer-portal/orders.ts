/**
 * A producer's own orders (its part of each shopper's order) for the portal: what to
 * pack and where to send it, and the sales summary by month. Reads through query.graph
 * and the producer ↔ producer order link.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProducerProducerOrder from "../../links/producer-producer-order"
import { amount } from "../../modules/marketplace/lib/money"
import { paymentsOfOrders, PRODUCER_ORDER_FIELDS, shapeProducerOrder } from "../../workflows/checkout/lib/producer-orders-view"

const PORTAL_ORDER_FIELDS = [
  ...PRODUCER_ORDER_FIELDS,
  "order.display_id",
  "order.created_at",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "order.shipping_address.phone",
  "order.shipping_address.address_1",
  "order.shipping_address.city",
  "order.shipping_address.province",
]

/** Ids of the producer orders of one producer. */
export async function producerOrderIds(container: MedusaContainer, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: ProducerProducerOrder.entryPoint, fields: ["producer_order_id"], filters: { producer_id: producerId } })
  return (data as { producer_order_id: string }[]).map((l) => l.producer_order_id)
}

async function shapeForPortal(container: MedusaContainer, rows: any[]) {
  const payments = await paymentsOfOrders(container, rows.map((r) => r.order_id))
  return rows.map((po) => {
    const address = po.order?.shipping_address ?? null
    return {
      ...shapeProducerOrder(po, payments.get(po.order_id) ?? null),
      order: { display_id: po.order?.display_id ?? null, created_at: po.order?.created_at ?? null },
      shipping_address: address
        ? { first_name: address.first_name ?? null, last_name: address.last_name ?? null, phone: address.phone ?? null, address_1: address.address_1 ?? null, city: address.city ?? null, province: address.province ?? null }
        : null,
    }
  })
}

export async function listProducerOrders(container: MedusaContainer, producerId: string, options: { status?: string; limit: number; offset: number }) {
  const ids = await producerOrderIds(container, producerId)
  if (!ids.length) return { producer_orders: [], count: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer_order",
    fields: PORTAL_ORDER_FIELDS,
    filters: { id: ids, ...(options.status ? { status: options.status as any } : {}) },
    pagination: { skip: options.offset, take: options.limit, order: { created_at: "DESC" } },
  })
  return { producer_orders: await shapeForPortal(container, data as any[]), count: metadata?.count ?? data.length }
}

/** One producer order of this producer, or 404 exactly as for one that does not exist. */
export async function loadOwnProducerOrder(container: MedusaContainer, producerId: string, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: ProducerProducerOrder.entryPoint, fields: ["producer_id"], filters: { producer_order_id: id } })
  if (!(links as { producer_id: string }[]).some((l) => l.producer_id === producerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  }
  const { data } = await query.graph({ entity: "producer_order", fields: PORTAL_ORDER_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  return (await shapeForPortal(container, data as any[]))[0]
}

/** "2026-11": the month of a moment in Vietnam's time (UTC+7, no daylight saving). */
export function vietnamMonth(date: Date | string): string {
  return new Date(new Date(date).getTime() + 7 * 3_600_000).toISOString().slice(0, 7)
}

/** The last `months` months ending with the one of `now`, oldest first. */
export function lastMonths(months: number, now: Date = new Date()): string[] {
  const [year, month] = vietnamMonth(now).split("-").map(Number)
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (months - 1 - i), 1))
    return d.toISOString().slice(0, 7)
  })
}

/** Orders (not cancelled) and revenue (total less refunds, whole đồng) by month placed. */
export function summarizeSales(rows: { status: string; total: unknown; refunded_total: unknown; created_at: Date | string }[], months: string[]) {
  const byMonth = new Map(months.map((m) => [m, { month: m, orders: 0, revenue: 0 }]))
  for (const row of rows) {
    if (row.status === "cancelled") continue
    const bucket = byMonth.get(vietnamMonth(row.created_at))
    if (!bucket) continue
    bucket.orders += 1
    bucket.revenue += amount(row.total as any) - amount(row.refunded_total as any)
  }
  const list = [...byMonth.values()]
  return {
    currency_code: "vnd",
    totals: { orders: list.reduce((n, m) => n + m.orders, 0), revenue: list.reduce((n, m) => n + m.revenue, 0) },
    months: list,
  }
}

export async function producerSalesSummary(container: MedusaContainer, producerId: string, months: number, now: Date = new Date()) {
  const ids = await producerOrderIds(container, producerId)
  const span = lastMonths(months, now)
  if (!ids.length) return summarizeSales([], span)
  const since = new Date(Date.parse(`${span[0]}-01T00:00:00+07:00`))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_order",
    fields: ["id", "status", "total", "refunded_total", "created_at"],
    filters: { id: ids, created_at: { $gte: since } },
  })
  return summarizeSales(data as any[], span)
}
