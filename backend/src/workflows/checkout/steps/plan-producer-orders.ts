import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { planSplit, type ProducerOrderPlan } from "../../../modules/marketplace/lib/split"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { parcelRates } from "../../../modules/ocop-delivery/lib/parcels"
import { OCOP_DELIVERY_PROVIDER_ID } from "../../../modules/ocop-delivery/constants"
import { loadOrderForSplit } from "../lib/order-view"
import { producersOfProducts } from "../lib/producers"

export const planProducerOrdersStepId = "plan-producer-orders"

export type PlanProducerOrdersOutput = {
  order_id: string
  /** Producer orders the order already has (the split ran before): nothing to create. */
  existing_ids: string[]
  /** Producer orders to create. */
  plans: ProducerOrderPlan[]
}

/** Works out one producer order per producer of an order's lines, unless the order was split already; reads only. */
export const planProducerOrdersStep = createStep(planProducerOrdersStepId, async (input: { order_id: string }, { container }) => {
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const existing = await marketplace.listProducerOrders({ order_id: input.order_id }, { select: ["id"], order: { sequence: "ASC" } })
  if (existing.length) return new StepResponse<PlanProducerOrdersOutput>({ order_id: input.order_id, existing_ids: existing.map((p) => p.id), plans: [] })

  const order = await loadOrderForSplit(container, input.order_id)
  if (!order.items?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${order.id} has no lines to split`)
  const producers = await producersOfProducts(container, order.items.map((i) => i.product_id))
  // Rates of our delivery option, in case checkout recorded no parcels (an order placed another way).
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const optionIds = (order.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
  const { data: options } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["id", "provider_id", "data"], filters: { id: optionIds } })
    : { data: [] }
  const ours = (options as { provider_id: string; data?: Record<string, unknown> }[]).find((o) => o.provider_id === OCOP_DELIVERY_PROVIDER_ID)
  const plans = planSplit(order, producers, parcelRates(ours?.data))
  return new StepResponse<PlanProducerOrdersOutput>({ order_id: order.id, existing_ids: [], plans })
})
