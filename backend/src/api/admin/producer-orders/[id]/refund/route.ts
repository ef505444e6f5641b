import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundProducerOrderWorkflow } from "../../../../../workflows/checkout/workflows/refund-producer-order"
import { refetchProducerOrder } from "../../helpers"
import type { AdminRefundProducerOrder } from "../../validators"

/** Refunds (part of) what was paid for one producer's part, never more. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundProducerOrder>, res: MedusaResponse) => {
  const body = req.validatedBody as AdminRefundProducerOrder
  const { result } = await refundProducerOrderWorkflow(req.scope).run({
    input: { producer_order_id: req.params.id, amount: body.amount ?? null, note: body.note ?? null, refunded_by: req.auth_context?.actor_id },
  })
  res.json({ producer_order: await refetchProducerOrder(req.scope, req.params.id), refunded: result.refunded })
}
