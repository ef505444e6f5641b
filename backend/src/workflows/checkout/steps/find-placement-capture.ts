import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderPayment } from "../lib/order-view"

export const findPlacementCaptureStepId = "find-placement-capture"

/** Card payments are taken when the order is placed (a Stripe PaymentIntent is captured once, so never per parcel). */
export const CAPTURE_AT_PLACEMENT = ["pp_stripe_stripe"]

/** The order's payment to capture now, if it is a card payment authorized and not captured yet; reads only. */
export const findPlacementCaptureStep = createStep(findPlacementCaptureStepId, async (input: { order_id: string }, { container }) => {
  const { payment } = await loadOrderPayment(container, input.order_id)
  const due = payment && CAPTURE_AT_PLACEMENT.includes(payment.provider_id) && !payment.captured_at && !payment.canceled_at
  return new StepResponse(due ? { payment_id: payment!.id } : null)
})
