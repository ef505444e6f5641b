/**
 * Checkout through the Store API (docs/checkout-api.md): contact and address saved on
 * the cart, the per-producer delivery option chosen, the cart checked by
 * `POST /store/checkout/:cart_id/validate`, a payment session started, and the order
 * placed by `POST /store/checkout/:cart_id/complete`.
 */
import { groupByProducer, parcelFee, type Cart, type CartGroup, type ParcelRates } from "./cart"
import { producersOf } from "./cart.server"
import { cartUpdateBody, invoiceBody, PROVIDER_OF, type CheckoutValues, type PaymentChoice } from "./checkout"
import { serverEnv } from "./env.server"
import { vndRegionId } from "./medusa.server"
import type { GroupedOrder } from "./orders"
import { storeCall, storeMust, type StoreAnswer } from "./store-api.server"
import { visitorHeaders } from "./visitor.server"

export type AddressOptions = { provinces: { name: string; kind: string; merged: string[] }[]; communes: Record<string, string[]> }

let addressOptionsCache: Promise<AddressOptions> | undefined

/** The 34 provinces and the communes the backend checks (cached: they change by law, not by day). */
export function addressOptions(): Promise<AddressOptions> {
  addressOptionsCache ??= storeMust<AddressOptions>("GET", "/store/checkout/address-options").catch((error) => {
    addressOptionsCache = undefined
    throw error
  })
  return addressOptionsCache
}

export type DeliveryOption = { id: string; name: string; rates: ParcelRates }

/** The delivery option priced per producer parcel (`ocop-delivery`), with its rates. */
export async function deliveryOption(cartId: string): Promise<DeliveryOption | null> {
  const { shipping_options } = await storeMust<{ shipping_options: { id: string; name: string; data?: Record<string, unknown> | null }[] }>(
    "GET",
    "/store/shipping-options",
    undefined,
    { cart_id: cartId },
  )
  const option = shipping_options.find((o) => o.data && "parcel_fee" in o.data) ?? shipping_options[0]
  if (!option) return null
  const fee = Number(option.data?.parcel_fee)
  const free = option.data?.free_over
  return {
    id: option.id,
    name: option.name,
    rates: { parcel_fee: Number.isFinite(fee) ? fee : 0, free_over: free === null || free === undefined ? null : Number(free) },
  }
}

export type CartParcel = CartGroup & { fee: number; missingForFree: number | null }

export type CartView = { groups: CartParcel[]; delivery: DeliveryOption | null; shippingEstimate: number }

/** The cart grouped by producer with each parcel's delivery fee (as the option prices it). */
export async function cartView(cart: Cart): Promise<CartView> {
  const [producers, delivery] = await Promise.all([producersOf(cart.items.map((i) => i.product_id).filter((id): id is string => !!id)), deliveryOption(cart.id)])
  const groups = groupByProducer(cart.items, producers).map((group) => {
    const fee = delivery ? parcelFee(group.subtotal, delivery.rates) : 0
    const missing = delivery && fee > 0 && delivery.rates.free_over !== null ? delivery.rates.free_over - group.subtotal : null
    return { ...group, fee, missingForFree: missing }
  })
  return { groups, delivery, shippingEstimate: groups.reduce((sum, g) => sum + g.fee, 0) }
}

/** The payment choices this shop offers now: card only with Stripe configured on both sides. */
export async function paymentChoices(): Promise<PaymentChoice[]> {
  const { payment_providers } = await storeMust<{ payment_providers: { id: string }[] }>("GET", "/store/payment-providers", undefined, {
    region_id: await vndRegionId(),
  })
  const enabled = new Set(payment_providers.map((p) => p.id))
  const stripeKey = serverEnv().STRIPE_PUBLISHABLE_KEY
  return (Object.keys(PROVIDER_OF) as PaymentChoice[]).filter((choice) => enabled.has(PROVIDER_OF[choice]) && (choice !== "card" || !!stripeKey))
}

export function stripeConfig(): { publishableKey: string; jsUrl: string } | null {
  const env = serverEnv()
  return env.STRIPE_PUBLISHABLE_KEY ? { publishableKey: env.STRIPE_PUBLISHABLE_KEY, jsUrl: env.STRIPE_JS_URL } : null
}

/**
 * Saves contact and address on the cart, chooses the delivery option, and asks the
 * backend to check everything but the payment. A failure answers the backend's error.
 */
export async function saveCheckoutDetails(cart: Cart, values: CheckoutValues): Promise<StoreAnswer<unknown>> {
  const updated = await storeCall("POST", `/store/carts/${cart.id}`, cartUpdateBody(values))
  if (!updated.ok) return updated
  const delivery = await deliveryOption(cart.id)
  if (delivery) {
    const method = await storeCall("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: delivery.id })
    if (!method.ok) return method
  }
  return storeCall("POST", `/store/checkout/${cart.id}/validate`, { invoice: invoiceBody(values), require_payment: false })
}

export type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> }

/** A payment session for the cart's current total with the chosen provider (replacing any other). */
export async function startPayment(cartId: string, choice: PaymentChoice): Promise<StoreAnswer<{ session: PaymentSession }>> {
  const collection = await storeCall<{ payment_collection: { id: string } }>("POST", "/store/payment-collections", { cart_id: cartId })
  if (!collection.ok) return collection
  const provider = PROVIDER_OF[choice]
  const sessions = await storeCall<{ payment_collection: { payment_sessions?: PaymentSession[] } }>(
    "POST",
    `/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`,
    { provider_id: provider },
  )
  if (!sessions.ok) return sessions
  const session = sessions.body.payment_collection.payment_sessions?.find((s) => s.provider_id === provider)
  if (!session) return { ok: false, status: 500, body: { code: "checkout_failed", message: "The payment could not be started." } }
  return { ok: true, status: 200, body: { session } }
}

export type CompleteAnswer = StoreAnswer<GroupedOrder & { type: "order" }>

/** Places the order (the backend prices the cart again first: a changed price answers 409). */
export function completeCheckout(cartId: string, values: CheckoutValues): Promise<CompleteAnswer> {
  return storeCall("POST", `/store/checkout/${cartId}/complete`, { invoice: invoiceBody(values) })
}

export type LookupResult = { found: GroupedOrder } | { found: null; limited: boolean }

/**
 * The grouped order for its number and e-mail (`POST /store/order-lookup`), asked for the
 * visitor of `request`. The backend limits look-ups per visitor's address and e-mail
 * address (RATE_LIMIT_ORDER_LOOKUP): `limited` says the budget is spent and the shopper
 * should wait a minute.
 */
export async function lookupOrder(displayId: number, email: string, request: Request): Promise<LookupResult> {
  const answer = await storeCall<GroupedOrder>("POST", "/store/order-lookup", { display_id: displayId, email }, undefined, visitorHeaders(request))
  if (answer.ok) return { found: answer.body }
  if (answer.status === 404 || answer.status === 400) return { found: null, limited: false }
  if (answer.status === 429) return { found: null, limited: true }
  throw new Error(`POST /store/order-lookup: ${answer.status} ${answer.body.message ?? ""}`)
}
