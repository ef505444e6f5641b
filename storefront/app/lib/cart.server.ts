/**
 * The shopper's cart through Medusa's Store API: found from the httpOnly cookie,
 * created lazily in the VND region on the first "add", never trusted when Medusa no
 * longer knows it or it already became an order (then a fresh cart starts and the
 * page says so).
 */
import { cartCookie, cartIdFromCookie, clearCartCookie, shapeCart, type Cart, type ProducerInfo } from "./cart"
import { isSecureRequest } from "./cookies"
import { vndRegionId } from "./medusa.server"
import { storeCall, storeMust } from "./store-api.server"

/** The cart fields the pages use, beyond Medusa's defaults. */
const CART_FIELDS =
  "id,email,currency_code,completed_at,metadata,item_total,shipping_total,total,*items,items.product_handle,*shipping_address,shipping_methods.shipping_option_id,payment_collection.id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.status"

export type LoadedCart = {
  cart: Cart | null
  /** The cookie named a cart that is gone or already ordered. */
  stale: "expired" | "completed" | null
  /** `Set-Cookie` to send with the answer (the stale cookie cleared). */
  setCookie: string | null
}

export async function fetchCart(cartId: string): Promise<{ cart: Cart | null; missing: boolean }> {
  const answer = await storeCall<{ cart: unknown }>("GET", `/store/carts/${encodeURIComponent(cartId)}`, undefined, { fields: CART_FIELDS })
  if (answer.ok) return { cart: shapeCart(answer.body.cart), missing: false }
  if (answer.status === 404) return { cart: null, missing: true }
  throw new Error(`GET /store/carts/${cartId}: ${answer.status} ${answer.body.message ?? ""}`)
}

/** The request's cart, if its cookie names one that can still be bought. */
export async function loadCart(request: Request): Promise<LoadedCart> {
  const id = cartIdFromCookie(request.headers.get("Cookie"))
  if (!id) return { cart: null, stale: null, setCookie: null }
  const { cart, missing } = await fetchCart(id)
  const secure = isSecureRequest(request)
  if (missing || !cart) return { cart: null, stale: "expired", setCookie: clearCartCookie(secure) }
  if (cart.completed_at) return { cart: null, stale: "completed", setCookie: clearCartCookie(secure) }
  return { cart, stale: null, setCookie: null }
}

export type CartChange = { ok: true; cart: Cart; setCookie: string | null; stale: LoadedCart["stale"] } | { ok: false; status: number; message: string; code?: string }

/** Adds a variant: into the current cart, or a new one in the VND region (remembered in the cookie). */
export async function addToCart(request: Request, variantId: string, quantity: number): Promise<CartChange> {
  const loaded = await loadCart(request)
  if (loaded.cart) {
    const answer = await storeCall<{ cart: unknown }>("POST", `/store/carts/${loaded.cart.id}/line-items`, { variant_id: variantId, quantity }, { fields: CART_FIELDS })
    if (!answer.ok) return { ok: false, status: answer.status, message: answer.body.message ?? "", code: answer.body.code ?? answer.body.type }
    return { ok: true, cart: shapeCart(answer.body.cart), setCookie: null, stale: null }
  }
  const answer = await storeCall<{ cart: unknown }>("POST", "/store/carts", { region_id: await vndRegionId(), items: [{ variant_id: variantId, quantity }] }, { fields: CART_FIELDS })
  if (!answer.ok) return { ok: false, status: answer.status, message: answer.body.message ?? "", code: answer.body.code ?? answer.body.type }
  const cart = shapeCart(answer.body.cart)
  return { ok: true, cart, setCookie: cartCookie(cart.id, isSecureRequest(request)), stale: loaded.stale }
}

/** Sets a line's quantity (0 removes it). */
export async function changeLine(cartId: string, lineId: string, quantity: number): Promise<CartChange> {
  const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`
  const answer =
    quantity === 0
      ? await storeCall<{ parent: unknown }>("DELETE", path, undefined, { fields: CART_FIELDS })
      : await storeCall<{ cart: unknown }>("POST", path, { quantity }, { fields: CART_FIELDS })
  if (!answer.ok) return { ok: false, status: answer.status, message: answer.body.message ?? "", code: answer.body.code ?? answer.body.type }
  const raw = (answer.body as { cart?: unknown; parent?: unknown }).cart ?? (answer.body as { parent?: unknown }).parent
  return { ok: true, cart: shapeCart(raw), setCookie: null, stale: null }
}

/** The producer of each product (the standard products route returns the ocop link). */
export async function producersOf(productIds: readonly string[]): Promise<Record<string, ProducerInfo | null>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return {}
  const { products } = await storeMust<{ products: { id: string; producer?: ProducerInfo | null }[] }>("GET", "/store/products", undefined, {
    "id[]": ids,
    fields: "id,producer.id,producer.name,producer.handle",
    limit: String(Math.min(ids.length, 100)),
  })
  const out: Record<string, ProducerInfo | null> = {}
  for (const p of products) out[p.id] = p.producer ? { id: p.producer.id, name: p.producer.name, handle: p.producer.handle } : null
  return out
}

/**
 * The number of units in the request's cart, for the header's badge: 0 without a cart
 * cookie, and 0 rather than a broken page when the backend cannot answer.
 */
export async function headerCartCount(request: Request): Promise<number> {
  const id = cartIdFromCookie(request.headers.get("Cookie"))
  if (!id) return 0
  try {
    const answer = await storeCall<{ cart: { completed_at?: string | null; items?: { quantity: unknown }[] } }>("GET", `/store/carts/${encodeURIComponent(id)}`, undefined, {
      fields: "id,completed_at,items.quantity",
    })
    if (!answer.ok || answer.body.cart.completed_at) return 0
    return (answer.body.cart.items ?? []).reduce((sum, item) => sum + (Number(item.quantity) || 0), 0)
  } catch {
    return 0
  }
}
