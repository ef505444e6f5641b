import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { providerError } from "../lib/provider-error"
import { cardPaymentProvider } from "./check-card-hold"

export const cancelCardHoldStepId = "cancel-card-hold"

/**
 * Cancels a confirmed but never captured PaymentIntent at Stripe through our provider, which
 * releases the hold on the shopper's card (an intent already cancelled counts as done). It has
 * no compensation: a cancelled PaymentIntent cannot be un-cancelled and the hold is gone; a
 * shopper who comes back confirms a card again, on a new session.
 */
export const cancelCardHoldStep = createStep(cancelCardHoldStepId, async (input: { payment_session_id: string; intent_id: string }, { container }) => {
  try {
    const { data } = await cardPaymentProvider(container).cancelPayment({
      data: { id: input.intent_id },
      context: { idempotency_key: `release-card-hold:${input.payment_session_id}` },
    })
    return new StepResponse({ intent_id: input.intent_id, status: (data as { status?: string } | undefined)?.status ?? null })
  } catch (error) {
    throw providerError(error, `Stripe did not cancel the PaymentIntent ${input.intent_id}; the hold stays until Stripe drops it`)
  }
})
