import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, completeCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { InvoiceInput } from "../../../modules/marketplace/lib/address"
import { cancelInterruptedOrdersStep } from "../steps/cancel-interrupted-orders"
import { checkoutLockKeysStep } from "../steps/checkout-lock-keys"
import { findPlacementCaptureStep } from "../steps/find-placement-capture"
import { recordCheckoutDetailsStep } from "../steps/record-checkout-details"
import { restoreOrderReservationsStep } from "../steps/restore-order-reservations"
import { validateCheckoutStep } from "../steps/validate-checkout"
import { splitOrderByProducerWorkflow } from "./split-order-by-producer"

export const completeCheckoutWorkflowId = "complete-checkout"

export type CompleteCheckoutInput = { cart_id: string; invoice?: InvoiceInput | null }
export type CompleteCheckoutOutput = { order_id: string; producer_order_ids: string[] }

/**
 * Places a shopper's order: checks the cart (validateCheckoutStep), cancels an order
 * of this cart that a crash left unlinked (cancelInterruptedOrdersStep), records the
 * e-invoice details and delivery parcels on it, completes it with Medusa's
 * completeCartWorkflow (one order, inventory reserved under Medusa's lock, payment
 * authorized once), reserves any stock a crash inside that completion left
 * unreserved (restoreOrderReservationsStep), splits the order into producer orders, and captures a card
 * payment. A failure anywhere undoes it all: no order, reservations released,
 * the payment cancelled or refunded. Retrying a cart that became an order returns
 * that order and charges nothing more (Medusa's completion is idempotent per cart,
 * the split and the capture are too).
 */
export const completeCheckoutWorkflow = createWorkflow(completeCheckoutWorkflowId, (input: CompleteCheckoutInput) => {
  // One completion of a cart at a time, and of the carts sharing a variant (checkoutLockKeysStep).
  // Medusa's completeCartWorkflow takes the cart's lock only when it runs on its own: as a step of
  // this workflow it skips it, so the locks are taken here (released by the step's compensation when
  // anything fails); a second request waits, then finds the order.
  const lock = checkoutLockKeysStep({ cart_id: input.cart_id })
  acquireLockStep(lock)
  const plan = validateCheckoutStep(input)
  cancelInterruptedOrdersStep(plan)
  recordCheckoutDetailsStep(plan)
  const completed = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
  // A crash inside Medusa's completion can leave the order linked but its stock unreserved.
  restoreOrderReservationsStep({ order_id: completed.id })
  const split = splitOrderByProducerWorkflow.runAsStep({ input: { order_id: completed.id } })
  const capture = findPlacementCaptureStep({ order_id: completed.id })
  when("capture-card-at-placement", { capture }, ({ capture }) => !!capture?.payment_id).then(() => {
    capturePaymentWorkflow.runAsStep({ input: transform({ capture }, ({ capture }) => ({ payment_id: capture!.payment_id })) })
  })
  releaseLockStep(transform({ lock }, ({ lock }) => ({ key: lock.key, ownerId: lock.ownerId })))
  const result = transform({ completed, split }, ({ completed, split }) => ({ order_id: completed.id, producer_order_ids: split.producer_order_ids }))
  return new WorkflowResponse<CompleteCheckoutOutput>(result)
})
