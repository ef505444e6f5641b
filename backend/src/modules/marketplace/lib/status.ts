/**
 * The life of a producer order and what of its money was taken: pure rules
 * shared by the workflows (which refuse a wrong move) and the read side.
 */
import { amount } from "./money"

export const PRODUCER_ORDER_STATUSES = ["pending", "shipped", "delivered", "cancelled"] as const
export type ProducerOrderStatus = (typeof PRODUCER_ORDER_STATUSES)[number]

/** Allowed moves: a parcel is shipped then delivered; only a parcel not shipped yet can be cancelled. */
export const TRANSITIONS: Readonly<Record<ProducerOrderStatus, readonly ProducerOrderStatus[]>> = {
  pending: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
}

const WHY_NOT: Record<ProducerOrderStatus, string> = {
  pending: "it has not been shipped yet",
  shipped: "it is already on its way (refund it instead, once it comes back)",
  delivered: "it was already delivered (refund it instead)",
  cancelled: "it was cancelled",
}

/** Null when `from → to` is allowed, otherwise why not, for a 400. */
export function transitionError(displayNumber: string, from: ProducerOrderStatus, to: ProducerOrderStatus): string | null {
  if (TRANSITIONS[from].includes(to)) return null
  const verb = { shipped: "marked shipped", delivered: "marked delivered", cancelled: "cancelled", pending: "reopened" }[to]
  return `Producer order ${displayNumber} cannot be ${verb}: ${WHY_NOT[from]}.`
}

/** Cash on delivery is collected parcel by parcel; every other way of paying is taken whole. */
export const COD_PROVIDER_ID = "pp_cod_cod"
export const collectsPerParcel = (providerId: string | null | undefined) => providerId === COD_PROVIDER_ID

export type OrderPayment = {
  id: string
  provider_id: string
  amount: unknown
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  captures?: { amount: unknown }[] | null
  refunds?: { amount: unknown }[] | null
}

export type MoneyOfProducerOrder = { total: unknown; captured_total: unknown; refunded_total: unknown }

/**
 * What the shopper has paid for this producer order: for cash on delivery what was
 * collected when it was delivered (`captured_total`); for a card or a transfer, taken
 * whole, all of it once the order's payment is captured, else nothing.
 */
export function paidTotal(po: MoneyOfProducerOrder, payment: OrderPayment | null | undefined): number {
  if (!payment) return 0
  if (collectsPerParcel(payment.provider_id)) return amount(po.captured_total)
  return payment.captured_at ? amount(po.total) : 0
}

/** What can still be refunded on this producer order. */
export function refundableTotal(po: MoneyOfProducerOrder, payment: OrderPayment | null | undefined): number {
  return Math.max(0, paidTotal(po, payment) - amount(po.refunded_total))
}

/** A payment status a shopper understands, from the order's payment and session. */
export function paymentStatus(payment: OrderPayment | null | undefined, sessionStatus: string | null | undefined): string {
  if (!payment) return sessionStatus === "pending_authorization" ? "awaiting_transfer" : "not_paid"
  if (payment.canceled_at) return "canceled"
  const captured = (payment.captures ?? []).reduce((s, c) => s + amount(c.amount), 0)
  const refunded = (payment.refunds ?? []).reduce((s, r) => s + amount(r.amount), 0)
  if (refunded > 0) return refunded >= captured ? "refunded" : "partially_refunded"
  if (payment.captured_at) return "captured"
  if (captured > 0) return "partially_captured"
  return "authorized"
}

/** Events the producer-order workflows emit (data: `{ id, order_id }`), e.g. to notify a producer. */
export const PRODUCER_ORDER_EVENTS = {
  created: "producer_order.created",
  shipped: "producer_order.shipped",
  delivered: "producer_order.delivered",
  cancelled: "producer_order.cancelled",
  refunded: "producer_order.refunded",
} as const
