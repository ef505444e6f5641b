import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCheckout, type CheckoutPlan } from "../../../modules/marketplace/lib/checkout"
import type { InvoiceInput } from "../../../modules/marketplace/lib/address"
import { checkoutError } from "../lib/errors"
import { loadCheckoutCart } from "../lib/load-checkout-cart"

export const validateCheckoutStepId = "validate-checkout"

export type ValidateCheckoutInput = { cart_id: string; invoice?: InvoiceInput | null }
/** Null when the cart already became an order (a retry): nothing to check or record. */
export type ValidateCheckoutOutput = (CheckoutPlan & { cart_id: string }) | null

/** Checks contact, address, invoice details, delivery price and payment of a cart before it becomes an order; reads only. */
export const validateCheckoutStep = createStep(validateCheckoutStepId, async (input: ValidateCheckoutInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: input.cart_id } })
  if (placed.length) return new StepResponse<ValidateCheckoutOutput>(null)
  const { cart, context } = await loadCheckoutCart(container, input.cart_id)
  const result = checkCheckout(cart, context, { invoice: input.invoice })
  if ("problem" in result) throw checkoutError(result.problem)
  return new StepResponse<ValidateCheckoutOutput>({ ...result.plan, cart_id: cart.id })
})
