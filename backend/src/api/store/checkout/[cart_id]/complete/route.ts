import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { groupedOrder } from "../../../../../workflows/checkout/lib/producer-orders-view"
import { completeCheckoutWorkflow } from "../../../../../workflows/checkout/workflows/complete-checkout"
import { refreshCheckoutPricesWorkflow } from "../../../../../workflows/checkout/workflows/refresh-checkout-prices"
import { sendCheckoutError } from "../../errors"
import type { StoreCompleteCheckout } from "../../validators"

const vnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(n)} ₫`

/**
 * Places the order of a cart: prices it again (a changed price is shown to the
 * shopper, not charged), checks it, completes it into one order split per producer,
 * and answers the grouped order. Calling it again for a completed cart answers the
 * same order without charging again.
 */
export const POST = async (req: MedusaRequest<StoreCompleteCheckout>, res: MedusaResponse) => {
  const cartId = req.params.cart_id
  const body = req.validatedBody as StoreCompleteCheckout
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const placed = async () => (await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data[0]?.order_id as string | undefined

  const { data: carts } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!carts.length) {
    return res.status(404).json({ type: "not_found", code: "cart_not_found", message: `Cart ${cartId} was not found: it may have expired. Start a new cart.`, errors: [] })
  }

  if (!(await placed())) {
    try {
      const { result: prices } = await refreshCheckoutPricesWorkflow(req.scope).run({ input: { cart_id: cartId } })
      if (prices.changed) {
        const lines = prices.items.map((c) => `${c.title}${c.variant_title ? ` (${c.variant_title})` : ""}: ${vnd(c.old_unit_price)} → ${vnd(c.new_unit_price)}`)
        const what = lines.length
          ? `The price changed since you added it: ${lines.join("; ")}.`
          : `Your cart total changed from ${vnd(prices.total.old)} to ${vnd(prices.total.new)} (delivery ${vnd(prices.shipping_total.old)} → ${vnd(prices.shipping_total.new)}).`
        return res.status(409).json({
          type: "conflict",
          code: lines.length ? "price_changed" : "cart_changed",
          message: `${what} Your cart now shows the current prices (total ${vnd(prices.total.new)}); review it and place the order again. Nothing was charged.`,
          errors: [{ field: "items", code: lines.length ? "price_changed" : "cart_changed", message: what }],
          changes: prices,
        })
      }
    } catch (error) {
      // A concurrent request may have completed the cart meanwhile: then answer its order below.
      if (!(await placed())) return sendCheckoutError(res, req.scope, error)
    }
  }

  try {
    const { result } = await completeCheckoutWorkflow(req.scope).run({ input: { cart_id: cartId, invoice: body.invoice ?? null } })
    const grouped = await groupedOrder(req.scope, result.order_id)
    res.status(200).json({ type: "order", ...grouped })
  } catch (error) {
    return sendCheckoutError(res, req.scope, error)
  }
}
