import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseCardHoldWorkflow } from "../workflows/release-card-hold"
import type { CardHold } from "./check-card-hold"
import type { FindAbandonedCardHoldsOutput } from "./find-abandoned-card-holds"

export const releaseEachCardHoldStepId = "release-each-card-hold"

export type ReleasedCardHolds = {
  /** Holds cancelled at Stripe, their sessions removed. */
  released: CardHold[]
  /** Sessions checked and left as they were (no money held, the cart completed meanwhile, …). */
  left: CardHold[]
  /** Carts not checked this run: a checkout of the cart was running (its lock taken), or Stripe failed. */
  failed: { cart_id: string; payment_session_id: string; error: string }[]
}

/**
 * Runs releaseCardHoldWorkflow for each abandoned card session found, one cart after the
 * other, each under its own cart lock (a long batch never keeps a cart locked). One cart's
 * failure does not stop the others; it is tried again on the next run. No compensation:
 * each cart's run is its own transaction, and a released hold cannot be held again.
 */
export const releaseEachCardHoldStep = createStep(releaseEachCardHoldStepId, async (input: FindAbandonedCardHoldsOutput, { container }) => {
  const outcome: ReleasedCardHolds = { released: [], left: [], failed: [] }
  for (const candidate of input.candidates) {
    try {
      const { result } = await releaseCardHoldWorkflow(container).run({
        input: { cart_id: candidate.cart_id, payment_session_id: candidate.payment_session_id, updated_before: input.updated_before },
      })
      ;(result.release ? outcome.released : outcome.left).push(result)
    } catch (error) {
      outcome.failed.push({ cart_id: candidate.cart_id, payment_session_id: candidate.payment_session_id, error: (error as Error)?.message ?? String(error) })
    }
  }
  return new StepResponse(outcome)
})
