import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { amount } from "../../../modules/marketplace/lib/money"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { providerError } from "../lib/provider-error"

export const captureProducerOrderStepId = "capture-producer-order"

/**
 * Records the cash collected for one parcel (cash on delivery): captures exactly this
 * producer order's amount from the order's payment (the payment module allows partial
 * captures) and adds it to `captured_total`. Like Medusa's own capture step it has no
 * compensation (money taken is not un-taken by a later failure); it records the
 * amount before capturing and puts it back if the capture fails, so a retry never
 * captures twice.
 */
export const captureProducerOrderStep = createStep(
  captureProducerOrderStepId,
  async (input: { producer_order_id: string; payment_id: string | null; amount: number; captured_by?: string | null }, { container }) => {
    if (!input.payment_id || input.amount <= 0) return new StepResponse(null)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const po = (await marketplace.retrieveProducerOrder(input.producer_order_id, { select: ["id", "captured_total"] })) as any
    const before = amount(po.captured_total)
    await marketplace.updateProducerOrders({ id: po.id, captured_total: before + input.amount })
    try {
      const { result } = await capturePaymentWorkflow(container).run({
        input: { payment_id: input.payment_id, amount: input.amount, captured_by: input.captured_by ?? undefined },
      })
      return new StepResponse({ payment_id: (result as { id: string }).id, amount: input.amount })
    } catch (error) {
      await marketplace.updateProducerOrders({ id: po.id, captured_total: before })
      throw providerError(error, `The payment provider did not capture ${input.amount} ₫; nothing was recorded as collected`)
    }
  }
)
