import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkCheckout } from "../../../../../modules/marketplace/lib/checkout"
import { parcelsTotal } from "../../../../../modules/ocop-delivery/lib/parcels"
import { loadCheckoutCart } from "../../../../../workflows/checkout/lib/load-checkout-cart"
import { sendCheckoutError } from "../../errors"
import type { StoreValidateCheckout } from "../../validators"

/**
 * Checks a cart before payment (contact, address, invoice details, delivery price)
 * with the same rules as placing the order, so the storefront can show every field
 * error at the address step. `require_payment: true` checks the payment as well.
 */
export const POST = async (req: MedusaRequest<StoreValidateCheckout>, res: MedusaResponse) => {
  const body = req.validatedBody as StoreValidateCheckout
  try {
    const { cart, context } = await loadCheckoutCart(req.scope, req.params.cart_id)
    if (cart.completed_at) return res.status(409).json({ type: "conflict", code: "cart_completed", message: "This cart already became an order.", errors: [] })
    const result = checkCheckout(cart, context, { invoice: body.invoice ?? null, requirePayment: body.require_payment })
    if ("problem" in result) {
      const { status, code, message, errors } = result.problem
      return res.status(status).json({ type: status === 409 ? "conflict" : "invalid_data", code, message, errors })
    }
    const { address, invoice, parcels } = result.plan
    res.json({ valid: true, address, invoice, parcels: parcels ?? [], shipping_total: parcels ? parcelsTotal(parcels) : null })
  } catch (error) {
    return sendCheckoutError(res, req.scope, error)
  }
}
