import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { snapshotCartPricesStep, type CartPrices } from "../steps/snapshot-cart-prices"

export const refreshCheckoutPricesWorkflowId = "refresh-checkout-prices"

export type PriceChange = { line_item_id: string; title: string; variant_title: string | null; old_unit_price: number; new_unit_price: number }
export type RefreshCheckoutPricesOutput = {
  changed: boolean
  items: PriceChange[]
  shipping_total: { old: number; new: number }
  total: { old: number; new: number }
}

/**
 * Prices a cart again with Medusa's own refresh (current prices, delivery, taxes,
 * promotions, and a new payment amount if the total moved) and says what changed
 * since the shopper added the lines. Runs before checkout, so a shopper never pays a
 * price that is no longer the product's price without being told first.
 */
export const refreshCheckoutPricesWorkflow = createWorkflow(refreshCheckoutPricesWorkflowId, (input: { cart_id: string }) => {
  const before = snapshotCartPricesStep(input)
  refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id, force_refresh: true } })
  const after = snapshotCartPricesStep(input).config({ name: "snapshot-cart-prices-after" })
  const result = transform({ before, after }, ({ before, after }: { before: CartPrices; after: CartPrices }) => {
    const old = new Map(before.items.map((i) => [i.id, i]))
    const items: PriceChange[] = after.items
      .filter((i) => old.has(i.id) && old.get(i.id)!.unit_price !== i.unit_price)
      .map((i) => ({ line_item_id: i.id, title: i.title, variant_title: i.variant_title, old_unit_price: old.get(i.id)!.unit_price, new_unit_price: i.unit_price }))
    return {
      changed: items.length > 0 || before.shipping_total !== after.shipping_total || before.total !== after.total,
      items,
      shipping_total: { old: before.shipping_total, new: after.shipping_total },
      total: { old: before.total, new: after.total },
    }
  })
  return new WorkflowResponse<RefreshCheckoutPricesOutput>(result)
})
