/**
 * Checkout, pure parts: the form's fields, how they become Medusa's cart fields (the
 * Vietnamese address in `province`, `city` = commune/ward, `address_1` = street), and
 * how the backend's errors (docs/checkout-api.md) become messages next to the fields.
 */
import type { MessageKey, Translate } from "./i18n"

export const PAYMENT_CHOICES = ["cod", "vietqr", "card"] as const
export type PaymentChoice = (typeof PAYMENT_CHOICES)[number]

/** The Medusa payment provider of each choice. */
export const PROVIDER_OF: Record<PaymentChoice, string> = {
  cod: "pp_cod_cod",
  vietqr: "pp_vietqr_vietqr",
  card: "pp_stripe_stripe",
}

export function isPaymentChoice(value: unknown): value is PaymentChoice {
  return typeof value === "string" && (PAYMENT_CHOICES as readonly string[]).includes(value)
}

/** The one province whose communes the backend checks against a list (and we offer as a select). */
export const LISTED_PROVINCE = "Quảng Ninh"

export type CheckoutValues = {
  email: string
  name: string
  phone: string
  province: string
  commune: string
  street: string
  /** "on" when the shopper wants a company e-invoice. */
  invoice: boolean
  company_name: string
  tax_code: string
  company_address: string
  payment: PaymentChoice | ""
}

const text = (form: FormData, name: string, max = 300) => {
  const value = form.get(name)
  return typeof value === "string" ? value.normalize("NFC").trim().slice(0, max) : ""
}

/** The checkout form as typed (trimmed, NFC, bounded): the server checks the content. */
export function readCheckoutForm(form: FormData): CheckoutValues {
  const payment = text(form, "payment")
  return {
    email: text(form, "email", 200),
    name: text(form, "name", 200),
    phone: text(form, "phone", 40),
    province: text(form, "province", 100),
    commune: text(form, "commune", 200),
    street: text(form, "street", 300),
    invoice: form.get("invoice") === "on",
    company_name: text(form, "company_name", 300),
    tax_code: text(form, "tax_code", 20),
    company_address: text(form, "company_address", 500),
    payment: isPaymentChoice(payment) ? payment : "",
  }
}

/**
 * A Vietnamese full name in Medusa's two fields: the given name (last word) in
 * `last_name`, family and middle names in `first_name`, so "Nguyễn Thị Lan" reads back
 * whole as `${first_name} ${last_name}`.
 */
export function splitName(full: string): { first_name: string; last_name: string } {
  const words = full.normalize("NFC").trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return { first_name: words[0] ?? "", last_name: "" }
  return { first_name: words.slice(0, -1).join(" "), last_name: words[words.length - 1] }
}

export function joinName(address: { first_name?: string | null; last_name?: string | null } | null | undefined): string {
  return [address?.first_name, address?.last_name].filter((p) => p && p.trim()).join(" ")
}

/** The Store API body that saves contact and address on the cart. */
export function cartUpdateBody(values: CheckoutValues) {
  return {
    email: values.email || undefined,
    shipping_address: {
      ...splitName(values.name),
      phone: values.phone,
      province: values.province,
      city: values.commune,
      address_1: values.street,
      country_code: "vn",
    },
  }
}

/** The e-invoice details sent with validation and completion, or null for a personal purchase. */
export function invoiceBody(values: CheckoutValues) {
  if (!values.invoice) return null
  return { company_name: values.company_name, tax_code: values.tax_code, address: values.company_address || null }
}

/** The form input each backend field path belongs to. */
const INPUT_OF_FIELD: Record<string, string> = {
  email: "email",
  shipping_address: "street",
  "shipping_address.first_name": "name",
  "shipping_address.last_name": "name",
  "shipping_address.phone": "phone",
  "shipping_address.province": "province",
  "shipping_address.city": "commune",
  "shipping_address.address_1": "street",
  "shipping_address.country_code": "province",
  "invoice.company_name": "company_name",
  "invoice.tax_code": "tax_code",
  "invoice.address": "company_address",
  "invoice.email": "company_name",
  shipping_methods: "shipping",
  payment: "payment",
}

export function inputOfField(field: string | undefined): string | null {
  return field ? (INPUT_OF_FIELD[field] ?? null) : null
}

/** Codes the storefront words itself; any other code shows the server's message. */
const CODE_MESSAGES: Record<string, MessageKey> = {
  cart_empty: "checkout.error.cart_empty",
  product_not_on_sale: "checkout.error.product_not_on_sale",
  email_required: "checkout.error.email_required",
  invalid_email: "checkout.error.invalid_email",
  address_required: "checkout.error.address_required",
  name_required: "checkout.error.name_required",
  phone_required: "checkout.error.phone_required",
  invalid_phone: "checkout.error.invalid_phone",
  province_required: "checkout.error.province_required",
  unknown_province: "checkout.error.unknown_province",
  former_province: "checkout.error.former_province",
  commune_required: "checkout.error.commune_required",
  unknown_commune: "checkout.error.unknown_commune",
  street_required: "checkout.error.street_required",
  country_not_served: "checkout.error.country_not_served",
  company_name_required: "checkout.error.company_name_required",
  invalid_tax_code: "checkout.error.invalid_tax_code",
  shipping_method_required: "checkout.error.shipping_method_required",
  payment_required: "checkout.error.payment_required",
  payment_choice_required: "checkout.error.payment_choice_required",
  card_needs_js: "checkout.error.card_needs_js",
  out_of_stock: "checkout.error.out_of_stock",
  item_unavailable: "checkout.error.item_unavailable",
  shipping_changed: "checkout.error.shipping_changed",
  payment_outdated: "checkout.error.payment_outdated",
  checkout_in_progress: "checkout.error.checkout_in_progress",
  cart_not_found: "checkout.error.cart_not_found",
  invalid_checkout: "checkout.error.invalid_checkout",
  checkout_failed: "checkout.error.checkout_failed",
}

