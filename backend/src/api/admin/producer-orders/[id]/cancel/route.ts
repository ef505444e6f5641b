import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/checkout/workflows/cancel-producer-order"
import { refetchProducerOrder } from "../../helpers"
import type { AdminCancelProducerOrder } from "../../validators"

/** Cancels one producer's part before it ships: stock released, what was paid for it refunded. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelProducerOrder>, res: MedusaResponse) => {
  const body = req.validatedBody as AdminCancelProducerOrder
  const { result } = await cancelProducerOrderWorkflow(req.scope).run({
    input: { producer_order_id: req.params.id, reason: body.reason ?? null, cancelled_by: req.auth_context?.actor_id },
  })
  res.json({ producer_order: await refetchProducerOrder(req.scope, req.params.id), refunded: result.refunded })
}
