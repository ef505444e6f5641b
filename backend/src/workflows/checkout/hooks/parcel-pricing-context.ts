/**
 * Tells the delivery provider who makes each product in the cart, so it can price
 * one parcel per producer: both of Medusa's workflows that price calculated shipping
 * options for a cart pass this into the provider's `calculatePrice` context.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { calculateShippingOptionsPricesWorkflow, listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { PARCEL_CONTEXT_KEY } from "../../../modules/ocop-delivery/constants"
import { producersOfProducts } from "../lib/producers"

async function parcelContext(cartId: string | undefined, container: MedusaContainer) {
  if (!cartId) return new StepResponse({})
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["items.product_id"], filters: { id: cartId } })
  const producers = await producersOfProducts(container, ((data[0] as any)?.items ?? []).map((i: any) => i?.product_id))
  return new StepResponse({ [PARCEL_CONTEXT_KEY]: Object.fromEntries(Object.entries(producers).map(([product, producer]) => [product, producer?.id ?? null])) })
}

listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(({ input }, { container }) =>
  parcelContext((input as { cart_id?: string }).cart_id, container)
)

calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(({ input }, { container }) =>
  parcelContext((input as { cart_id?: string }).cart_id, container)
)
