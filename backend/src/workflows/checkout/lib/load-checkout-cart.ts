/**
 * Reads what checkout needs to know about a cart: its lines, address, delivery
 * and payment, the producer of every product and the rates of the delivery
 * options in use. Read only.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CheckoutCart, CheckoutContext } from "../../../modules/marketplace/lib/checkout"
import { OCOP_DELIVERY_PROVIDER_ID } from "../../../modules/ocop-delivery/constants"
import { producersOfProducts } from "./producers"

export const CHECKOUT_CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "completed_at",
  "total",
  "item_total",
  "shipping_total",
  "metadata",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.requires_shipping",
  "shipping_address.*",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.provider_id",
  "payment_collection.payment_sessions.status",
]

export type LoadedCheckoutCart = { cart: CheckoutCart & { metadata?: Record<string, unknown> | null }; context: CheckoutContext }

export async function loadCheckoutCart(container: MedusaContainer, cartId: string): Promise<LoadedCheckoutCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CHECKOUT_CART_FIELDS, filters: { id: cartId } })
  const cart = data[0] as unknown as LoadedCheckoutCart["cart"] | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found: it may have expired. Start a new cart.`)
  const producers = await producersOfProducts(container, cart.items.map((i) => i.product_id))
  const optionIds = (cart.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => !!id)
  const { data: options } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["id", "provider_id", "data"], filters: { id: optionIds } })
    : { data: [] }
  return {
    cart,
    context: {
      producerOf: Object.fromEntries(Object.entries(producers).map(([product, producer]) => [product, producer?.id ?? null])),
      shippingOptions: Object.fromEntries((options as { id: string; provider_id: string; data?: Record<string, unknown> | null }[]).map((o) => [o.id, o])),
      parcelProviderId: OCOP_DELIVERY_PROVIDER_ID,
    },
  }
}
