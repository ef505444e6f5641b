/**
 * Reads a Medusa order as the split and the producer-order workflows need it:
 * totals, lines with their products, delivery data, the payment. Read only.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SplitOrder } from "../../../modules/marketplace/lib/split"
import type { OrderPayment } from "../../../modules/marketplace/lib/status"

export const ORDER_SPLIT_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "status",
  "canceled_at",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.requires_shipping",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
  "shipping_methods.amount",
]

export const ORDER_PAYMENT_FIELDS = [
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.payment_sessions.id",
  "payment_collections.payment_sessions.status",
  "payment_collections.payment_sessions.provider_id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
]

export type SplitOrderView = SplitOrder & { email?: string | null; status?: string; canceled_at?: string | Date | null; total: unknown }

export async function loadOrderForSplit(container: MedusaContainer, orderId: string): Promise<SplitOrderView> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_SPLIT_FIELDS, filters: { id: orderId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  return data[0] as unknown as SplitOrderView
}

export type OrderPaymentView = { payment: OrderPayment | null; session: { id: string; status: string; provider_id: string } | null }

/** The order's payment (the first one not canceled, else the first) and its latest session. */
export async function loadOrderPayment(container: MedusaContainer, orderId: string): Promise<OrderPaymentView> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", ...ORDER_PAYMENT_FIELDS], filters: { id: orderId } })
  return pickPayment((data[0] as any)?.payment_collections ?? [])
}

export function pickPayment(collections: any[]): OrderPaymentView {
  const payments = collections.flatMap((c) => c?.payments ?? []).filter(Boolean) as OrderPayment[]
  const sessions = collections.flatMap((c) => c?.payment_sessions ?? []).filter(Boolean) as { id: string; status: string; provider_id: string }[]
  const payment = payments.find((p) => !p.canceled_at) ?? payments[0] ?? null
  const session = sessions.find((s) => s.status !== "canceled" && s.status !== "error") ?? sessions[0] ?? null
  return { payment, session }
}
