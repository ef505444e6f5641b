/**
 * Bank transfer by VietQR. Initiating a session builds the NAPAS QR payload
 * for the exact amount and a reference; the storefront draws it. Authorizing
 * (placing the order) leaves the payment `pending_authorization` until the
 * operator sees the money on the account and confirms it
 * (`POST /admin/vietqr/confirm`), which authorizes and captures.
 */
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { VIETQR_IDENTIFIER, VIETQR_RECEIPT_CONTEXT_KEY, type VietQrReceipt, type VietQrSessionData } from "./constants"
import { buildVietQrPayload, validateVietQrInput, VietQrInputError } from "./emvco"
import { now, recordRefund } from "../../lib/payments/refunds"

export type VietQrOptions = {
  /** The receiving bank's 6-digit NAPAS BIN. */
  bankBin: string
  /** The receiving account number. */
  accountNo: string
  /** The account holder's name as the bank shows it (shown to the payer beside the QR). */
  accountName: string
}

/** "OCOP" + the last 8 characters of the session's ULID: short, unique enough, survives every bank's memo field. */
export function paymentReference(sessionId: string | undefined): string {
  const tail = (sessionId ?? "").replace(/[^A-Za-z0-9]/g, "").slice(-8).toUpperCase()
  return `OCOP${tail.padStart(8, "0")}`
}

/** A Medusa amount (number, string or BigNumber) as whole đồng; anything else is refused. */
function wholeDong(amount: unknown): number {
  const value = Number(new BigNumber(amount as any).numeric)
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A VietQR transfer needs a positive whole number of đồng, got ${value}`)
  }
  return value
}

class VietQrPaymentProviderService extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = VIETQR_IDENTIFIER

  static validateOptions(options: Record<string, unknown>): void {
    const { bankBin, accountNo, accountName } = options as Partial<VietQrOptions>
    if (!bankBin || !accountNo || !accountName) throw new Error("The VietQR provider needs bankBin, accountNo and accountName")
    try {
      validateVietQrInput({ bankBin, accountNo, amount: 1, reference: "CHECK" })
    } catch (error) {
      throw new Error(`VietQR provider options: ${(error as Error).message}`)
    }
  }

  protected readonly options_: VietQrOptions

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options_ = options
  }

  /** Session data for `amount`, with every receipt field reset (whatever a caller put in `data`). */
  private sessionData(sessionId: string | undefined, amount: number, reference?: string): VietQrSessionData {
    const { bankBin, accountNo, accountName } = this.options_
    const ref = reference ?? paymentReference(sessionId)
    let qr: string
    try {
      qr = buildVietQrPayload({ bankBin, accountNo, amount, reference: ref })
    } catch (error) {
      if (error instanceof VietQrInputError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      throw error
    }
    return {
      session_id: sessionId,
      reference: ref,
      amount,
      currency_code: "vnd",
      bank_bin: bankBin,
      account_no: accountNo,
      account_name: accountName,
      qr_payload: qr,
      received_amount: null,
      received_at: null,
      confirmed_by: null,
      bank_transaction_id: null,
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code?.toLowerCase() !== "vnd") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `VietQR transfers are in VND only, not ${input.currency_code}`)
    }
    const data = this.sessionData(input.data?.session_id as string | undefined, wholeDong(input.amount))
    return { id: data.reference, status: PaymentSessionStatus.PENDING, data }
  }

  /** A changed cart total gets a new QR for the new amount, same reference. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = input.data as Partial<VietQrSessionData> | undefined
    if (current?.received_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This transfer was already received; its amount cannot change")
    const data = this.sessionData(current?.session_id, wholeDong(input.amount), current?.reference)
    return { status: PaymentSessionStatus.PENDING, data }
  }

  /**
   * Placing the order: `pending_authorization` (the order is created, waiting for the money).
   * With an operator's receipt in the context: authorized, the receipt recorded.
   */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data as unknown as VietQrSessionData
    const receipt = (input.context as Record<string, unknown> | undefined)?.[VIETQR_RECEIPT_CONTEXT_KEY] as VietQrReceipt | undefined
    if (!receipt) return { status: PaymentSessionStatus.PENDING_AUTHORIZATION, data: input.data }
    if (receipt.amount_received !== data.amount) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Received ${receipt.amount_received} ₫ but ${data.amount} ₫ is due for ${data.reference}`)
    }
    return {
      status: PaymentSessionStatus.AUTHORIZED,
      data: {
        ...data,
        received_amount: receipt.amount_received,
        received_at: receipt.received_at,
        confirmed_by: receipt.confirmed_by ?? null,
        bank_transaction_id: receipt.bank_transaction_id ?? null,
      },
    }
  }

  /** Capture books money that is already on the account: only after a confirmed receipt. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = input.data as unknown as VietQrSessionData
    if (!data?.received_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No transfer has been confirmed for ${data?.reference ?? "this payment"}`)
    }
    return { data: { ...data, captured_at: data.captured_at ?? now() } }
  }

  /** The operator sends the money back by bank transfer; this records it. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as unknown as VietQrSessionData
    if (!data?.captured_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing was received on this VietQR payment, so nothing can be refunded")
    const refunds = recordRefund(data.received_amount ?? 0, data.refunds, wholeDong(input.amount))
    return { data: { ...data, refunds } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: now() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<VietQrSessionData>
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data: input.data }
    if (data.captured_at) return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    if (data.received_at) return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  /** No bank webhook is wired (a bank-statement feed could report transfers here later). */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrPaymentProviderService
