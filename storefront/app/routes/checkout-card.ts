/**
 * `POST /thanh-toan/the`: the card step of checkout, called by the checkout page's
 * script. It saves the details and starts a Stripe payment for the cart's total, and
 * answers the PaymentIntent's `client_secret`; Stripe.js then confirms the card in the
 * browser (the card number goes to Stripe, never here), and the page posts
 * `intent=complete-card` to `/thanh-toan` to place the order.
 */
import type { Route } from "./+types/checkout-card"
import { loadCart, prepareCheckout } from "~/lib/checkout-flow.server"
import { requestLang, translator } from "~/lib/i18n"

export async function action({ request }: Route.ActionArgs) {
  const t = translator(requestLang(request))
  const noStore = { "Cache-Control": "no-store" }
  const { cart } = await loadCart(request)
  if (!cart || cart.items.length === 0) {
    return Response.json({ errors: { fields: {}, form: t("checkout.error.cart_not_found") }, priceChanges: null }, { status: 409, headers: noStore })
  }
  const form = await request.formData()
  form.set("payment", "card")
  const prepared = await prepareCheckout(request, form, cart)
  if (!prepared.ok) {
    return Response.json({ errors: prepared.errors, priceChanges: prepared.priceChanges }, { status: prepared.status >= 500 ? 502 : prepared.status, headers: noStore })
  }
  const clientSecret = prepared.session.data?.client_secret
  if (typeof clientSecret !== "string") {
    return Response.json({ errors: { fields: {}, form: t("checkout.payment.card.unavailable") }, priceChanges: null }, { status: 502, headers: noStore })
  }
  return Response.json({ client_secret: clientSecret, amount: prepared.session.data?.amount ?? null }, { headers: noStore })
}

export async function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } })
}
