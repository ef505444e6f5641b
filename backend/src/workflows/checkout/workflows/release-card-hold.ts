import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelCardHoldStep } from "../steps/cancel-card-hold"
import { checkCardHoldStep, type CardHold, type CheckCardHoldInput } from "../steps/check-card-hold"
import { checkoutLockKeysStep } from "../steps/checkout-lock-keys"
import { removePaymentSessionStep } from "../steps/remove-payment-session"

export const releaseCardHoldWorkflowId = "release-card-hold"

export type ReleaseCardHoldInput = CheckCardHoldInput

/**
 * Releases the hold of one abandoned card checkout: under the cart's checkout lock, checks
 * the cart is still open and Stripe holds the money (checkCardHoldStep), cancels the
 * PaymentIntent through our provider and removes the session from the cart's payment
 * collection, so a shopper who comes back chooses the card again.
 *
 * The lock is the cart's own key, the first of checkoutLockKeysStep's keys (the variants'
 * stock keys are left: releasing a hold reserves no stock), taken without waiting: while a
 * checkout of this cart runs, this run fails at once and the cart is tried again on the next
 * run (the shopper completing wins). A checkout arriving while this run holds the lock waits
 * for it (Medusa's cart updates wait 2 s) and then finds no card session.
 *
 * Compensation restores what can be restored: the lock and the removed session row. A
 * cancelled PaymentIntent stays cancelled (Stripe cannot un-cancel it), like a refund stays
 * sent in refundProducerOrderWorkflow.
 */
export const releaseCardHoldWorkflow = createWorkflow(releaseCardHoldWorkflowId, (input: ReleaseCardHoldInput) => {
  const checkoutLock = checkoutLockKeysStep({ cart_id: input.cart_id })
  acquireLockStep(transform({ checkoutLock }, ({ checkoutLock }) => ({ key: checkoutLock.key.slice(0, 1), ownerId: checkoutLock.ownerId, timeout: 0, ttl: 60 })))
  const hold = checkCardHoldStep(input)
  when("release-confirmed-card-hold", { hold }, ({ hold }) => hold.release).then(() => {
    cancelCardHoldStep(transform({ hold }, ({ hold }) => ({ payment_session_id: hold.payment_session_id, intent_id: hold.intent_id! })))
    removePaymentSessionStep(transform({ hold }, ({ hold }) => ({ payment_session_id: hold.payment_session_id })))
  })
  releaseLockStep(transform({ checkoutLock }, ({ checkoutLock }) => ({ key: checkoutLock.key.slice(0, 1), ownerId: checkoutLock.ownerId })))
  return new WorkflowResponse<CardHold>(hold)
})
