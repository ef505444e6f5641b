import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_ORDER_EVENTS } from "../../../modules/marketplace/lib/status"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { OCOP_MODULE } from "../../../modules/ocop"
import { createProducerOrdersStep } from "../steps/create-producer-orders"
import { planProducerOrdersStep } from "../steps/plan-producer-orders"
import { producerOrdersLockKey } from "../lib/locks"

export const splitOrderByProducerWorkflowId = "split-order-by-producer"

export type SplitOrderByProducerInput = { order_id: string }
export type SplitOrderByProducerOutput = { order_id: string; producer_order_ids: string[]; created: boolean }

/**
 * Splits a placed order into one producer order per producer, linked to the order and
 * to the producer. Idempotent: under a lock on the order, an order already split is
 * left as it is (so the checkout route and the `order.placed` subscriber can both run it).
 */
export const splitOrderByProducerWorkflow = createWorkflow(splitOrderByProducerWorkflowId, (input: SplitOrderByProducerInput) => {
  const lockKey = transform({ input }, ({ input }) => producerOrdersLockKey(input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planProducerOrdersStep(input)
  const created = createProducerOrdersStep(plan.plans)
  const links = transform({ created }, ({ created }): LinkDefinition[] =>
    created.flatMap((po): LinkDefinition[] => [
      { [Modules.ORDER]: { order_id: po.order_id }, [MARKETPLACE_MODULE]: { producer_order_id: po.id } },
      ...(po.producer_id ? [{ [OCOP_MODULE]: { producer_id: po.producer_id }, [MARKETPLACE_MODULE]: { producer_order_id: po.id } }] : []),
    ])
  )
  createRemoteLinkStep(links)
  emitEventStep({ eventName: PRODUCER_ORDER_EVENTS.created, data: transform({ created }, ({ created }) => created.map((po) => ({ id: po.id, order_id: po.order_id }))) })
  releaseLockStep({ key: lockKey })
  const result = transform({ plan, created }, ({ plan, created }) => ({
    order_id: plan.order_id,
    producer_order_ids: created.length ? created.map((p) => p.id) : plan.existing_ids,
    created: created.length > 0,
  }))
  return new WorkflowResponse<SplitOrderByProducerOutput>(result)
})
