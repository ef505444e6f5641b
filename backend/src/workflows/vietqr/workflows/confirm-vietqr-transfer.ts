import { authorizePaymentSessionStep, capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { VIETQR_RECEIPT_CONTEXT_KEY, type VietQrReceipt } from "../../../modules/vietqr-payment/constants"
import { findVietqrTransferStep } from "../steps/find-vietqr-transfer"

export const confirmVietqrTransferWorkflowId = "confirm-vietqr-transfer"

export type ConfirmVietqrTransferInput = {
  payment_session_id?: string
  reference?: string
  amount_received: number
  bank_transaction_id?: string
  confirmed_by?: string
}

/**
 * The operator saw the transfer on the bank account: checks the amount, authorizes the
 * session with the receipt (creating the payment) and captures it, which adds the capture
 * to the order's transactions when the order exists. A wrong amount captures nothing.
 */
export const confirmVietqrTransferWorkflow = createWorkflow(confirmVietqrTransferWorkflowId, (input: ConfirmVietqrTransferInput) => {
  const transfer = findVietqrTransferStep(input)
  const context = transform({ input }, ({ input }) => {
    const receipt: VietQrReceipt = {
      amount_received: input.amount_received,
      received_at: new Date().toISOString(),
      confirmed_by: input.confirmed_by ?? null,
      bank_transaction_id: input.bank_transaction_id ?? null,
    }
    return { [VIETQR_RECEIPT_CONTEXT_KEY]: receipt }
  })
  const payment = authorizePaymentSessionStep({ id: transfer.payment_session_id, context: context as any })
  const captureInput = transform({ payment, transfer, input }, ({ payment, transfer, input }) => ({
    payment_id: payment!.id,
    amount: transfer.amount,
    captured_by: input.confirmed_by,
  }))
  const captured = capturePaymentWorkflow.runAsStep({ input: captureInput })
  return new WorkflowResponse(captured)
})
