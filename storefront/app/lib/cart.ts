/**
 * The shopping cart, pure parts: the cart cookie, the Store API cart's shape as the
 * pages use it, and lines grouped by producer (each producer packs and ships its own
 * parcel, docs/decisions/0002-producer-orders.md). Money is VND in whole đồng.
 */
import { readCookie, serializeCookie } from "./cookies"

/** The httpOnly cookie holding the Medusa cart id. */
export const CART_COOKIE = "ocop_cart"
/** A cart lives 30 days in the browser (Medusa keeps it longer). */
const CART_MAX_AGE = 60 * 60 * 24 * 30
/** The most of one line a shopper may ask for in one go. */
export const MAX_LINE_QUANTITY = 99

export type CartLine = {
  id: string
  product_id: string | null
  product_handle: string | null
  variant_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
}

export type Cart = {
  id: string
  email: string | null
  currency_code: string
  completed_at: string | null
  items: CartLine[]
  item_total: number
  shipping_total: number
  total: number
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    province: string | null
    city: string | null
    address_1: string | null
  } | null
  shipping_method_option_ids: string[]
  payment_provider_id: string | null
  metadata: Record<string, unknown> | null
}

export type ProducerInfo = { id: string; name: string; handle: string }

export type CartGroup = {
  /** The producer, or null for products the marketplace ships itself. */
  producer: ProducerInfo | null
  lines: CartLine[]
  subtotal: number
  quantity: number
}

/** A cart id as Medusa writes it (`cart_` + ULID); anything else in the cookie is ignored. */
export function isCartId(value: unknown): value is string {
  return typeof value === "string" && /^cart_[0-9A-Za-z]{10,40}$/.test(value)
}

/** The cart id from a `Cookie` header, or null. */
export function cartIdFromCookie(cookieHeader: string | null | undefined): string | null {
  const value = readCookie(cookieHeader, CART_COOKIE)
  return isCartId(value) ? value : null
}

/** `Set-Cookie` remembering the cart: httpOnly, SameSite=Lax, Secure over https. */
export function cartCookie(cartId: string, secure: boolean): string {
  return serializeCookie(CART_COOKIE, cartId, { maxAge: CART_MAX_AGE, httpOnly: true, secure })
}

/** `Set-Cookie` forgetting the cart (after the order is placed, or when it is gone). */
export function clearCartCookie(secure: boolean): string {
  return serializeCookie(CART_COOKIE, "", { maxAge: 0, httpOnly: true, secure })
}

/** A quantity typed in a form: a whole number from 0 to MAX_LINE_QUANTITY, or null. */
export function parseQuantity(value: unknown, { allowZero = false } = {}): number | null {
  if (typeof value !== "string" || !/^\s*\d{1,3}\s*$/.test(value)) return null
  const n = Number(value)
  if (n > MAX_LINE_QUANTITY || n < (allowZero ? 0 : 1)) return null
  return n
}

/** The number of units in the cart (the header's badge). */
export function cartCount(cart: Pick<Cart, "items"> | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, line) => sum + line.quantity, 0)
}

/**
 * Lines grouped by producer, in the order the producers first appear in the cart;
 * lines whose product has no known producer come last, in one group.
 */
export function groupByProducer(lines: readonly CartLine[], producerOf: Readonly<Record<string, ProducerInfo | null | undefined>>): CartGroup[] {
  const groups = new Map<string, CartGroup>()
  let none: CartGroup | null = null
  for (const line of lines) {
    const producer = (line.product_id && producerOf[line.product_id]) || null
    let group: CartGroup | undefined
    if (producer) {
      group = groups.get(producer.id)
      if (!group) {
        group = { producer, lines: [], subtotal: 0, quantity: 0 }
        groups.set(producer.id, group)
      }
    } else {
      none ??= { producer: null, lines: [], subtotal: 0, quantity: 0 }
      group = none
    }
    group.lines.push(line)
    group.subtotal += line.total
    group.quantity += line.quantity
  }
  return none ? [...groups.values(), none] : [...groups.values()]
}

/** What delivery costs per producer parcel, as the `ocop-delivery` option prices it. */
export type ParcelRates = { parcel_fee: number; free_over: number | null }

/** The fee of one producer's parcel: free once its goods reach the threshold. */
export function parcelFee(subtotal: number, rates: ParcelRates): number {
  return rates.free_over !== null && subtotal >= rates.free_over ? 0 : rates.parcel_fee
}

/** A number from Medusa, which may send BigNumber-like objects (`{ numeric }`) or strings. */
export function num(value: unknown): number {
  if (typeof value === "object" && value !== null && "numeric" in value) return Number((value as { numeric: unknown }).numeric) || 0
  const n = Number(value)
  return Number.isFinite(n) ? n : 0
}

/** The Store API cart (fields as `CART_FIELDS` asks) shaped for the pages. */
export function shapeCart(raw: any): Cart {
  const items: CartLine[] = (raw?.items ?? [])
    .map((item: any) => ({
      id: String(item.id),
      product_id: item.product_id ?? null,
      product_handle: item.product_handle ?? item.product?.handle ?? null,
      variant_id: item.variant_id ?? null,
      title: item.product_title ?? item.title ?? "",
      variant_title: item.variant_title && item.variant_title !== "Default" ? item.variant_title : null,
      thumbnail: item.thumbnail ?? null,
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      total: num(item.total ?? num(item.unit_price) * num(item.quantity)),
    }))
    .sort((a: CartLine, b: CartLine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const sessions: any[] = raw?.payment_collection?.payment_sessions ?? []
  const address = raw?.shipping_address
  return {
    id: String(raw.id),
    email: raw.email ?? null,
    currency_code: raw.currency_code ?? "vnd",
    completed_at: raw.completed_at ?? null,
    items,
    item_total: num(raw.item_total),
    shipping_total: num(raw.shipping_total),
    total: num(raw.total),
    shipping_address: address
      ? {
          first_name: address.first_name ?? null,
          last_name: address.last_name ?? null,
          phone: address.phone ?? null,
          province: address.province ?? null,
          city: address.city ?? null,
          address_1: address.address_1 ?? null,
        }
      : null,
    shipping_method_option_ids: (raw?.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean),
    payment_provider_id: sessions.find((s) => s?.status !== "canceled")?.provider_id ?? null,
    metadata: raw?.metadata ?? null,
  }
}
