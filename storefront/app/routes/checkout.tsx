/**
 * `/thanh-toan`: one page, top to bottom: contact, the Vietnamese address (province,
 * then commune/ward: a list for Quảng Ninh, typed elsewhere), an optional company
 * e-invoice, delivery (one parcel per producer), payment (cash on delivery, VietQR, or
 * card through Stripe.js), review, place order. It works as a plain form without
 * JavaScript, except the card, which Stripe.js collects in the browser. The backend's
 * field errors show next to the fields; a changed price is shown for the shopper to
 * confirm.
 */
import { useEffect, useRef, useState, type FormEvent } from "react"
import { Form, Link, data, redirect, useNavigation, useRevalidator, useSubmit, type ShouldRevalidateFunctionArgs } from "react-router"
import type { Route } from "./+types/checkout"
import { joinName, LISTED_PROVINCE, seenLines, type CheckoutErrors, type CheckoutValues, type PaymentChoice, type PriceChanges } from "~/lib/checkout"
import { loadCart, placeOrder, prepareCheckout, readCheckoutForm } from "~/lib/checkout-flow.server"
import { addressOptions, cartView, paymentChoices, stripeConfig, type CartParcel } from "~/lib/checkout.server"
import { requestLang, translator, type MessageKey } from "~/lib/i18n"
import { formatMoney } from "~/lib/money"
import { langFromMatches, useT } from "~/lib/use-lang"

export async function loader({ request }: Route.LoaderArgs) {
  const { cart, stale, setCookie } = await loadCart(request)
  if (!cart || cart.items.length === 0) {
    throw redirect(stale ? `/gio-hang?notice=${stale}` : "/gio-hang", { headers: setCookie ? { "Set-Cookie": setCookie } : undefined })
  }
  const [view, options, choices] = await Promise.all([cartView(cart), addressOptions(), paymentChoices()])
  const address = cart.shipping_address
  const defaults: CheckoutValues = {
    email: cart.email ?? "",
    name: joinName(address),
    phone: address?.phone ?? "",
    province: address?.province ?? LISTED_PROVINCE,
    commune: address?.city ?? "",
    street: address?.address_1 ?? "",
    invoice: false,
    company_name: "",
    tax_code: "",
    company_address: "",
    payment: "",
  }
  return data(
    {
      cart,
      view,
      provinces: options.provinces.map((p) => p.name),
      communes: options.communes,
      choices,
      stripe: stripeConfig(),
      defaults,
    },
    { headers: { "Cache-Control": "no-store" } },
  )
}

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const intent = form.get("intent")
  const { cart, stale } = await loadCart(request)
  if (!cart || cart.items.length === 0) throw redirect(stale ? `/gio-hang?notice=${stale}` : "/gio-hang", 303)
  const values = readCheckoutForm(form)
  // Without JavaScript, a new province needs the page again to list its communes.
  if (intent === "refresh") return { values, errors: null, priceChanges: null }
  if (intent === "complete-card") {
    // The card was confirmed by Stripe.js on the payment session the card step started.
    const placed = await placeOrder(request, cart, { ...values, payment: "card" })
    if (placed.ok) throw redirect(placed.location, { status: 303, headers: placed.headers })
    return data({ values: placed.values, errors: placed.errors, priceChanges: placed.priceChanges }, { status: placed.status >= 500 ? 502 : placed.status })
  }
  if (values.payment === "card") {
    const t = translator(requestLang(request))
    return data({ values, errors: { fields: { payment: t("checkout.error.card_needs_js") }, form: t("checkout.error.card_needs_js") }, priceChanges: null }, { status: 400 })
  }
  const prepared = await prepareCheckout(request, form, cart)
  if (!prepared.ok) return data({ values: prepared.values, errors: prepared.errors, priceChanges: prepared.priceChanges }, { status: prepared.status >= 500 ? 502 : prepared.status })
  const placed = await placeOrder(request, cart, prepared.values)
  if (placed.ok) throw redirect(placed.location, { status: 303, headers: placed.headers })
  return data({ values: placed.values, errors: placed.errors, priceChanges: placed.priceChanges }, { status: placed.status >= 500 ? 502 : placed.status })
}

/**
 * After any post the page is loaded again, even when the action answered 4xx: a price that
 * changed must show in the review, and the prices the next post compares with must be the new ones.
 */
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return formMethod === "POST" ? true : defaultShouldRevalidate
}

const inputClass =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-600"

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  )
}

