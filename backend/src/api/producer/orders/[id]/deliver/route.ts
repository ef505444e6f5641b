import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnProducerOrder } from "../../../../../lib/producer-portal/orders"
import { markProducerOrderDeliveredWorkflow } from "../../../../../workflows/checkout/workflows/mark-producer-order-delivered"
import { producerScope } from "../../../scope"

/** The parcel reached the shopper; cash on delivery is captured for this part. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const scope = producerScope(req)
  await loadOwnProducerOrder(req.scope, scope.producer_id, req.params.id)
  await markProducerOrderDeliveredWorkflow(req.scope).run({ input: { producer_order_id: req.params.id, delivered_by: scope.member_id } })
  res.json({ producer_order: await loadOwnProducerOrder(req.scope, scope.producer_id, req.params.id) })
}
