import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { ProducerOrderPlan } from "../../../modules/marketplace/lib/split"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const createProducerOrdersStepId = "create-producer-orders"

export type CreatedProducerOrder = { id: string; order_id: string; producer_id: string | null }

/** Creates the planned producer orders; compensation deletes them. */
export const createProducerOrdersStep = createStep(
  createProducerOrdersStepId,
  async (plans: ProducerOrderPlan[], { container }) => {
    if (!plans.length) return new StepResponse<CreatedProducerOrder[], string[]>([], [])
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const created = await marketplace.createProducerOrders(
      plans.map(({ producer_id: _producer, ...plan }) => ({ ...plan, items: plan.items as unknown as Record<string, unknown>, status: "pending" as const }))
    )
    const result = created.map((po, i) => ({ id: po.id, order_id: po.order_id, producer_id: plans[i].producer_id }))
    return new StepResponse(result, result.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteProducerOrders(ids)
  }
)
