import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type { ProducerOrderStatus } from "../../../modules/marketplace/lib/status"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const updateProducerOrderStepId = "update-producer-order"

export type ProducerOrderChanges = {
  id: string
  status?: ProducerOrderStatus
  shipped_at?: Date | null
  delivered_at?: Date | null
  cancelled_at?: Date | null
  cancel_reason?: string | null
  tracking?: Record<string, unknown> | null
  fulfillment_id?: string | null
}

/** Changes a producer order's status and dates; compensation puts back the previous values of the changed fields. */
export const updateProducerOrderStep = createStep(
  updateProducerOrderStepId,
  async (changes: ProducerOrderChanges, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const fields = Object.keys(changes).filter((k) => k !== "id")
    const before = (await marketplace.retrieveProducerOrder(changes.id, { select: ["id", ...fields] as any })) as Record<string, unknown>
    const previous = Object.fromEntries([["id", changes.id], ...fields.map((f) => [f, before[f] ?? null])])
    const updated = await marketplace.updateProducerOrders(changes as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.updateProducerOrders(previous as any)
  }
)
