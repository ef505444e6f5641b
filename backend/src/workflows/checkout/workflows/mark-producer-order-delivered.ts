import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, markOrderFulfillmentAsDeliveredWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { producerOrdersLockKey } from "../lib/locks"
import { PRODUCER_ORDER_EVENTS } from "../../../modules/marketplace/lib/status"
import { captureProducerOrderStep } from "../steps/capture-producer-order"
import { findProducerOrderStep } from "../steps/find-producer-order"
import { prepareProducerOrderActionStep } from "../steps/prepare-producer-order-action"
import { updateProducerOrderStep } from "../steps/update-producer-order"

export const markProducerOrderDeliveredWorkflowId = "mark-producer-order-delivered"

export type MarkProducerOrderDeliveredInput = { producer_order_id: string; delivered_by?: string | null }

/**
 * The parcel reached the shopper: marks Medusa's fulfillment delivered and the producer
 * order delivered, then, for cash on delivery, captures exactly this producer order's
 * amount from the order's payment (the cash the courier collected). The capture comes
 * last and is final; everything before it undoes itself.
 */
export const markProducerOrderDeliveredWorkflow = createWorkflow(markProducerOrderDeliveredWorkflowId, (input: MarkProducerOrderDeliveredInput) => {
  const found = findProducerOrderStep(input)
  const lockKey = transform({ found }, ({ found }) => producerOrdersLockKey(found.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const prepared = prepareProducerOrderActionStep(transform({ input }, ({ input }) => ({ producer_order_id: input.producer_order_id, action: "deliver" as const })))
  when("mark-medusa-fulfillment-delivered", { prepared }, ({ prepared }) => !!prepared.fulfillment_id).then(() => {
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ orderId: prepared.order_id, fulfillmentId: prepared.fulfillment_id! })),
    })
  })
  updateProducerOrderStep(transform({ prepared }, ({ prepared }) => ({ id: prepared.id, status: "delivered" as const, delivered_at: new Date() })))
  captureProducerOrderStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      producer_order_id: prepared.id,
      payment_id: prepared.payment_id,
      amount: prepared.capture_amount,
      captured_by: input.delivered_by ?? null,
    }))
  )
  emitEventStep({ eventName: PRODUCER_ORDER_EVENTS.delivered, data: transform({ prepared }, ({ prepared }) => ({ id: prepared.id, order_id: prepared.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.id })))
})
