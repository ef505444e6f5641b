/**
 * Refund book-keeping shared by our manual payment providers (cash on delivery, VietQR):
 * refunds are recorded in the payment's data and never exceed what was received
 * (Medusa's own check tolerates 1 ₫ too much for VND).
 */
import { MedusaError } from "@medusajs/framework/utils"

export type RecordedRefund = { amount: number; at: string }

export const now = () => new Date().toISOString()

/** The refunds after adding `amount`, refusing one past what was received. */
export function recordRefund(received: number, refunds: RecordedRefund[] | undefined, amount: number): RecordedRefund[] {
  const done = (refunds ?? []).reduce((sum, r) => sum + r.amount, 0)
  if (done + amount > received) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot refund ${amount} ₫: only ${received - done} ₫ is left to refund on this payment`)
  }
  return [...(refunds ?? []), { amount, at: now() }]
}
