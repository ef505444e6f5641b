import type { ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_CART_KEY } from "./cancel-interrupted-orders"
import type { ValidateCheckoutOutput } from "./validate-checkout"

export const recordCheckoutDetailsStepId = "record-checkout-details"

type Previous = { cart_id: string; metadata: Record<string, unknown> | null; method?: { id: string; data: Record<string, unknown> | null } }

/**
 * Writes what the order must carry onto the cart before it completes (Medusa copies
 * both): the e-invoice details into the cart's metadata (`invoice`) with the cart's id, the per-producer
 * parcels into the delivery method's data (`parcels`). Compensation puts back what was there.
 */
export const recordCheckoutDetailsStep = createStep(
  recordCheckoutDetailsStepId,
  async (plan: ValidateCheckoutOutput, { container }) => {
    if (!plan) return new StepResponse(undefined, undefined)
    const carts: ICartModuleService = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(plan.cart_id, { select: ["id", "metadata"] })
    const previous: Previous = { cart_id: cart.id, metadata: (cart.metadata as Record<string, unknown> | null) ?? null }
    const metadata = { ...(cart.metadata ?? {}) } as Record<string, unknown>
    if (plan.invoice) metadata.invoice = plan.invoice
    else delete metadata.invoice
    // The order carries the cart it came from, so an order left behind by a crash can be found (cancel-interrupted-orders).
    metadata[CHECKOUT_CART_KEY] = cart.id
    await carts.updateCarts(cart.id, { metadata })
    if (plan.shipping_method_id && plan.parcels) {
      const [method] = await carts.listShippingMethods({ id: plan.shipping_method_id }, { select: ["id", "data"] })
      previous.method = { id: method.id, data: (method.data as Record<string, unknown> | null) ?? null }
      await carts.updateShippingMethods([{ id: method.id, data: { ...(method.data ?? {}), parcels: plan.parcels } }])
    }
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const carts: ICartModuleService = container.resolve(Modules.CART)
    await carts.updateCarts(previous.cart_id, { metadata: previous.metadata as any })
    if (previous.method) await carts.updateShippingMethods([{ id: previous.method.id, data: previous.method.data ?? {} }])
  }
)