/** The message for a backend error code in the page's language, or the server's own words. */
export function errorMessage(t: Translate, code: string | undefined, serverMessage: string | undefined): string {
  const key = code ? CODE_MESSAGES[code] : undefined
  if (key) return t(key)
  return serverMessage?.trim() || t("checkout.error.checkout_failed")
}

export type ApiError = { code?: string; message?: string; errors?: { field?: string; code?: string; message?: string }[] }

export type CheckoutErrors = {
  /** Messages next to the inputs, by input name. */
  fields: Record<string, string>
  /** The message above the form (what happened overall), or null. */
  form: string | null
}

/**
 * A backend error as the form shows it: each field's message next to its input
 * (the first one per input), and one summary. A card decline (402) is worded by Stripe
 * and shown as it comes.
 */
export function checkoutErrors(t: Translate, status: number, body: ApiError): CheckoutErrors {
  const fields: Record<string, string> = {}
  for (const error of body.errors ?? []) {
    const input = inputOfField(error.field)
    if (!input || fields[input]) continue
    fields[input] = errorMessage(t, error.code, error.message)
  }
  if (status === 402) {
    return { fields: { payment: body.message ?? t("checkout.error.checkout_failed") }, form: body.message ?? null }
  }
  const onlyFields = Object.keys(fields).length > 0 && (body.code === "invalid_checkout" || (body.errors ?? []).every((e) => inputOfField(e.field)))
  return { fields, form: onlyFields ? t("checkout.error.invalid_checkout") : errorMessage(t, body.code, body.message) }
}

/** The price changes a 409 `price_changed` / `cart_changed` answer lists. */
export type PriceChanges = {
  items: { line_item_id: string; title: string; variant_title?: string | null; old_unit_price: number; new_unit_price: number }[]
  shipping_total?: { old: number; new: number }
  total?: { old: number; new: number }
}

export function priceChangesOf(body: unknown): PriceChanges | null {
  const changes = (body as { changes?: PriceChanges } | null)?.changes
  if (!changes || !Array.isArray(changes.items)) return null
  return changes
}

// --- What the shopper saw -------------------------------------------------------------------

/**
 * The lines and unit prices the review showed, sent back with the form (`seen`): saving
 * the address makes Medusa price the cart again, so a price changed since the lines were
 * added would otherwise be charged without being shown. Format: `line_id:unit_price:quantity,…`.
 */
export function seenLines(lines: readonly { id: string; unit_price: number; quantity: number }[]): string {
  return lines.map((l) => `${l.id}:${l.unit_price}:${l.quantity}`).join(",")
}

export function parseSeenLines(value: unknown): Map<string, { unit_price: number; quantity: number }> | null {
  if (typeof value !== "string" || !value) return null
  const seen = new Map<string, { unit_price: number; quantity: number }>()
  for (const part of value.split(",")) {
    const match = /^(cali_[0-9A-Za-z]+):(\d+):(\d+)$/.exec(part)
    if (!match) return null
    seen.set(match[1], { unit_price: Number(match[2]), quantity: Number(match[3]) })
  }
  return seen
}

/**
 * The difference between what the shopper saw and the cart now, in the shape of the
 * backend's 409 `changes`, or null when nothing moved. A line added, removed or with
 * another quantity (another tab) counts as a change too.
 */
export function changesSinceSeen(
  seen: ReadonlyMap<string, { unit_price: number; quantity: number }>,
  cart: { items: readonly { id: string; title: string; variant_title: string | null; unit_price: number; quantity: number }[]; item_total: number; shipping_total: number },
  seenTotal: number | null = null,
): PriceChanges | null {
  const items: PriceChanges["items"] = []
  let moved = cart.items.length !== seen.size
  let oldGoods = 0
  for (const [, s] of seen) oldGoods += s.unit_price * s.quantity
  for (const line of cart.items) {
    const before = seen.get(line.id)
    if (!before) {
      moved = true
      continue
    }
    if (before.quantity !== line.quantity) moved = true
    if (before.unit_price !== line.unit_price) {
      items.push({ line_item_id: line.id, title: line.title, variant_title: line.variant_title, old_unit_price: before.unit_price, new_unit_price: line.unit_price })
    }
  }
  if (!items.length && !moved) return null
  // The totals as the page showed them (goods and delivery); the goods alone when the page did not say.
  const newTotal = cart.item_total + cart.shipping_total
  return { items, total: { old: seenTotal ?? oldGoods + cart.shipping_total, new: newTotal } }
}
