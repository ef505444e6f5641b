import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const findProducerOrderStepId = "find-producer-order"

/** The order a producer order belongs to (to lock it before anything else); reads only. */
export const findProducerOrderStep = createStep(findProducerOrderStepId, async (input: { producer_order_id: string }, { container }) => {
  const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
  const [po] = await marketplace.listProducerOrders({ id: input.producer_order_id }, { select: ["id", "order_id"] })
  if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer order ${input.producer_order_id} was not found`)
  return new StepResponse({ id: po.id, order_id: po.order_id })
})
