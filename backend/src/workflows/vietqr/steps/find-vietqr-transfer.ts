import { ContainerRegistrationKeys, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VIETQR_PROVIDER_ID, type VietQrSessionData } from "../../../modules/vietqr-payment/constants"

export const findVietqrTransferStepId = "find-vietqr-transfer"

export type FindVietqrTransferInput = { payment_session_id?: string; reference?: string; amount_received: number }
export type VietqrTransfer = { payment_session_id: string; payment_collection_id: string; reference: string; amount: number }

const SESSION_FIELDS = ["id", "provider_id", "status", "amount", "currency_code", "data", "payment_collection_id"]

/** Finds the VietQR session a receipt is for and checks it waits for exactly this amount; reads only. */
export const findVietqrTransferStep = createStep(findVietqrTransferStepId, async (input: FindVietqrTransferInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let session: any
  if (input.payment_session_id) {
    const { data } = await query.graph({ entity: "payment_session", fields: SESSION_FIELDS, filters: { id: input.payment_session_id } })
    session = data[0]
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment session ${input.payment_session_id} not found`)
  } else {
    const { data } = await query.graph({
      entity: "payment_session",
      fields: SESSION_FIELDS,
      filters: { provider_id: VIETQR_PROVIDER_ID, status: PaymentSessionStatus.PENDING_AUTHORIZATION },
    })
    session = data.find((s: any) => (s.data as VietQrSessionData | null)?.reference === input.reference)
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order is waiting for a VietQR transfer with reference ${input.reference}`)
  }
  const data = session.data as VietQrSessionData
  if (session.provider_id !== VIETQR_PROVIDER_ID) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment session ${session.id} is not a VietQR transfer (${session.provider_id})`)
  }
  if (session.status !== PaymentSessionStatus.PENDING_AUTHORIZATION) {
    const why = session.status === PaymentSessionStatus.AUTHORIZED ? "its transfer was already confirmed" : "its order has not been placed yet"
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Payment session ${session.id} is ${session.status}: ${why}`)
  }
  const due = Number(session.amount)
  if (input.amount_received !== due) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Received ${input.amount_received} ₫ but ${due} ₫ is due for ${data.reference}; nothing was captured. Return the transfer or ask the shopper to send the difference.`
    )
  }
  return new StepResponse<VietqrTransfer>({
    payment_session_id: session.id,
    payment_collection_id: session.payment_collection_id,
    reference: data.reference,
    amount: due,
  })
})
