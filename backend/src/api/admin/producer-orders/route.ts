import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerProducerOrder from "../../../links/producer-producer-order"
import { adminProducerOrders, ADMIN_FIELDS } from "./helpers"
import type { AdminProducerOrdersParams } from "./validators"

/** Producer orders, newest first, by status, producer, order or number. */
export const GET = async (req: MedusaRequest<unknown, AdminProducerOrdersParams>, res: MedusaResponse) => {
  const { status, producer_id, order_id, q, limit, offset } = req.validatedQuery as AdminProducerOrdersParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (order_id) filters.order_id = order_id
  if (q) {
    const number = /^#?(\d+)(?:-(\d+))?$/.exec(q)
    filters.display_number = number ? (number[2] ? `#${number[1]}-${number[2]}` : { $like: `#${number[1]}-%` }) : q
  }
  if (producer_id) {
    const { data: links } = await query.graph({ entity: ProducerProducerOrder.entryPoint, fields: ["producer_order_id"], filters: { producer_id } })
    filters.id = (links as { producer_order_id: string }[]).map((l) => l.producer_order_id)
  }
  const { data, metadata } = await query.graph({
    entity: "producer_order",
    fields: ADMIN_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", sequence: "ASC" } },
  })
  res.json({ producer_orders: await adminProducerOrders(req.scope, data), count: metadata?.count ?? data.length, limit, offset })
}
