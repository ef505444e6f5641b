import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID, type VietQrSessionData } from "../../../../modules/vietqr-payment/constants"
import type { AdminVietqrPendingParams } from "../validators"

/** Placed orders still waiting for their VietQR transfer, oldest first: what the operator matches the bank statement against. */
export const GET = async (req: MedusaRequest<unknown, AdminVietqrPendingParams>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminVietqrPendingParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "payment_session",
    fields: ["id", "amount", "currency_code", "data", "created_at", "payment_collection_id"],
    filters: { provider_id: VIETQR_PROVIDER_ID, status: PaymentSessionStatus.PENDING_AUTHORIZATION },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  const transfers = data.map((s: any) => ({
    payment_session_id: s.id,
    payment_collection_id: s.payment_collection_id,
    reference: (s.data as VietQrSessionData).reference,
    amount: Number(s.amount),
    currency_code: s.currency_code,
    created_at: s.created_at,
  }))
  res.json({ transfers, count: metadata?.count ?? transfers.length, limit, offset })
}
