/**
 * Orders as the shopper sees them (the grouped order of docs/checkout-api.md) and the
 * browser's order history: the orders placed or looked up in this browser, kept in an
 * httpOnly cookie as (order id, order number, e-mail). Opening one asks the backend's
 * order lookup with the number and e-mail, so the cookie grants nothing the shopper
 * could not type in the lookup form. Pure.
 */
import { readCookie, serializeCookie } from "./cookies"

export const ORDERS_COOKIE = "ocop_orders"
const ORDERS_MAX_AGE = 60 * 60 * 24 * 365
/** The most orders the cookie remembers (the newest first). */
export const ORDER_HISTORY_LIMIT = 20

export type OrderRef = { id: string; display_id: number; email: string }

export function isOrderId(value: unknown): value is string {
  return typeof value === "string" && /^order_[0-9A-Za-z]{10,40}$/.test(value)
}

function isOrderRef(value: unknown): value is OrderRef {
  const v = value as OrderRef
  return !!v && isOrderId(v.id) && Number.isInteger(v.display_id) && v.display_id > 0 && typeof v.email === "string" && v.email.length <= 200 && v.email.includes("@")
}

/** The orders remembered in a `Cookie` header; anything malformed is dropped. */
export function readOrderHistory(cookieHeader: string | null | undefined): OrderRef[] {
  const raw = readCookie(cookieHeader, ORDERS_COOKIE)
  if (!raw) return []
  try {
    const parsed = JSON.parse(raw) as unknown
    if (!Array.isArray(parsed)) return []
    return parsed
      .map((entry) => (Array.isArray(entry) ? { id: entry[0], display_id: entry[1], email: entry[2] } : null))
      .filter(isOrderRef)
      .slice(0, ORDER_HISTORY_LIMIT)
  } catch {
    return []
  }
}

/** The history with `order` first (once), at most ORDER_HISTORY_LIMIT entries. */
export function rememberOrder(history: readonly OrderRef[], order: OrderRef): OrderRef[] {
  return [order, ...history.filter((o) => o.id !== order.id)].slice(0, ORDER_HISTORY_LIMIT)
}

/** `Set-Cookie` for the history (compact: `[[id, number, email], …]`). */
export function orderHistoryCookie(history: readonly OrderRef[], secure: boolean): string {
  const value = JSON.stringify(history.map((o) => [o.id, o.display_id, o.email]))
  return serializeCookie(ORDERS_COOKIE, value, { maxAge: ORDERS_MAX_AGE, httpOnly: true, secure })
}

export function orderPath(id: string): string {
  return `/don-hang/${encodeURIComponent(id)}`
}

// --- The grouped order (POST /store/order-lookup, /store/checkout/:id/complete) ----------

export type ProducerOrderItem = {
  line_item_id: string
  variant_id: string | null
  product_id: string | null
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
}

export type ProducerOrder = {
  id: string
  display_number: string
  status: "pending" | "shipped" | "delivered" | "cancelled" | string
  producer: { id: string | null; name: string; handle: string | null } | null
  items: ProducerOrderItem[]
  item_total: number
  shipping_total: number
  total: number
  paid_total: number
  refunded_total: number
  tracking: { carrier?: string | null; number?: string | null; url?: string | null } | null
}

export type VietQrDetails = {
  reference: string | null
  amount: number | null
  qr_payload: string | null
  bank_bin: string | null
  account_no: string | null
  account_name: string | null
}

export type GroupedOrder = {
  order: {
    id: string
    display_id: number
    email: string
    created_at: string
    currency_code: string
    item_total: number
    shipping_total: number
    total: number
    shipping_address: { first_name?: string | null; last_name?: string | null; phone?: string | null; address_1?: string | null; city?: string | null; province?: string | null } | null
    invoice: { company_name: string; tax_code: string; address?: string | null } | null
    payment: { provider_id: string | null; status: string; vietqr?: VietQrDetails } | null
  }
  producer_orders: ProducerOrder[]
}

/** Vietnamese banks by their NAPAS BIN (the first six digits a VietQR names). */
const BANKS: Record<string, string> = {
  "970436": "Vietcombank",
  "970415": "VietinBank",
  "970418": "BIDV",
  "970405": "Agribank",
  "970422": "MB Bank",
  "970407": "Techcombank",
  "970416": "ACB",
  "970432": "VPBank",
  "970423": "TPBank",
  "970403": "Sacombank",
  "970437": "HDBank",
  "970441": "VIB",
  "970443": "SHB",
  "970448": "OCB",
  "970426": "MSB",
}

export function bankName(bin: string | null | undefined): string | null {
  if (!bin) return null
  return BANKS[bin] ?? null
}
