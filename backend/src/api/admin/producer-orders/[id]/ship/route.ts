import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markProducerOrderShippedWorkflow } from "../../../../../workflows/checkout/workflows/mark-producer-order-shipped"
import { refetchProducerOrder } from "../../helpers"
import type { AdminShipProducerOrder } from "../../validators"

/** The producer handed the parcel to a courier. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminShipProducerOrder>, res: MedusaResponse) => {
  const body = req.validatedBody as AdminShipProducerOrder
  await markProducerOrderShippedWorkflow(req.scope).run({
    input: { producer_order_id: req.params.id, tracking: body.tracking ?? null, shipped_by: req.auth_context?.actor_id },
  })
  res.json({ producer_order: await refetchProducerOrder(req.scope, req.params.id) })
}
