/**
 * Pure helpers of the producer portal (`/producer`): the session cookie that holds the
 * member's bearer token, VND prices typed the Vietnamese way, Vietnam-time date inputs,
 * and the variant rows of the listing form. The calls to the backend are in
 * `producer-portal.server.ts`.
 */
import { readCookie, serializeCookie } from "./cookies"

// --- The session cookie --------------------------------------------------------

export const PORTAL_COOKIE = "ocop_producer"
/**
 * The paths the token is sent to: the portal's pages (`/producer`, `/producer/…`) and the
 * data request of its home page, which React Router makes at `/producer.data` (a cookie of
 * path `/producer` is not sent there). The shop's pages never receive it.
 */
export const PORTAL_COOKIE_PATHS = ["/producer", "/producer.data"] as const
/** When a token says nothing of its expiry: Medusa's default lifetime of a token. */
const DEFAULT_TOKEN_SECONDS = 24 * 60 * 60

/** The bearer token in a `Cookie` header, or null. */
export function readPortalToken(cookieHeader: string | null | undefined): string | null {
  const token = readCookie(cookieHeader, PORTAL_COOKIE)
  return token && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? token : null
}

/** Seconds until a JWT's `exp` (0 when it has passed); a day when it carries none. The signature is the backend's business. */
export function tokenLifetime(token: string, now: Date = new Date()): number {
  const payload = token.split(".")[1]
  if (!payload) return 0
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown }
    if (typeof claims.exp !== "number") return DEFAULT_TOKEN_SECONDS
    return Math.max(0, Math.floor(claims.exp - now.getTime() / 1000))
  } catch {
    return 0
  }
}

/** `Set-Cookie` values that keep the token: http-only, SameSite=Lax, Secure on https, for the portal's paths only, gone when the token expires. */
export function portalSessionCookies(token: string, secure: boolean, now: Date = new Date()): string[] {
  const maxAge = tokenLifetime(token, now)
  return PORTAL_COOKIE_PATHS.map((path) => serializeCookie(PORTAL_COOKIE, token, { maxAge, httpOnly: true, secure, path }))
}

/** `Set-Cookie` values that log out. */
export function clearPortalSessionCookies(secure: boolean): string[] {
  return PORTAL_COOKIE_PATHS.map((path) => serializeCookie(PORTAL_COOKIE, "", { maxAge: 0, httpOnly: true, secure, path }))
}

/** Where to go after logging in: a portal page only, never another site; the dashboard otherwise. */
export function portalReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/producer"
  if (!/^\/producer(\/[\w\-/%.?=&]*)?$/.test(value) || value.includes("//") || value.includes("..")) return "/producer"
  return value
}

// --- Money and numbers ------------------------------------------------------------

export const VND_MIN_PRICE = 1_000
export const VND_MAX_PRICE = 100_000_000
export const MAX_STOCK = 100_000

/**
 * A price typed in whole đồng: "125.000", "125000", "125 000", "125,000" and "125.000 ₫"
 * all mean 125000. Decimals ("125.5", "12,50") are refused: VND has no minor unit. Null when
 * it is not such a number.
 */
export function parseVndPrice(input: string | null | undefined): number | null {
  if (input == null) return null
  const text = input.normalize("NFC").replace(/\s*(₫|đ|vnđ|vnd|dong|đồng)\s*$/i, "").trim()
  if (!text) return null
  if (/^\d+$/.test(text)) return Number(text)
  // Thousands grouped by one separator: dots (Vietnamese), commas (English), or spaces.
  const grouped = /^\d{1,3}(?:([.,\u00a0\u202f ])\d{3})(?:\1\d{3})*$/
  if (!grouped.test(text)) return null
  return Number(text.replace(/\D/g, ""))
}

/** A count of units ("40", "1.200"); null when it is not a whole number ≥ 0. */
export function parseStock(input: string | null | undefined): number | null {
  const value = parseVndPrice(input?.replace(/\s*(cái|hộp|chai|gói|units?)\s*$/i, "") ?? null)
  return value === null || !Number.isSafeInteger(value) ? null : value
}

/** A price as the form shows it back: 125000 → "125.000". */
export function formatPriceInput(amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return ""
  return Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}

// --- Vietnam time in date inputs ---------------------------------------------------

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * A `datetime-local` value read as Vietnam's clock (UTC+7, no daylight saving) → an ISO
 * time with the +07:00 offset the API expects: "2026-12-01T19:30" → "2026-12-01T19:30:00+07:00".
 * Null for anything that is not a real date and time.
 */
