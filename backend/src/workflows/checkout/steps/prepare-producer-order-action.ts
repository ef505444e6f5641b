import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import { amount } from "../../../modules/marketplace/lib/money"
import type { ProducerOrderItem } from "../../../modules/marketplace/lib/split"
import { collectsPerParcel, paidTotal, refundableTotal, transitionError, type ProducerOrderStatus } from "../../../modules/marketplace/lib/status"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { loadOrderForSplit, loadOrderPayment } from "../lib/order-view"

export const prepareProducerOrderActionStepId = "prepare-producer-order-action"

export type ProducerOrderAction = "ship" | "deliver" | "cancel" | "refund"

export type PreparedProducerOrderAction = {
  id: string
  order_id: string
  display_number: string
  items: ProducerOrderItem[]
  fulfillment_id: string | null
  payment_id: string | null
  /** ship: whether Medusa's fulfillment can be recorded (the order has a delivery option). */
  create_fulfillment: boolean
  /** deliver: cash to record as collected (cash on delivery only). */
  capture_amount: number
  /** cancel, refund: what goes back to the shopper. */
  refund_amount: number
}

const TARGET: Record<Exclude<ProducerOrderAction, "refund">, ProducerOrderStatus> = { ship: "shipped", deliver: "delivered", cancel: "cancelled" }

const vnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(n)} ₫`

/**
 * Checks that an action is allowed on a producer order now (its status, its payment)
 * and works out its amounts; reads only. Runs under the order's lock.
 */
export const prepareProducerOrderActionStep = createStep(
  prepareProducerOrderActionStepId,
  async (input: { producer_order_id: string; action: ProducerOrderAction; amount?: number | null }, { container }) => {
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const po = (await marketplace.retrieveProducerOrder(input.producer_order_id)) as any
    const status = po.status as ProducerOrderStatus
    if (input.action !== "refund") {
      const why = transitionError(po.display_number, status, TARGET[input.action])
      if (why) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, why)
    }
    const order = await loadOrderForSplit(container, po.order_id)
    const { payment, session } = await loadOrderPayment(container, po.order_id)
    const prepared: PreparedProducerOrderAction = {
      id: po.id,
      order_id: po.order_id,
      display_number: po.display_number,
      items: po.items as ProducerOrderItem[],
      fulfillment_id: po.fulfillment_id ?? null,
      payment_id: payment?.id ?? null,
      create_fulfillment: false,
      capture_amount: 0,
      refund_amount: 0,
    }

    if (input.action === "ship") {
      if (order.canceled_at || order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} was cancelled: ${po.display_number} cannot be shipped.`)
      const providerId = payment?.provider_id ?? session?.provider_id
      if (!collectsPerParcel(providerId) && !payment?.captured_at) {
        const why = session?.status === "pending_authorization" ? "its VietQR transfer has not been confirmed yet" : "its payment has not been taken"
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${po.display_number} cannot be shipped: ${why}. Ship it once the money has arrived.`)
      }
      prepared.create_fulfillment = (order.shipping_methods ?? []).some((m: any) => !!m?.shipping_option_id)
    }

    if (input.action === "deliver" && payment && collectsPerParcel(payment.provider_id) && !payment.canceled_at) {
      prepared.capture_amount = Math.max(0, amount(po.total) - amount(po.captured_total))
    }

    if (input.action === "cancel") prepared.refund_amount = refundableTotal(po, payment)

    if (input.action === "refund") {
      const refundable = refundableTotal(po, payment)
      if (refundable <= 0) {
        const paid = paidTotal(po, payment)
        const why =
          paid === 0
            ? collectsPerParcel(payment?.provider_id ?? session?.provider_id)
              ? "nothing was paid for it yet (cash on delivery is collected on delivery); cancel it instead"
              : "its payment has not been taken yet"
            : `its ${vnd(paid)} were already refunded`
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${po.display_number} cannot be refunded: ${why}.`)
      }
      const wanted = input.amount ?? refundable
      if (wanted > refundable) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `At most ${vnd(refundable)} can be refunded on ${po.display_number} (paid ${vnd(paidTotal(po, payment))}, already refunded ${vnd(amount(po.refunded_total))}).`
        )
      }
      prepared.refund_amount = wanted
    }
    return new StepResponse(prepared)
  }
)
