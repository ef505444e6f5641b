/**
 * The read side of producer orders: one order grouped by producer for the shopper,
 * producer orders for the operator. Reads through query.graph (the producer and
 * the order through their links); money in whole đồng; what was paid is worked out
 * from the order's payment (lib/status.ts).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { amount } from "../../../modules/marketplace/lib/money"
import { paidTotal, paymentStatus, refundableTotal, type OrderPayment } from "../../../modules/marketplace/lib/status"
import { ORDER_PAYMENT_FIELDS, pickPayment } from "./order-view"

export const PRODUCER_ORDER_FIELDS = [
  "id",
  "order_id",
  "sequence",
  "display_number",
  "status",
  "producer_name",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "captured_total",
  "refunded_total",
  "items",
  "tracking",
  "fulfillment_id",
  "shipped_at",
  "delivered_at",
  "cancelled_at",
  "cancel_reason",
  "created_at",
  "updated_at",
  "producer.id",
  "producer.name",
  "producer.handle",
  "producer.phone",
]

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "status",
  "currency_code",
  "item_total",
  "shipping_total",
  "total",
  "metadata",
  "customer_id",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  ...ORDER_PAYMENT_FIELDS,
  "payment_collections.payment_sessions.data",
]

export type ProducerOrderView = ReturnType<typeof shapeProducerOrder>

export function shapeProducerOrder(po: any, payment: OrderPayment | null, options: { admin?: boolean } = {}) {
  const money = { total: po.total, captured_total: po.captured_total, refunded_total: po.refunded_total }
  return {
    id: po.id as string,
    display_number: po.display_number as string,
    order_id: po.order_id as string,
    status: po.status as string,
    producer: po.producer
      ? { id: po.producer.id, name: po.producer.name, handle: po.producer.handle, ...(options.admin ? { phone: po.producer.phone ?? null } : {}) }
      : po.producer_name
        ? { id: null, name: po.producer_name, handle: null }
        : null,
    currency_code: po.currency_code as string,
    items: (po.items ?? []) as unknown[],
    item_total: amount(po.item_total),
    shipping_total: amount(po.shipping_total),
    total: amount(po.total),
    paid_total: paidTotal(money, payment),
    refunded_total: amount(po.refunded_total),
    ...(options.admin ? { captured_total: amount(po.captured_total), refundable_total: refundableTotal(money, payment), fulfillment_id: po.fulfillment_id ?? null } : {}),
    tracking: po.tracking ?? null,
    shipped_at: po.shipped_at ?? null,
    delivered_at: po.delivered_at ?? null,
    cancelled_at: po.cancelled_at ?? null,
    cancel_reason: po.cancel_reason ?? null,
    created_at: po.created_at,
  }
}

/** The order as the shopper sees it: totals, address, invoice details, payment status, and its producer orders. */
export async function groupedOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as any
  if (!order) return null
  const { payment, session } = pickPayment(order.payment_collections ?? [])
  const { data: pos } = await query.graph({
    entity: "producer_order",
    fields: PRODUCER_ORDER_FIELDS,
    filters: { order_id: orderId },
    pagination: { order: { sequence: "ASC" } },
  })
  const providerId = payment?.provider_id ?? session?.provider_id ?? null
  const vietqr =
    providerId === "pp_vietqr_vietqr"
      ? (() => {
          const data = ((order.payment_collections ?? []).flatMap((c: any) => c?.payment_sessions ?? []).find((s: any) => s?.id === session?.id)?.data ?? {}) as Record<string, unknown>
          return {
            reference: data.reference ?? null,
            amount: data.amount ?? null,
            qr_payload: data.qr_payload ?? null,
            bank_bin: data.bank_bin ?? null,
            account_no: data.account_no ?? null,
            account_name: data.account_name ?? null,
          }
        })()
      : undefined
  return {
    order: {
      id: order.id as string,
      display_id: order.display_id as number,
      email: order.email as string,
      created_at: order.created_at,
      status: order.status as string,
      currency_code: order.currency_code as string,
      item_total: amount(order.item_total),
      shipping_total: amount(order.shipping_total),
      total: amount(order.total),
      shipping_address: order.shipping_address ?? null,
      invoice: (order.metadata?.invoice as Record<string, unknown> | undefined) ?? null,
      payment: { provider_id: providerId, status: paymentStatus(payment, session?.status), ...(vietqr ? { vietqr } : {}) },
    },
    producer_orders: (pos as any[]).map((po) => shapeProducerOrder(po, payment)),
  }
}

/** The payment of each order, for a list of producer orders. */
export async function paymentsOfOrders(container: MedusaContainer, orderIds: string[]): Promise<Map<string, OrderPayment | null>> {
  const ids = [...new Set(orderIds)]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", ...ORDER_PAYMENT_FIELDS], filters: { id: ids } })
  return new Map((data as any[]).map((o) => [o.id, pickPayment(o.payment_collections ?? []).payment]))
}
