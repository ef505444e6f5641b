import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { producerOrdersLockKey } from "../lib/locks"
import { PRODUCER_ORDER_EVENTS } from "../../../modules/marketplace/lib/status"
import { findProducerOrderStep } from "../steps/find-producer-order"
import { prepareProducerOrderActionStep } from "../steps/prepare-producer-order-action"
import { refundProducerOrderStep } from "../steps/refund-producer-order"

export const refundProducerOrderWorkflowId = "refund-producer-order"

export type RefundProducerOrderInput = { producer_order_id: string; amount?: number | null; note?: string | null; refunded_by?: string | null }

/**
 * Refunds (part of) one producer's part of an order: at most what was paid for it minus
 * what was already refunded on it, from the order's captured payment through Medusa's
 * refundPaymentWorkflow; it never touches what was paid for another producer's part.
 * Without an amount, refunds all that is left.
 */
export const refundProducerOrderWorkflow = createWorkflow(refundProducerOrderWorkflowId, (input: RefundProducerOrderInput) => {
  const found = findProducerOrderStep(input)
  const lockKey = transform({ found }, ({ found }) => producerOrdersLockKey(found.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const prepared = prepareProducerOrderActionStep(
    transform({ input }, ({ input }) => ({ producer_order_id: input.producer_order_id, action: "refund" as const, amount: input.amount ?? null }))
  )
  refundProducerOrderStep(
    transform({ prepared, input }, ({ prepared, input }) => ({
      producer_order_id: prepared.id,
      payment_id: prepared.payment_id,
      amount: prepared.refund_amount,
      note: input.note ?? null,
      created_by: input.refunded_by ?? null,
    }))
  )
  emitEventStep({ eventName: PRODUCER_ORDER_EVENTS.refunded, data: transform({ prepared }, ({ prepared }) => ({ id: prepared.id, order_id: prepared.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.id, refunded: prepared.refund_amount })))
})
