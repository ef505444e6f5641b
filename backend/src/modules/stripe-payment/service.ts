/**
 * Medusa's own Stripe provider (`@medusajs/payment-stripe`), with two additions:
 *
 * - `apiBase`: the Stripe SDK client can point at another API origin (the
 *   stripe-node `host`/`port`/`protocol` options), e.g. the local fake in
 *   tests/stripe-fake. Without it the client is exactly Medusa's.
 * - a declined card that a shopper tries to pay with anyway answers with
 *   Stripe's own message ("Your card was declined.") and a code, instead of
 *   "Payment authorization failed".
 * - Stripe's `payment_intent.amount_capturable_updated` webhook (the card was
 *   confirmed in the browser) is acknowledged but not acted on: the checkout
 *   route authorizes, places and captures card payments itself, and Medusa's
 *   handling of that event would authorize the same session beside it (see
 *   docs/decisions/0003-card-webhooks.md). `payment_intent.succeeded` keeps
 *   Medusa's handling, which records nothing twice.
 *
 * Amounts: the base class converts with `getSmallestUnit`, which lists VND as
 * zero-decimal, so 125000 VND reaches Stripe as `amount=125000`.
 */
import { createRequire } from "node:module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import type { AuthorizePaymentInput, AuthorizePaymentOutput, ProviderWebhookPayload, WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

export type OcopStripeOptions = StripeOptions & {
  /** Origin of the Stripe API, e.g. `http://127.0.0.1:12111`; Stripe's own when absent. */
  apiBase?: string
}

/** The stripe-node copy that `@medusajs/payment-stripe` itself depends on (not whichever `stripe` is hoisted). */
const StripeSdk: new (key: string, config?: Record<string, unknown>) => any = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/** stripe-node client options for an API origin: `host`, `port`, `protocol` (the SDK takes no path prefix). */
export function stripeClientConfig(apiBase: string): { host: string; port: number; protocol: "http" | "https" } {
  let url: URL
  try {
    url = new URL(apiBase)
  } catch {
    throw new Error(`Stripe apiBase "${apiBase}" is not a URL`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Stripe apiBase "${apiBase}" must start with http:// or https://`)
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.username) {
    throw new Error(`Stripe apiBase "${apiBase}" must be an origin only (scheme, host and port)`)
  }
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443, protocol }
}

type PaymentError = { message?: string; code?: string; decline_code?: string }

class OcopStripeProviderService extends StripeProviderService {
  static identifier = StripeProviderService.identifier

  static validateOptions(options: OcopStripeOptions): void {
    StripeProviderService.validateOptions(options)
    if (options.apiBase) stripeClientConfig(options.apiBase)
  }

  constructor(cradle: Record<string, unknown>, options: OcopStripeOptions) {
    super(cradle, options)
    if (options.apiBase) this.stripe_ = new StripeSdk(options.apiKey, stripeClientConfig(options.apiBase))
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const result = await super.authorizePayment(input)
    const error = result.status === PaymentSessionStatus.ERROR ? ((result.data as { last_payment_error?: PaymentError })?.last_payment_error ?? null) : null
    if (error) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        `${error.message ?? "Your card was declined."} No money was taken; try another card or another payment method.`,
        error.decline_code ?? error.code ?? "card_declined"
      )
    }
    return result
  }

  /**
   * Reads a webhook (checking its signature: a forged or altered one throws). An
   * `authorized` event is answered `not_supported`, so Medusa ignores it: only the
   * checkout route authorizes a card payment, under its own checks, and a confirmed
   * intent it never completes is released by Stripe uncaptured.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const result = await super.getWebhookActionAndData(payload)
    if (result.action === PaymentActions.AUTHORIZED) return { action: PaymentActions.NOT_SUPPORTED }
    return result
  }
}

export default OcopStripeProviderService
