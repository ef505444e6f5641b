import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { producerOrdersLockKey } from "../lib/locks"
import { PRODUCER_ORDER_EVENTS } from "../../../modules/marketplace/lib/status"
import { findProducerOrderStep } from "../steps/find-producer-order"
import { prepareProducerOrderActionStep } from "../steps/prepare-producer-order-action"
import { updateProducerOrderStep } from "../steps/update-producer-order"

export const markProducerOrderShippedWorkflowId = "mark-producer-order-shipped"

export type ProducerOrderTracking = { carrier?: string | null; number?: string | null; url?: string | null }
export type MarkProducerOrderShippedInput = { producer_order_id: string; tracking?: ProducerOrderTracking | null; shipped_by?: string | null }

/**
 * The producer handed its parcel to a courier: records a Medusa fulfillment of exactly
 * this producer's lines (stock leaves the warehouse, reservations are used up) and its
 * shipment with the tracking number, then marks the producer order shipped. A parcel
 * paid by card or transfer ships only once the money has arrived. Every step undoes itself.
 */
export const markProducerOrderShippedWorkflow = createWorkflow(markProducerOrderShippedWorkflowId, (input: MarkProducerOrderShippedInput) => {
  const found = findProducerOrderStep(input)
  const lockKey = transform({ found }, ({ found }) => producerOrdersLockKey(found.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const prepared = prepareProducerOrderActionStep(transform({ input }, ({ input }) => ({ producer_order_id: input.producer_order_id, action: "ship" as const })))
  const items = transform({ prepared }, ({ prepared }) => prepared.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })))
  const fulfillment = when("record-medusa-fulfillment", { prepared }, ({ prepared }) => prepared.create_fulfillment).then(() => {
    const created = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ prepared, items, input }, ({ prepared, items, input }) => ({
        order_id: prepared.order_id,
        items,
        created_by: input.shipped_by ?? undefined,
        metadata: { producer_order_id: prepared.id, display_number: prepared.display_number },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ prepared, items, input, created }, ({ prepared, items, input, created }) => ({
        order_id: prepared.order_id,
        fulfillment_id: created.id,
        items,
        created_by: input.shipped_by ?? undefined,
        labels: input.tracking?.number
          ? [{ tracking_number: input.tracking.number, tracking_url: input.tracking.url ?? "", label_url: "" }]
          : [],
      })),
    })
    return created
  })
  updateProducerOrderStep(
    transform({ prepared, fulfillment, input }, ({ prepared, fulfillment, input }) => ({
      id: prepared.id,
      status: "shipped" as const,
      shipped_at: new Date(),
      tracking: input.tracking ? { carrier: input.tracking.carrier ?? null, number: input.tracking.number ?? null, url: input.tracking.url ?? null } : null,
      fulfillment_id: fulfillment?.id ?? null,
    }))
  )
  emitEventStep({ eventName: PRODUCER_ORDER_EVENTS.shipped, data: transform({ prepared }, ({ prepared }) => ({ id: prepared.id, order_id: prepared.order_id })) })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => ({ id: prepared.id })))
})
