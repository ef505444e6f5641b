import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { amount } from "../../../modules/marketplace/lib/money"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { providerError } from "../lib/provider-error"

export const refundProducerOrderStepId = "refund-producer-order"

/**
 * Refunds part of the order's captured payment for one producer order, through
 * Medusa's refundPaymentWorkflow (provider refund, order transaction), and adds it to
 * the producer order's `refunded_total`. Like Medusa's refund step it has no
 * compensation (money sent back stays sent); it records the amount first and puts it
 * back if the refund fails, so nothing is refunded twice.
 */
export const refundProducerOrderStep = createStep(
  refundProducerOrderStepId,
  async (input: { producer_order_id: string; payment_id: string | null; amount: number; note?: string | null; created_by?: string | null }, { container }) => {
    if (!input.payment_id || input.amount <= 0) return new StepResponse(null)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const po = (await marketplace.retrieveProducerOrder(input.producer_order_id, { select: ["id", "display_number", "refunded_total"] })) as any
    const before = amount(po.refunded_total)
    await marketplace.updateProducerOrders({ id: po.id, refunded_total: before + input.amount })
    try {
      await refundPaymentWorkflow(container).run({
        input: {
          payment_id: input.payment_id,
          amount: input.amount,
          note: input.note ? `${po.display_number}: ${input.note}` : `Refund of producer order ${po.display_number}`,
          created_by: input.created_by ?? undefined,
        },
      })
      return new StepResponse({ payment_id: input.payment_id, amount: input.amount })
    } catch (error) {
      await marketplace.updateProducerOrders({ id: po.id, refunded_total: before })
      throw providerError(error, `The payment provider did not refund ${input.amount} ₫ for ${po.display_number}; nothing was refunded`)
    }
  }
)
