import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dong } from "../../../modules/marketplace/lib/money"

export const snapshotCartPricesStepId = "snapshot-cart-prices"

export type CartPrices = {
  items: { id: string; title: string; variant_title: string | null; unit_price: number; quantity: number }[]
  shipping_total: number
  total: number
}

/** The prices a cart shows now: each line's unit price, delivery, total; reads only. */
export const snapshotCartPricesStep = createStep(snapshotCartPricesStepId, async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "shipping_total", "items.id", "items.product_title", "items.title", "items.variant_title", "items.unit_price", "items.quantity"],
    filters: { id: input.cart_id },
  })
  const cart = data[0] as any
  const prices: CartPrices = {
    items: (cart?.items ?? []).map((i: any) => ({ id: i.id, title: i.product_title ?? i.title, variant_title: i.variant_title ?? null, unit_price: dong(i.unit_price), quantity: Number(i.quantity) })),
    shipping_total: dong(cart?.shipping_total),
    total: dong(cart?.total),
  }
  return new StepResponse(prices)
})
