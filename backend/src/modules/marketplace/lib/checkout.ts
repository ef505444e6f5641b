/**
 * What a cart must satisfy before it may become an order, beyond Medusa's own
 * checks: a contact e-mail, a Vietnamese address (34 provinces, Quảng Ninh's
 * communes, a phone the courier can call), company details for an e-invoice
 * when asked, a delivery method priced for the cart as it is now, and a payment
 * chosen for the cart's current total. Pure: the caller loads the cart.
 */
import { parcelRates, parcelsTotal, priceParcels, type Parcel } from "../../ocop-delivery/lib/parcels"
import { checkAddress, checkInvoice, type AddressInput, type FieldError, type Invoice, type InvoiceInput, type NormalizedAddress } from "./address"
import { dong } from "./money"

export const PROCESSABLE_SESSION_STATUSES = ["pending", "requires_more", "authorized", "captured", "pending_authorization"]

export type CheckoutCart = {
  id: string
  email?: string | null
  currency_code: string
  total: unknown
  completed_at?: string | Date | null
  items: { id: string; product_id?: string | null; unit_price: unknown; quantity: unknown; requires_shipping?: boolean | null }[]
  shipping_address?: AddressInput | null
  shipping_methods?: { id: string; amount: unknown; shipping_option_id?: string | null; data?: Record<string, unknown> | null }[] | null
  payment_collection?: { id: string; amount: unknown; payment_sessions?: { id: string; provider_id: string; status: string }[] | null } | null
}

export type CheckoutContext = {
  /** Producer id of each product in the cart (null: none). */
  producerOf: Readonly<Record<string, string | null>>
  /** The shipping options of the cart's methods: provider and data (rates). */
  shippingOptions: Readonly<Record<string, { provider_id: string; data?: Record<string, unknown> | null }>>
  /** The provider whose options are priced per producer parcel. */
  parcelProviderId: string
}

export type CheckoutProblem = {
  /** 400: something the shopper must fix; 409: the cart changed under the shopper. */
  status: 400 | 409
  code: string
  message: string
  errors: FieldError[]
}

export type CheckoutPlan = {
  address: NormalizedAddress
  invoice: Invoice | null
  /** The per-producer parcels of the delivery method priced per parcel, when the cart uses it. */
  parcels: Parcel[] | null
  shipping_method_id: string | null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Checks `cart` for checkout: a problem to report, or what to record on the order. */
export function checkCheckout(
  cart: CheckoutCart,
  ctx: CheckoutContext,
  input: { invoice?: InvoiceInput | null; /** false before the shopper chose how to pay (the address step). */ requirePayment?: boolean } = {}
): { problem: CheckoutProblem } | { plan: CheckoutPlan } {
  const requirePayment = input.requirePayment ?? true
  if (!cart.items?.length) {
    return {
      problem: { status: 400, code: "cart_empty", message: "Your cart is empty: add a product before checking out.", errors: [{ field: "items", code: "cart_empty", message: "Your cart is empty." }] },
    }
  }

  const errors: FieldError[] = []
  if (!cart.email?.trim()) errors.push({ field: "email", code: "email_required", message: "Enter an e-mail address for the order confirmation." })
  else if (!EMAIL.test(cart.email.trim())) errors.push({ field: "email", code: "invalid_email", message: `"${cart.email}" is not a valid e-mail address.` })
  const address = checkAddress(cart.shipping_address)
  errors.push(...address.errors)
  const invoice = checkInvoice(input.invoice)
  errors.push(...invoice.errors)

  const methods = cart.shipping_methods ?? []
  const needsShipping = cart.items.some((i) => i.requires_shipping !== false)
  if (needsShipping && !methods.length) {
    errors.push({ field: "shipping_methods", code: "shipping_method_required", message: "Choose a delivery method." })
  }
  const sessions = (cart.payment_collection?.payment_sessions ?? []).filter((s) => PROCESSABLE_SESSION_STATUSES.includes(s.status))
  if (requirePayment && !sessions.length) {
    errors.push({ field: "payment", code: "payment_required", message: "Choose how to pay: cash on delivery, VietQR bank transfer or card." })
  }
  if (errors.length) {
    const only = errors.length === 1 ? errors[0] : null
    return { problem: { status: 400, code: only?.code ?? "invalid_checkout", message: only?.message ?? "Some details are missing or wrong: check the highlighted fields.", errors } }
  }

  // The delivery price must be the one of the cart as it is now.
  let parcels: Parcel[] | null = null
  let shippingMethodId: string | null = null
  for (const method of methods) {
    const option = method.shipping_option_id ? ctx.shippingOptions[method.shipping_option_id] : undefined
    if (option?.provider_id !== ctx.parcelProviderId) continue
    parcels = priceParcels(cart.items, ctx.producerOf, parcelRates(option.data))
    shippingMethodId = method.id
    if (parcelsTotal(parcels) !== dong(method.amount)) {
      return {
        problem: {
          status: 409,
          code: "shipping_changed",
          message: `Delivery now costs ${parcelsTotal(parcels)} ₫ for this cart, not ${dong(method.amount)} ₫: choose the delivery method again.`,
          errors: [{ field: "shipping_methods", code: "shipping_changed", message: "The delivery price changed; choose the delivery method again." }],
        },
      }
    }
  }

  // The payment must be for the cart's current total (Medusa charges the session's amount).
  if (requirePayment && dong(cart.payment_collection?.amount) !== dong(cart.total)) {
    return {
      problem: {
        status: 409,
        code: "payment_outdated",
        message: `Your cart now totals ${dong(cart.total)} ₫ but the payment was prepared for ${dong(cart.payment_collection?.amount)} ₫: choose how to pay again.`,
        errors: [{ field: "payment", code: "payment_outdated", message: "The cart total changed; choose how to pay again." }],
      },
    }
  }

  return { plan: { address: address.normalized!, invoice: invoice.invoice ?? null, parcels, shipping_method_id: shippingMethodId } }
}
