import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findAbandonedCardHoldsStep } from "../steps/find-abandoned-card-holds"
import { releaseEachCardHoldStep, type ReleasedCardHolds } from "../steps/release-each-card-hold"

export const releaseCardHoldsWorkflowId = "release-card-holds"

export type ReleaseCardHoldsInput = {
  /** A card session last updated longer ago than this (ms) counts as abandoned (CARD_HOLD_RELEASE_AFTER). */
  older_than_ms: number
  /** At most this many sessions are checked per run. */
  limit?: number
}

export const RELEASE_CARD_HOLDS_BATCH = 100

/**
 * Releases the money held on shoppers' cards by card checkouts left without an order: finds
 * the card sessions of open carts older than `older_than_ms` (findAbandonedCardHoldsStep),
 * then, cart by cart under the cart's checkout lock, cancels the PaymentIntents Stripe holds
 * (`requires_capture`) and removes their sessions (releaseCardHoldWorkflow). Run every 15
 * minutes by the job jobs/release-card-holds.ts.
 */
export const releaseCardHoldsWorkflow = createWorkflow(releaseCardHoldsWorkflowId, (input: ReleaseCardHoldsInput) => {
  const found = findAbandonedCardHoldsStep(transform({ input }, ({ input }) => ({ older_than_ms: input.older_than_ms, limit: input.limit ?? RELEASE_CARD_HOLDS_BATCH })))
  const outcome = releaseEachCardHoldStep(found)
  return new WorkflowResponse<ReleasedCardHolds>(outcome)
})
