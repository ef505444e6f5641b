import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { confirmVietqrTransferWorkflow } from "../../../../workflows/vietqr/workflows/confirm-vietqr-transfer"
import type { AdminConfirmVietqrTransfer } from "../validators"

/** The operator confirms a VietQR transfer reached the account: authorizes and captures its payment. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminConfirmVietqrTransfer>, res: MedusaResponse) => {
  const body = req.validatedBody as AdminConfirmVietqrTransfer
  const { result } = await confirmVietqrTransferWorkflow(req.scope).run({
    input: { ...body, confirmed_by: req.auth_context?.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "currency_code", "provider_id", "captured_at", "data", "payment_collection_id", "payment_session.id", "payment_session.status", "captures.id", "captures.amount"],
    filters: { id: (result as { id: string }).id },
  })
  res.json({ payment: data[0] })
}
