import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markProducerOrderDeliveredWorkflow } from "../../../../../workflows/checkout/workflows/mark-producer-order-delivered"
import { refetchProducerOrder } from "../../helpers"

/** The parcel reached the shopper; cash on delivery is captured for this part. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await markProducerOrderDeliveredWorkflow(req.scope).run({ input: { producer_order_id: req.params.id, delivered_by: req.auth_context?.actor_id } })
  res.json({ producer_order: await refetchProducerOrder(req.scope, req.params.id) })
}
