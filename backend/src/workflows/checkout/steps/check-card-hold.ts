import type { IPaymentProvider, IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const checkCardHoldStepId = "check-card-hold"

/** Our Stripe provider (backend/src/modules/stripe-payment), as the payment module registers it. */
export const CARD_PROVIDER_ID = "pp_stripe_stripe"

/**
 * The payment module's instance of our Stripe provider. The module has no public call that
 * reads an intent's status without authorizing, so its provider registry is asked directly
 * (the same lookup the module makes for every provider call).
 */
export function cardPaymentProvider(container: MedusaContainer): IPaymentProvider {
  const payments = container.resolve(Modules.PAYMENT) as unknown as { paymentProviderService_?: { retrieveProvider(id: string): IPaymentProvider } }
  const registry = payments.paymentProviderService_
  if (!registry) throw new Error("The payment module does not expose its providers: card holds cannot be checked")
  return registry.retrieveProvider(CARD_PROVIDER_ID)
}

export type CheckCardHoldInput = { cart_id: string; payment_session_id: string; updated_before: string }
export type CardHold = {
  cart_id: string
  payment_session_id: string
  /** True when Stripe holds the money (`requires_capture`) of a cart still open: release it. */
  release: boolean
  /** Why it is released or left alone, in words for the log. */
  reason: string
  intent_id: string | null
  intent_status: string | null
  amount: number | null
  currency_code: string | null
}

/**
 * Checks again, under the cart's lock, that a card session is one to release: the cart is
 * still open (not completed, no order linked), the session is still its card session, never
 * authorized in Medusa and not updated since the job found it; then asks Stripe, through our
 * provider, for its PaymentIntent's status. Only `requires_capture` (the card confirmed in the
 * browser, the money held) is released. Reads only.
 */
export const checkCardHoldStep = createStep(checkCardHoldStepId, async (input: CheckCardHoldInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
  const base = { cart_id: input.cart_id, payment_session_id: input.payment_session_id, intent_id: null, intent_status: null, amount: null, currency_code: null }
  const leave = (reason: string, more: Partial<CardHold> = {}) => new StepResponse<CardHold>({ ...base, ...more, release: false, reason })

  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "completed_at", "payment_collection.id"], filters: { id: input.cart_id } })
  const cart = carts[0] as any
  if (!cart) return leave("the cart no longer exists")
  if (cart.completed_at) return leave("the cart was completed")
  const { data: ordered } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.cart_id } })
  if (ordered.length) return leave("the cart became an order")

  const [session] = await payments.listPaymentSessions(
    { id: input.payment_session_id },
    { select: ["id", "provider_id", "status", "authorized_at", "updated_at", "data", "amount", "currency_code", "payment_collection_id"] }
  )
  if (!session || session.provider_id !== CARD_PROVIDER_ID || (session as any).payment_collection_id !== cart.payment_collection?.id) {
    return leave("the card session is no longer the cart's")
  }
  if (session.status !== PaymentSessionStatus.PENDING || session.authorized_at) return leave(`the session is ${session.status}`)
  if (new Date((session as any).updated_at).getTime() >= new Date(input.updated_before).getTime()) return leave("the session was updated since")

  const { data: intent } = await cardPaymentProvider(container).getPaymentStatus({ data: session.data })
  const found = {
    intent_id: typeof intent?.id === "string" ? intent.id : null,
    intent_status: typeof intent?.status === "string" ? intent.status : null,
    amount: Number(session.amount),
    currency_code: session.currency_code,
  }
  if (found.intent_status !== "requires_capture") return leave(`Stripe holds no money (${found.intent_status ?? "no intent"})`, found)
  return new StepResponse<CardHold>({ ...base, ...found, release: true, reason: "confirmed card left without an order" })
})
