import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { paymentsOfOrders, PRODUCER_ORDER_FIELDS, shapeProducerOrder } from "../../../workflows/checkout/lib/producer-orders-view"

const ADMIN_FIELDS = [...PRODUCER_ORDER_FIELDS, "order.display_id", "order.email", "order.created_at"]

/** Producer orders as the operator sees them: with what was paid, what can be refunded, and the order's number. */
export async function adminProducerOrders(container: MedusaContainer, rows: any[]) {
  const payments = await paymentsOfOrders(container, rows.map((r) => r.order_id))
  return rows.map((po) => ({
    ...shapeProducerOrder(po, payments.get(po.order_id) ?? null, { admin: true }),
    order: po.order ? { id: po.order_id, display_id: po.order.display_id, email: po.order.email, created_at: po.order.created_at } : { id: po.order_id },
  }))
}

export async function refetchProducerOrder(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer_order", fields: ADMIN_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer order ${id} was not found`)
  return (await adminProducerOrders(container, data))[0]
}

export { ADMIN_FIELDS }
