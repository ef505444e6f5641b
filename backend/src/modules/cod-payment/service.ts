/**
 * Cash on delivery: no money moves at checkout. Authorizing records the
 * promise to pay; capturing records that the courier collected the cash (the
 * producer marks the order delivered); a refund is possible only after that.
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
import { now, recordRefund } from "../../lib/payments/refunds"

export const COD_PAYMENT_METHOD = "cash_on_delivery"

type CodData = {
  method: typeof COD_PAYMENT_METHOD
  session_id?: string
  /** The amount to collect, in the currency's main unit (đồng). */
  amount: number
  refunds?: { amount: number; at: string }[]
  authorized_at?: string
  collected_at?: string
  canceled_at?: string
}

/** A Medusa amount (number, string, BigNumber) as a plain number. */
const toNumber = (amount: unknown) => Number(new BigNumber(amount as any).numeric)

class CodPaymentProviderService extends AbstractPaymentProvider {
  static identifier = "cod"

  constructor(cradle: Record<string, unknown>, options?: Record<string, unknown>) {
    super(cradle, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = input.data?.session_id as string | undefined
    const data: CodData = { method: COD_PAYMENT_METHOD, session_id: sessionId, amount: toNumber(input.amount) }
    return { id: `cod_${sessionId ?? Date.now()}`, status: PaymentSessionStatus.PENDING, data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { status: PaymentSessionStatus.PENDING, data: { ...input.data, amount: toNumber(input.amount) } }
  }

  /** Placing the order is the promise to pay: authorized at once, nothing collected yet. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = { ...(input.data as CodData), authorized_at: (input.data?.authorized_at as string | undefined) ?? now() }
    return { status: PaymentSessionStatus.AUTHORIZED, data }
  }

  /** The cash was collected on delivery. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, collected_at: (input.data?.collected_at as string | undefined) ?? now() } }
  }

  /** Only collected cash can be refunded, and never more than was to be collected in total. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data as unknown as CodData & { collected_at?: string }
    if (!data?.collected_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This cash-on-delivery payment has not been collected yet, so there is nothing to refund; cancel the order instead."
      )
    }
    const refunds = recordRefund(data.amount, data.refunds, toNumber(input.amount))
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
    const data = input.data ?? {}
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data }
    if (data.collected_at) return { status: PaymentSessionStatus.CAPTURED, data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data }
    return { status: PaymentSessionStatus.PENDING, data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CodPaymentProviderService