/** A labelled text input with its hint and the error for it. */
function TextField(props: {
  name: string
  label: string
  value: string
  error?: string
  hint?: string
  type?: string
  autoComplete?: string
  inputMode?: "email" | "tel" | "text" | "numeric"
  required?: boolean
  list?: string
}) {
  const describedBy = [props.hint ? `${props.name}-hint` : null, props.error ? `${props.name}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.value}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {props.hint && (
        <p id={`${props.name}-hint`} className="mt-1 text-xs text-stone-600">
          {props.hint}
        </p>
      )}
      <FieldError id={`${props.name}-error`} message={props.error} />
    </div>
  )
}

function Section({ title, number, children }: { title: string; number: number; children: React.ReactNode }) {
  const id = `section-${number}`
  return (
    <section aria-labelledby={id} className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold">
        <span aria-hidden="true" className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-50 text-sm text-brand-700">
          {number}
        </span>
        {title}
      </h2>
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  )
}

type StripeJs = {
  elements: () => { create: (type: "card", options?: unknown) => StripeCardElement }
  confirmCardPayment: (
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement; billing_details?: Record<string, string> } },
  ) => Promise<{ paymentIntent?: { id: string; status: string }; error?: { message?: string; code?: string } }>
}
type StripeCardElement = { mount: (el: HTMLElement) => void; destroy: () => void; on: (event: string, handler: (e: { error?: { message?: string } }) => void) => void }

/** Loads Stripe.js once (from STRIPE_JS_URL) and answers `Stripe(publishableKey)`. */
function loadStripe(jsUrl: string, publishableKey: string): Promise<StripeJs> {
  const w = window as unknown as { Stripe?: (key: string) => StripeJs }
  if (w.Stripe) return Promise.resolve(w.Stripe(publishableKey))
  return new Promise((resolve, reject) => {
    let script = document.querySelector<HTMLScriptElement>(`script[src="${jsUrl}"]`)
    if (!script) {
      script = document.createElement("script")
      script.src = jsUrl
      script.async = true
      document.head.appendChild(script)
    }
    script.addEventListener("load", () => (w.Stripe ? resolve(w.Stripe(publishableKey)) : reject(new Error("Stripe.js did not load"))))
    script.addEventListener("error", () => reject(new Error("Stripe.js did not load")))
  })
}

/** The card field: Stripe.js's card element, mounted while "card" is chosen. */
function CardField({ stripeConfig, cardRef, error }: { stripeConfig: { publishableKey: string; jsUrl: string }; cardRef: React.MutableRefObject<{ stripe: StripeJs; card: StripeCardElement } | null>; error?: string }) {
  const t = useT()
  const host = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading")
  const [liveError, setLiveError] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    let card: StripeCardElement | null = null
    loadStripe(stripeConfig.jsUrl, stripeConfig.publishableKey)
      .then((stripe) => {
        if (cancelled || !host.current) return
        card = stripe.elements().create("card", { hidePostalCode: true })
        card.mount(host.current)
        card.on("change", (event) => setLiveError(event.error?.message ?? null))
        cardRef.current = { stripe, card }
        setState("ready")
      })
      .catch(() => !cancelled && setState("failed"))
    return () => {
      cancelled = true
      card?.destroy()
      cardRef.current = null
    }
  }, [stripeConfig.jsUrl, stripeConfig.publishableKey, cardRef])
  const shown = error ?? liveError ?? undefined
  return (
    <div className="mt-3">
      <p id="card-label" className="text-sm font-medium text-stone-800">
        {t("checkout.payment.card.field")}
      </p>
      <div
        ref={host}
        role="group"
        aria-labelledby="card-label"
        aria-describedby={shown ? "card-error" : undefined}
        className="mt-1 min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2.5"
      />
      {state === "loading" && <p className="mt-1 text-xs text-stone-600">{t("checkout.payment.card.loading")}</p>}
      {state === "failed" && <p className="mt-1 text-sm text-red-700">{t("checkout.payment.card.unavailable")}</p>}
      {shown && (
        <p id="card-error" role="alert" className="mt-1 text-sm text-red-700">
          {shown}
        </p>
      )}
    </div>
  )
}

const PAYMENT_LABELS: Record<PaymentChoice, { label: MessageKey; hint: MessageKey }> = {
  cod: { label: "checkout.payment.cod", hint: "checkout.payment.cod.hint" },
  vietqr: { label: "checkout.payment.vietqr", hint: "checkout.payment.vietqr.hint" },
  card: { label: "checkout.payment.card", hint: "checkout.payment.card.hint" },
}

function Review({ groups, itemTotal, shipping }: { groups: CartParcel[]; itemTotal: number; shipping: number }) {
  const t = useT()
  return (
    <>
      {groups.length > 1 && <p className="text-sm text-stone-700">{t("checkout.review.split", { count: groups.length })}</p>}
      <ul className="space-y-3">
        {groups.map((group) => {
          const name = group.producer?.name ?? t("cart.noProducer")
          return (
            <li key={group.producer?.id ?? "none"} className="rounded-xl bg-stone-50 p-3">
              <p className="font-medium">{name}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {group.lines.map((line) => (
                  <li key={line.id} className="flex justify-between gap-3">
                    <span className="min-w-0">
                      {line.title}
                      {line.variant_title ? ` (${line.variant_title})` : ""} × {line.quantity}
                    </span>
                    <span className="shrink-0">{formatMoney(line.total)}</span>
                  </li>
                ))}
                <li className="flex justify-between gap-3 text-stone-600">
                  <span>{t("checkout.shipping.parcel", { producer: name })}</span>
                  <span className="shrink-0">{group.fee === 0 ? t("checkout.shipping.free") : formatMoney(group.fee)}</span>
                </li>
              </ul>
            </li>
          )
        })}
      </ul>
      <dl className="space-y-1 border-t border-stone-200 pt-3 text-sm">
        <div className="flex justify-between gap-3">
          <dt className="text-stone-600">{t("checkout.itemsTotal")}</dt>
          <dd>{formatMoney(itemTotal)}</dd>
        </div>
        <div className="flex justify-between gap-3">
          <dt className="text-stone-600">{t("checkout.shippingTotal")}</dt>
          <dd>{formatMoney(shipping)}</dd>
        </div>
        <div className="flex justify-between gap-3 pt-1 text-lg font-bold">
          <dt>{t("checkout.total")}</dt>
          <dd data-testid="checkout-total">{formatMoney(itemTotal + shipping)}</dd>
        </div>
      </dl>
    </>
  )
}

function PriceChangeNotice({ changes }: { changes: PriceChanges }) {
  const t = useT()
  return (
    <div role="alert" className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{t("checkout.priceChanged.title")}</h2>
      <p className="mt-1 text-sm">{t("checkout.priceChanged.body")}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {changes.items.map((item) => (
          <li key={item.line_item_id}>
            {t("checkout.priceChanged.item", {
              title: item.variant_title ? `${item.title} (${item.variant_title})` : item.title,
              old: formatMoney(item.old_unit_price),
              new: formatMoney(item.new_unit_price),
            })}
          </li>
        ))}
      </ul>
      {changes.total && <p className="mt-2 text-sm font-semibold">{t("checkout.priceChanged.total", { total: formatMoney(changes.total.new) })}</p>}
    </div>
  )
}

type CardAnswer = { client_secret?: string; errors?: CheckoutErrors; priceChanges?: PriceChanges | null }

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { cart, view, provinces, communes, choices, stripe } = loaderData
  const values = actionData?.values ?? loaderData.defaults
  const [province, setProvince] = useState(values.province)
  const [payment, setPayment] = useState<PaymentChoice | "">(values.payment)
  const [hydrated, setHydrated] = useState(false)
  const [cardStep, setCardStep] = useState<{ busy: boolean; errors: CheckoutErrors | null; priceChanges: PriceChanges | null; cardError: string | null }>({
    busy: false,
    errors: null,
    priceChanges: null,
    cardError: null,
  })
  const card = useRef<{ stripe: StripeJs; card: StripeCardElement } | null>(null)
  const navigation = useNavigation()
  const submit = useSubmit()
  const revalidator = useRevalidator()
  useEffect(() => setHydrated(true), [])
  // A new answer of the action (e.g. the order could not be placed after the card step) ends the card step.
  useEffect(() => {
    setCardStep((s) => ({ ...s, busy: false, errors: null, priceChanges: null }))
  }, [actionData])

  const errors: CheckoutErrors | null = cardStep.errors ?? actionData?.errors ?? null
  const priceChanges = cardStep.priceChanges ?? actionData?.priceChanges ?? null
  const fieldError = (name: string) => errors?.fields[name]
  const busy = cardStep.busy || (navigation.state !== "idle" && navigation.formMethod === "POST")
  const listed = communes[province]

  async function payByCard(event: FormEvent<HTMLFormElement>) {
    if (payment !== "card") return
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    if (!card.current) {
      setCardStep({ busy: false, errors: null, priceChanges: null, cardError: t("checkout.payment.card.unavailable") })
      return
    }
    setCardStep({ busy: true, errors: null, priceChanges: null, cardError: null })
    try {
      const response = await fetch("/thanh-toan/the", { method: "POST", body: formData })
      const answer = (await response.json()) as CardAnswer
      if (!response.ok || !answer.client_secret) {
        setCardStep({ busy: false, errors: answer.errors ?? null, priceChanges: answer.priceChanges ?? null, cardError: null })
        // The cart may have been priced again: show it as it is now.
        revalidator.revalidate()
        return
      }
      const result = await card.current.stripe.confirmCardPayment(answer.client_secret, {
        payment_method: { card: card.current.card, billing_details: { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") } },
      })
      if (result.error) {
        setCardStep({ busy: false, errors: null, priceChanges: null, cardError: result.error.message ?? t("checkout.payment.card.unavailable") })
        return
      }
      formData.set("intent", "complete-card")
      setCardStep({ busy: true, errors: null, priceChanges: null, cardError: null })
      submit(formData, { method: "post" })
    } catch {
      setCardStep({ busy: false, errors: null, priceChanges: null, cardError: t("checkout.payment.card.unavailable") })
    }
  }

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("checkout.title")}</h1>
        <Link to="/gio-hang" className="text-sm font-medium text-brand-700 hover:underline">
          {t("checkout.backToCart")}
        </Link>
      </div>

      <Form method="post" noValidate onSubmit={payByCard} className="mt-6 space-y-4">
        <input type="hidden" name="seen" value={seenLines(cart.items)} />
        <input type="hidden" name="seen_total" value={cart.item_total + view.shippingEstimate} />
        {priceChanges ? (
          <PriceChangeNotice changes={priceChanges} />
        ) : (
          errors?.form && (
            <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-4 text-red-900">
              <h2 className="font-semibold">{t("checkout.errorSummary")}</h2>
              <p className="mt-1 text-sm">{errors.form}</p>
            </div>
          )
        )}

        <Section number={1} title={t("checkout.contact")}>
          <TextField name="email" type="email" label={t("checkout.email")} hint={t("checkout.email.hint")} value={values.email} error={fieldError("email")} autoComplete="email" inputMode="email" required />
          <TextField name="phone" type="tel" label={t("checkout.phone")} hint={t("checkout.phone.hint")} value={values.phone} error={fieldError("phone")} autoComplete="tel" inputMode="tel" required />
        </Section>

        <Section number={2} title={t("checkout.address")}>
          <p className="text-xs text-stone-600">{t("checkout.address.hint")}</p>
          <TextField name="name" label={t("checkout.name")} value={values.name} error={fieldError("name")} autoComplete="name" required />
          <div>
            <label htmlFor="province" className="block text-sm font-medium text-stone-800">
              {t("checkout.province")}
            </label>
            <select
              id="province"
              name="province"
              value={province}
              onChange={(e) => setProvince(e.target.value)}
              autoComplete="address-level1"
              aria-invalid={fieldError("province") ? true : undefined}
              aria-describedby={fieldError("province") ? "province-error" : undefined}
              className={inputClass}
            >
              <option value="">{t("checkout.province.choose")}</option>
              {provinces.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <FieldError id="province-error" message={fieldError("province")} />
            <noscript>
              <button type="submit" name="intent" value="refresh" formNoValidate className="mt-2 text-sm font-medium text-brand-700 underline">
                {t("checkout.refreshCommunes")}
              </button>
            </noscript>
          </div>
          {listed ? (
            <div>
              <label htmlFor="commune" className="block text-sm font-medium text-stone-800">
                {t("checkout.commune")}
              </label>
              <select
                key={province}
                id="commune"
                name="commune"
                defaultValue={listed.includes(values.commune) ? values.commune : ""}
                autoComplete="address-level2"
                aria-invalid={fieldError("commune") ? true : undefined}
                aria-describedby={fieldError("commune") ? "commune-error" : undefined}
                className={inputClass}
              >
                <option value="">{t("checkout.commune.choose")}</option>
                {listed.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
              <FieldError id="commune-error" message={fieldError("commune")} />
            </div>
          ) : (
            <TextField
              key={province}
              name="commune"
              label={t("checkout.commune")}
              hint={t("checkout.commune.hint")}
              value={Object.entries(communes).some(([p, list]) => p !== province && list.includes(values.commune)) ? "" : values.commune}
              error={fieldError("commune")}
              autoComplete="address-level2"
              required
            />
          )}
          <TextField name="street" label={t("checkout.street")} value={values.street} error={fieldError("street")} autoComplete="street-address" required />
        </Section>

        <Section number={3} title={t("order.invoice")}>
          <div className="group space-y-4">
            <label className="flex min-h-10 items-center gap-3 text-sm font-medium">
              <input type="checkbox" name="invoice" defaultChecked={values.invoice} className="h-5 w-5 accent-brand-600" />
              {t("checkout.invoice")}
            </label>
            <div className="hidden space-y-4 group-has-[:checked]:block">
            <TextField name="company_name" label={t("checkout.invoice.companyName")} value={values.company_name} error={fieldError("company_name")} autoComplete="organization" />
            <TextField name="tax_code" label={t("checkout.invoice.taxCode")} hint={t("checkout.invoice.taxCode.hint")} value={values.tax_code} error={fieldError("tax_code")} inputMode="numeric" />
            <TextField name="company_address" label={t("checkout.invoice.address")} value={values.company_address} error={fieldError("company_address")} />
            </div>
          </div>
        </Section>

        <Section number={4} title={t("checkout.shipping")}>
          {view.delivery && (
            <label className="flex gap-3 rounded-xl border border-brand-600 bg-brand-50 p-3">
              <input type="radio" name="shipping" value={view.delivery.id} defaultChecked className="mt-1 h-5 w-5 accent-brand-600" />
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{view.delivery.name}</span>
                {view.delivery.rates.free_over !== null && (
                  <span className="block text-xs text-stone-600">
                    {t("cart.shippingNote", { fee: formatMoney(view.delivery.rates.parcel_fee), threshold: formatMoney(view.delivery.rates.free_over) })}
                  </span>
                )}
                <ul className="mt-2 space-y-1 text-sm">
                  {view.groups.map((group) => (
                    <li key={group.producer?.id ?? "none"} className="flex justify-between gap-3">
                      <span className="min-w-0">{t("checkout.shipping.parcel", { producer: group.producer?.name ?? t("cart.noProducer") })}</span>
                      <span className="shrink-0 font-medium">{group.fee === 0 ? t("checkout.shipping.free") : formatMoney(group.fee)}</span>
                    </li>
                  ))}
                </ul>
              </span>
            </label>
          )}
          <FieldError id="shipping-error" message={fieldError("shipping")} />
        </Section>

        <Section number={5} title={t("checkout.payment")}>
          <fieldset aria-describedby={fieldError("payment") ? "payment-error" : undefined}>
            <legend className="sr-only">{t("checkout.payment")}</legend>
            <div className="space-y-2">
              {choices.map((choice) => (
                <label key={choice} className="flex gap-3 rounded-xl border border-stone-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input
                    type="radio"
                    name="payment"
                    value={choice}
                    defaultChecked={values.payment === choice}
                    onChange={() => setPayment(choice)}
                    className="mt-1 h-5 w-5 accent-brand-600"
                  />
                  <span className="min-w-0">
                    <span className="block font-medium">{t(PAYMENT_LABELS[choice].label)}</span>
                    <span className="block text-xs text-stone-600">{t(PAYMENT_LABELS[choice].hint)}</span>
                    {choice === "card" && (
                      <noscript>
                        <span className="block text-xs text-amber-800">{t("checkout.payment.card.noscript")}</span>
                      </noscript>
                    )}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {hydrated && payment === "card" && stripe && <CardField stripeConfig={stripe} cardRef={card} error={cardStep.cardError ?? undefined} />}
          <FieldError id="payment-error" message={fieldError("payment")} />
        </Section>

        <Section number={6} title={t("checkout.review")}>
          <Review groups={view.groups} itemTotal={cart.item_total} shipping={view.shippingEstimate} />
        </Section>

        <button
          type="submit"
          name="intent"
          value="place"
          disabled={busy}
          className="flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-600 px-6 text-lg font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {busy ? t("checkout.placing") : t("checkout.place")}
        </button>
      </Form>
    </div>
  )
}

export function meta({ matches }: Route.MetaArgs) {
  const t = translator(langFromMatches(matches))
  return [{ title: t("checkout.meta.title") }, { name: "robots", content: "noindex" }]
}
