/**
 * The checkout form's server side, shared by `/thanh-toan` (plain form posts) and
 * `/thanh-toan/the` (the card step, called by the page's script before Stripe.js
 * confirms the card in the browser): read the form, check what the storefront can
 * check itself, save the details, start the payment, place the order.
 */
import { fetchCart, loadCart } from "./cart.server"
import { clearCartCookie, type Cart } from "./cart"
import { changesSinceSeen, checkoutErrors, errorMessage, parseSeenLines, priceChangesOf, readCheckoutForm, type CheckoutErrors, type CheckoutValues, type PriceChanges } from "./checkout"
import { completeCheckout, saveCheckoutDetails, startPayment, type PaymentSession } from "./checkout.server"
import { isSecureRequest } from "./cookies"
import { requestLang, translator, type Translate } from "./i18n"
import { orderHistoryCookie, orderPath, readOrderHistory, rememberOrder } from "./orders"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type CheckoutFailure = { values: CheckoutValues; errors: CheckoutErrors; priceChanges: PriceChanges | null; status: number }

function failure(values: CheckoutValues, status: number, errors: CheckoutErrors, priceChanges: PriceChanges | null = null): CheckoutFailure {
  return { values, errors, priceChanges, status }
}

/** What the storefront refuses before asking the backend (the backend checks everything again). */
function localErrors(t: Translate, values: CheckoutValues): CheckoutErrors | null {
  const fields: Record<string, string> = {}
  if (values.email && !EMAIL.test(values.email)) fields.email = errorMessage(t, "invalid_email", undefined)
  if (!values.payment) fields.payment = errorMessage(t, "payment_choice_required", undefined)
  return Object.keys(fields).length ? { fields, form: t("checkout.error.invalid_checkout") } : null
}

export type Prepared = { ok: true; cart: Cart; values: CheckoutValues; session: PaymentSession } | ({ ok: false } & CheckoutFailure)

/** Reads the form, saves contact, address and delivery on the cart, checks it, and starts the chosen payment. */
export async function prepareCheckout(request: Request, form: FormData, cart: Cart): Promise<Prepared> {
  const t = translator(requestLang(request))
  const values = readCheckoutForm(form)
  const local = localErrors(t, values)
  if (local) return { ok: false, ...failure(values, 400, local) }
  const saved = await saveCheckoutDetails(cart, values)
  if (!saved.ok) return { ok: false, ...failure(values, saved.status, checkoutErrors(t, saved.status, saved.body)) }
  // Saving the address priced the cart again: a price that moved since the review is shown, not charged.
  const seen = parseSeenLines(form.get("seen"))
  const now = seen ? (await fetchCart(cart.id)).cart : null
  const changes = seen && now ? changesSinceSeen(seen, now, Number(form.get("seen_total")) || null) : null
  if (changes) return { ok: false, ...failure(values, 409, { fields: {}, form: t("checkout.priceChanged.body") }, changes) }
  const started = await startPayment(cart.id, values.payment as Exclude<CheckoutValues["payment"], "">)
  if (!started.ok) return { ok: false, ...failure(values, started.status, checkoutErrors(t, started.status, started.body)) }
  return { ok: true, cart, values, session: started.body.session }
}

export type Placed = { ok: true; location: string; headers: Headers } | ({ ok: false } & CheckoutFailure)

/**
 * Places the order. Success: the order joins this browser's history, the cart cookie is
 * cleared, and the answer is where to go (the confirmation page).
 */
export async function placeOrder(request: Request, cart: Cart, values: CheckoutValues): Promise<Placed> {
  const t = translator(requestLang(request))
  const answer = await completeCheckout(cart.id, values)
  if (!answer.ok) {
    const changes = answer.status === 409 ? priceChangesOf(answer.body) : null
    const errors = checkoutErrors(t, answer.status, answer.body)
    return { ok: false, ...failure(values, answer.status, changes ? { fields: {}, form: t("checkout.priceChanged.body") } : errors, changes) }
  }
  const { order } = answer.body
  const secure = isSecureRequest(request)
  const history = rememberOrder(readOrderHistory(request.headers.get("Cookie")), { id: order.id, display_id: order.display_id, email: order.email })
  const headers = new Headers()
  headers.append("Set-Cookie", orderHistoryCookie(history, secure))
  headers.append("Set-Cookie", clearCartCookie(secure))
  return { ok: true, location: `${orderPath(order.id)}?placed=1`, headers }
}

export { loadCart, readCheckoutForm }
