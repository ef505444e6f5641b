import { ContainerRegistrationKeys, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARD_PROVIDER_ID } from "./check-card-hold"

export const findAbandonedCardHoldsStepId = "find-abandoned-card-holds"

/** Stripe cancels an uncaptured PaymentIntent itself after 7 days: older sessions hold nothing. */
export const STRIPE_HOLD_LIFETIME_MS = 7 * 24 * 3_600_000

export type AbandonedCardHold = { cart_id: string; payment_session_id: string; updated_at: string }
export type FindAbandonedCardHoldsInput = { older_than_ms: number; limit: number }
export type FindAbandonedCardHoldsOutput = { updated_before: string; candidates: AbandonedCardHold[] }

/**
 * The card payment sessions that may still hold money on a shopper's card: Stripe sessions
 * never authorized in Medusa, last updated more than `older_than_ms` ago (and less than
 * Stripe's 7 days), of carts still open (not completed, no order linked). The most recently
 * abandoned come first, at most `limit`. Whether Stripe holds money for them is asked later,
 * under the cart's lock. Reads only.
 */
export const findAbandonedCardHoldsStep = createStep(findAbandonedCardHoldsStepId, async (input: FindAbandonedCardHoldsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const updatedBefore = new Date(now - input.older_than_ms)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "updated_at", "payment_collection.id", "payment_collection.cart.id", "payment_collection.cart.completed_at"],
    filters: {
      provider_id: CARD_PROVIDER_ID,
      status: PaymentSessionStatus.PENDING,
      authorized_at: null,
      updated_at: { $lt: updatedBefore, $gte: new Date(now - STRIPE_HOLD_LIFETIME_MS) },
    } as any,
    pagination: { take: input.limit, order: { updated_at: "DESC" } },
  })
  const open = (sessions as any[])
    .map((s) => ({ session: s, cart: s.payment_collection?.cart }))
    .filter(({ cart }) => cart?.id && !cart.completed_at)
  const cartIds = open.map(({ cart }) => cart.id as string)
  const { data: ordered } = cartIds.length ? await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { cart_id: cartIds } }) : { data: [] }
  const withOrder = new Set((ordered as { cart_id: string }[]).map((l) => l.cart_id))
  const candidates = open
    .filter(({ cart }) => !withOrder.has(cart.id))
    .map(({ session, cart }) => ({ cart_id: cart.id as string, payment_session_id: session.id as string, updated_at: new Date(session.updated_at).toISOString() }))
  return new StepResponse<FindAbandonedCardHoldsOutput>({ updated_before: updatedBefore.toISOString(), candidates })
})
