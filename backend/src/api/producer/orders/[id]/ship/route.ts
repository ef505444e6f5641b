import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnProducerOrder } from "../../../../../lib/producer-portal/orders"
import { markProducerOrderShippedWorkflow } from "../../../../../workflows/checkout/workflows/mark-producer-order-shipped"
import { producerScope } from "../../../scope"
import type { ProducerShipOrder } from "../../validators"

/** The producer handed its parcel to a courier (the operator's workflow, for its own order only). */
export const POST = async (req: MedusaRequest<ProducerShipOrder>, res: MedusaResponse) => {
  const scope = producerScope(req)
  await loadOwnProducerOrder(req.scope, scope.producer_id, req.params.id)
  const body = req.validatedBody as ProducerShipOrder
  await markProducerOrderShippedWorkflow(req.scope).run({
    input: { producer_order_id: req.params.id, tracking: body.tracking ?? null, shipped_by: scope.member_id },
  })
  res.json({ producer_order: await loadOwnProducerOrder(req.scope, scope.producer_id, req.params.id) })
}