export function vietnamLocalToIso(value: string | null | undefined): string | null {
  const match = LOCAL_DATETIME.exec(value?.trim() ?? "")
  if (!match) return null
  const [, y, mo, d, h, mi, s = "00"] = match
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)))
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi)
  ) {
    return null
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`
}

/** An instant shown in a `datetime-local` input on Vietnam's clock: "2026-12-01T12:30:00Z" → "2026-12-01T19:30". */
export function isoToVietnamLocal(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16)
}

/** A calendar date (`<input type=date>`, yyyy-mm-dd) checked for existence; null otherwise. */
export function parseDateInput(value: string | null | undefined): string | null {
  const text = value?.trim() ?? ""
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null
}

// --- The listing form's variant rows --------------------------------------------------

export type VariantRow = { id?: string; title: string; price: number; stock: number }
export type VariantRowError = { row: number; field: "title" | "price" | "stock"; problem: "required" | "price" | "stock" | "duplicate" }

/**
 * The variant rows of a listing form (`variant-<n>-id|title|price|stock`). A row left blank
 * is ignored (the form offers empty rows for new variants); a row partly filled is checked.
 */
export function readVariantRows(form: { get(name: string): unknown }, rows: number): { variants: VariantRow[]; errors: VariantRowError[] } {
  const variants: VariantRow[] = []
  const errors: VariantRowError[] = []
  const titles = new Set<string>()
  for (let row = 0; row < rows; row++) {
    const text = (field: string) => String(form.get(`variant-${row}-${field}`) ?? "").normalize("NFC").trim()
    const id = text("id")
    const title = text("title")
    const priceText = text("price")
    const stockText = text("stock")
    if (!id && !title && !priceText && !stockText) continue
    const price = parseVndPrice(priceText)
    const stock = parseStock(stockText === "" ? "0" : stockText)
    if (!title) errors.push({ row, field: "title", problem: "required" })
    else if (titles.has(title.toLocaleLowerCase("vi"))) errors.push({ row, field: "title", problem: "duplicate" })
    if (price === null || price < VND_MIN_PRICE || price > VND_MAX_PRICE) errors.push({ row, field: "price", problem: "price" })
    if (stock === null || stock > MAX_STOCK) errors.push({ row, field: "stock", problem: "stock" })
    titles.add(title.toLocaleLowerCase("vi"))
    if (title && price !== null && stock !== null) variants.push({ ...(id ? { id } : {}), title, price, stock })
  }
  return { variants, errors }
}

/** The single option a listing's variants are told apart by ("Khối lượng": "100 g", "200 g"). */
export function optionsFor(optionTitle: string, variants: readonly VariantRow[]) {
  return [{ title: optionTitle, values: variants.map((v) => v.title) }]
}

// --- Account forms ------------------------------------------------------------------------

export const MIN_PASSWORD = 8
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** A Vietnamese phone number once spaces, dots and dashes are dropped: 0912345678 or +84912345678. */
export const PHONE_PATTERN = /^(\+84|0)\d{9,10}$/

// --- What the portal's API answers (docs/producer-api.md, "Shapes") -------------------------

export type ListingStatus = "draft" | "proposed" | "published" | "rejected"
export type PortalVariant = { id: string; title: string; sku: string | null; price: number | null; stock: number | null; options: Record<string, string> }
export type PortalProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  status: ListingStatus
  rejection_reason: string | null
  thumbnail: string | null
  images: { id: string; url: string }[]
  options: { title: string; values: string[] }[]
  variants: PortalVariant[]
  created_at: string
  updated_at: string
}
export type ProducerOrderStatus = "pending" | "shipped" | "delivered" | "cancelled"
export type PortalOrder = {
  id: string
  display_number: string
  status: ProducerOrderStatus
  currency_code: string
  items: { title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }[]
  item_total: number
  shipping_total: number
  total: number
  tracking: { carrier?: string | null; number?: string | null; url?: string | null } | null
  shipped_at: string | null
  delivered_at: string | null
  created_at: string
  order: { display_id: number; created_at: string } | null
  shipping_address: { first_name?: string; last_name?: string; phone?: string; address_1?: string; city?: string; province?: string } | null
}
export type PortalCertificate = {
  id: string
  decision_number: string
  issuing_authority: string
  star: number
  score: number
  decision_date: string
  expires_at: string
  valid: boolean
  days_until_expiry: number
  expiry_warning: null | "90_days" | "30_days" | "expired"
  verified_at: string | null
  product: { id: string; title: string; handle: string } | null
}
export type SalesSummary = { currency_code: string; totals: { orders: number; revenue: number }; months: { month: string; orders: number; revenue: number }[] }
export type PortalInvite = { id: string; email: string; role: "owner" | "staff"; expires_at: string; created_at: string }

/**
 * Certificates that need the producer's attention: the latest one of each product (the list
 * comes latest decision first) when it expires within 90 days or has expired. An old
 * certificate replaced by a newer rating needs nothing.
 */
export function certificatesNeedingAttention<T extends Pick<PortalCertificate, "id" | "expiry_warning" | "product">>(certificates: readonly T[]): T[] {
  const seen = new Set<string>()
  const latest: T[] = []
  for (const c of certificates) {
    const key = c.product?.id ?? c.id
    if (seen.has(key)) continue
    seen.add(key)
    latest.push(c)
  }
  return latest.filter((c) => c.expiry_warning !== null)
}
