import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, deleteReservationsByLineItemsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { producerOrdersLockKey } from "../lib/locks"
import { PRODUCER_ORDER_EVENTS } from "../../../modules/marketplace/lib/status"
import { findProducerOrderStep } from "../steps/find-producer-order"
import { prepareProducerOrderActionStep } from "../steps/prepare-producer-order-action"
import { refundProducerOrderStep } from "../steps/refund-producer-order"
import { updateProducerOrderStep } from "../steps/update-producer-order"

export const cancelProducerOrderWorkflowId = "cancel-producer-order"

export type CancelProducerOrderInput = { producer_order_id: string; reason?: string | null; cancelled_by?: string | null }

/**
 * Cancels one producer's part of an order before it ships: releases the stock reserved
 * for its lines, marks it cancelled, and refunds what was paid for it (a card payment
 * or a confirmed transfer; cash on delivery was not collected). Other producers' parts
 * are untouched. The refund comes last and is final; everything before it undoes itself.
 */
export const cancelProducerOrderWorkflow = createWorkflow(cancelProducerOrderWorkflowId, (input: CancelProducerOrderInput) => {
  const found = findProducerOrderStep(input)
  const lockKey = transform({ found }, ({ found }) => producerOrdersLockKey(found.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const prepared = prepareProducerOrderActionStep(transform({ input }, ({ input }) => ({ producer_order_id: input.producer_order_id, action: "cancel" as const })))
  deleteReservationsByLineItemsStep(transform({ prepared }, ({ prepared }) => prepared.items.map((i) => i.line_item_id)))
  updateProducerOrderStep(
    transform({ prepared, input }, ({ prepared, input }) => ({ id: prepared.id, status: "cancelled" as const, cancelled_at: new Date(), cancel_reason: input.reason ?? null }))
  )
  refundProducerOrderStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      producer_order_id: prepared.id,
      payment_id: prepared.payment_id,
      amount: prepared.refund_amount,
      note: input.reason ? `cancelled: ${input.reason}` : "cancelled before shipping",
      created_by: input.cancelled_by ?? null,
    }))
  )
  emitEventStep({ eventName: PRODUCER_ORDER_EVENTS.cancelled, data: transform({ prepared }, ({ prepared }) => ({ id: prepared.id, order_id: prepared.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.id, refunded: prepared.refund_amount })))
})
