/** The provider's identifier and the id medusa-config registers it with: `pp_vietqr_vietqr`. */
export const VIETQR_IDENTIFIER = "vietqr"
export const VIETQR_PROVIDER_ID = `pp_${VIETQR_IDENTIFIER}_${VIETQR_IDENTIFIER}`

/**
 * The key of the authorization context that carries an operator's confirmation of receipt.
 * Only the confirm-vietqr-transfer workflow sets it; shoppers cannot (cart completion
 * authorizes with an empty context), so a session never authorizes on what a shopper sent.
 */
export const VIETQR_RECEIPT_CONTEXT_KEY = "vietqr_receipt"

export type VietQrReceipt = {
  amount_received: number
  received_at: string
  confirmed_by?: string | null
  bank_transaction_id?: string | null
}

/** What the storefront needs to draw the QR and print the transfer details beside it. */
export type VietQrSessionData = {
  session_id?: string
  reference: string
  amount: number
  currency_code: "vnd"
  bank_bin: string
  account_no: string
  account_name: string
  /** The EMVCo/NAPAS string to encode in the QR code. */
  qr_payload: string
  received_amount: number | null
  received_at: string | null
  confirmed_by: string | null
  bank_transaction_id: string | null
  captured_at?: string | null
  canceled_at?: string | null
  refunds?: { amount: number; at: string }[]
}
