/**
 * A small stateful server that speaks the part of Stripe's HTTP API that
 * Medusa's Stripe provider uses, for tests: see README.md for what it covers
 * and where it simplifies. Requests and responses follow Stripe's documented
 * shapes (form-encoded bodies, Bearer test keys, `{ error: { type, code,
 * message, param } }`, idempotency keys), so the real Stripe SDK talks to it
 * unchanged with `host`/`port`/`protocol` pointed here.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { declineOutcome, LIVE_CARD_IN_TEST_MODE, luhnValid, TEST_CARD_NUMBERS, TEST_CARDS, type TestCard } from "./cards"
import { API_VERSION, buildEvent, stripeId, webhookRequest, type StripeEvent } from "./events"
import { decodeForm, FormError, type FormObject, type FormValue } from "./form"
import { stripeJsSource } from "./stripe-js"

type Json = Record<string, any>

export type StripeFakeOptions = {
  /** Port to bind on 127.0.0.1 (or `host`); 0 or absent picks a free one. */
  port?: number
  host?: string
  /** The only secret key accepted; any `sk_test_…` / `rk_test_…` key when absent. */
  secretKey?: string
  /** The only publishable key accepted (client-side calls); any `pk_test_…` key when absent. */
  publishableKey?: string
  /** Endpoints every event is delivered to, signed with their secret, in order. */
  webhooks?: { url: string; secret: string }[]
}

export type RecordedRequest = {
  id: string
  method: string
  path: string
  /** Decoded query-string parameters (GET, DELETE). */
  query: FormObject
  /** Decoded form body (POST). */
  body: FormObject
  /** The body exactly as received. */
  rawBody: string
  headers: Record<string, string>
  status: number
  replayed: boolean
}

export type Delivery = { event: string; type: string; url: string; status?: number; error?: string }

/** Requests paused before the fake answers them, to put two callers' requests in flight at once. */
export type Hold = {
  /** How many matching requests are waiting now. */
  readonly waiting: number
  /** Resolves true once `count` matching requests are waiting, false after `timeoutMs` without. */
  whenWaiting(count: number, timeoutMs: number): Promise<boolean>
  /** Answers every waiting request and stops holding new ones. */
  release(): void
}

export type StripeFake = {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string
  host: string
  port: number
  requests: RecordedRequest[]
  events: StripeEvent[]
  deliveries: Delivery[]
  paymentIntents: Map<string, Json>
  charges: Map<string, Json>
  refunds: Map<string, Json>
  customers: Map<string, Json>
  paymentMethods: Map<string, Json>
  /** Builds an event around `object` and records it (and delivers it to the configured webhooks). */
  emit(type: string, object: Json): StripeEvent
  /** POSTs `event` to `url` the way Stripe does, signed with `secret` (or a wrong one to test refusals). */
  deliver(event: StripeEvent, target: { url: string; secret: string; timestamp?: number }): Promise<{ status: number; body: string }>
  /** Waits until every queued webhook delivery has been attempted. */
  settle(): Promise<void>
  /** Holds every `method` request to exactly `path` (e.g. `GET /v1/payment_intents/pi_…`) until released. */
  hold(method: string, path: string): Hold
  stop(): Promise<void>
}

/** An error answered in Stripe's shape: `{ error: { type, code, message, param, … } }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json
  ) {
    super(body.message)
  }
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`

function invalid(message: string, extra: { code?: string; param?: string; payment_intent?: Json } = {}) {
  return new StripeApiError(400, { type: "invalid_request_error", message, ...extra })
}
function notFound(kind: string, id: string, param: string) {
  return new StripeApiError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, param })
}
function unexpectedState(intent: Json, message: string) {
  return invalid(message, { code: "payment_intent_unexpected_state", payment_intent: structuredClone(intent) })
}
function unauthorized(message: string) {
  return new StripeApiError(401, { type: "invalid_request_error", message })
}

// Parameter readers: values arrive as strings and are converted per parameter, as Stripe does.

function allow(params: FormObject, names: string[]) {
  for (const key of Object.keys(params)) {
    if (!names.includes(key)) throw invalid(`Received unknown parameter: ${key}`, { code: "parameter_unknown", param: key })
  }
}
function str(params: FormObject, name: string, required = false): string | undefined {
  const value = params[name]
  if (value === undefined || value === "") {
    if (required) throw invalid(`Missing required param: ${name}.`, { code: "parameter_missing", param: name })
    return undefined
  }
  if (typeof value !== "string") throw invalid(`Invalid string: ${name}`, { code: "parameter_invalid_string", param: name })
  return value
}
function int(params: FormObject, name: string, required = false): number | undefined {
  const value = str(params, name, required)
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value)) throw invalid(`Invalid integer: ${value}`, { code: "parameter_invalid_integer", param: name })
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw invalid(`Invalid integer: ${value}`, { code: "parameter_invalid_integer", param: name })
  return n
}
function positive(params: FormObject, name: string, required = false): number | undefined {
  const n = int(params, name, required)
  if (n !== undefined && n < 1) throw invalid("This value must be greater than or equal to 1.", { code: "parameter_invalid_integer", param: name })
  return n
}
function bool(params: FormObject, name: string): boolean | undefined {
  const value = str(params, name)
  if (value === undefined) return undefined
  if (value !== "true" && value !== "false") throw invalid(`Invalid boolean: ${value}`, { code: "parameter_invalid_boolean", param: name })
  return value === "true"
}
function oneOf<T extends string>(params: FormObject, name: string, values: readonly T[]): T | undefined {
  const value = str(params, name)
  if (value === undefined) return undefined
  if (!values.includes(value as T)) throw invalid(`Invalid ${name}: must be one of ${values.join(", ")}`, { code: "parameter_invalid_string", param: name })
  return value as T
}
function hash(params: FormObject, name: string): Record<string, FormValue> | undefined {
  const value = params[name]
  if (value === undefined || value === "") return undefined
  if (typeof value !== "object" || Array.isArray(value)) throw invalid(`Invalid object`, { code: "parameter_invalid_object", param: name })
  return value
}
function list(params: FormObject, name: string): string[] | undefined {
  const value = params[name]
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw invalid(`Invalid array`, { code: "parameter_invalid_array", param: name })
  return value as string[]
}
/** Metadata merges key by key; an empty value deletes its key (https://docs.stripe.com/api/metadata). */
function mergeMetadata(current: Json, params: FormObject): Json {
  if (params.metadata === "") return {}
  const update = hash(params, "metadata")
  if (!update) return current
  const next = { ...current }
  for (const [key, value] of Object.entries(update)) {
    if (typeof value !== "string") throw invalid("Invalid metadata value", { param: `metadata[${key}]` })
    if (key.length > 40) throw invalid("Metadata keys can have at most 40 characters.", { param: `metadata[${key}]` })
    if (value.length > 500) throw invalid("Metadata values can have at most 500 characters.", { param: `metadata[${key}]` })
    if (value === "") delete next[key]
    else next[key] = value
  }
  if (Object.keys(next).length > 50) throw invalid("Metadata can have at most 50 keys.", { param: "metadata" })
  return next
}
function address(value: Record<string, FormValue> | undefined): Json | null {
  if (!value) return null
  const field = (k: string) => (typeof value[k] === "string" && value[k] !== "" ? value[k] : null)
  return { city: field("city"), country: field("country"), line1: field("line1"), line2: field("line2"), postal_code: field("postal_code"), state: field("state") }
}

const now = () => Math.floor(Date.now() / 1000)

const INTENT_CREATE = [
  "amount", "currency", "application_fee_amount", "automatic_payment_methods", "capture_method", "confirm", "confirmation_method",
  "customer", "description", "error_on_requires_action", "expand", "mandate", "mandate_data", "metadata", "off_session", "on_behalf_of",
  "payment_method", "payment_method_configuration", "payment_method_data", "payment_method_options", "payment_method_types",
  "radar_options", "receipt_email", "return_url", "setup_future_usage", "shipping", "statement_descriptor",
  "statement_descriptor_suffix", "transfer_data", "transfer_group", "use_stripe_sdk",
]
const INTENT_UPDATE = [
  "amount", "currency", "application_fee_amount", "capture_method", "customer", "description", "expand", "metadata",
  "payment_method", "payment_method_configuration", "payment_method_data", "payment_method_options", "payment_method_types",
  "receipt_email", "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix", "transfer_data", "transfer_group",
]
const INTENT_CONFIRM = [
  "capture_method", "client_secret", "error_on_requires_action", "expand", "mandate", "mandate_data", "off_session", "payment_method",
  "payment_method_data", "payment_method_options", "payment_method_types", "radar_options", "receipt_email", "return_url",
  "setup_future_usage", "shipping", "use_stripe_sdk",
]
const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"] as const
const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]
const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
const CUSTOMER_FIELDS = [
  "address", "balance", "description", "email", "expand", "invoice_prefix", "invoice_settings", "metadata", "name",
  "next_invoice_sequence", "payment_method", "phone", "preferred_locales", "shipping", "tax", "tax_exempt",
]

type Key = { value: string; kind: "secret" | "publishable" }
type Context = { method: string; path: string; params: FormObject; key: Key; requestId: string; idempotencyKey: string | null }
type Handler = (ctx: Context, id: string) => Json

/** Starts the fake; resolves once it listens. */
export async function startStripeFake(options: StripeFakeOptions = {}): Promise<StripeFake> {
  const host = options.host ?? "127.0.0.1"
  const paymentIntents = new Map<string, Json>()
  const charges = new Map<string, Json>()
  const refunds = new Map<string, Json>()
  const customers = new Map<string, Json>()
  const paymentMethods = new Map<string, Json>()
  const cardOf = new Map<string, TestCard>()
  const idempotent = new Map<string, { signature: string; status: number; body: Json; requestId: string }>()
  const requests: RecordedRequest[] = []
  const events: StripeEvent[] = []
  const deliveries: Delivery[] = []
  const webhooks = options.webhooks ?? []
  let queue: Promise<void> = Promise.resolve()
  let current: Context | null = null
  const holds: { method: string; path: string; waiting: (() => void)[]; changed: (() => void)[]; released: boolean }[] = []

  function hold(method: string, path: string): Hold {
    const entry = { method: method.toUpperCase(), path, waiting: [] as (() => void)[], changed: [] as (() => void)[], released: false }
    holds.push(entry)
    return {
      get waiting() {
        return entry.waiting.length
      },
      whenWaiting(count, timeoutMs) {
        return new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(entry.waiting.length >= count), timeoutMs)
          const check = () => {
            if (entry.waiting.length < count) return entry.changed.push(check)
            clearTimeout(timer)
            resolve(true)
          }
          check()
        })
      },
      release() {
        entry.released = true
        holds.splice(holds.indexOf(entry), 1)
        for (const go of entry.waiting.splice(0)) go()
      },
    }
  }

  /** Waits while a hold matches this request. */
  async function paused(method: string, path: string) {
    const entry = holds.find((h) => !h.released && h.method === method && h.path === path)
    if (!entry) return
    await new Promise<void>((resolve) => {
      entry.waiting.push(resolve)
      for (const notify of entry.changed.splice(0)) notify()
    })
  }

  async function deliver(event: StripeEvent, target: { url: string; secret: string; timestamp?: number }) {
    const { payload, headers } = webhookRequest(event, target.secret, target.timestamp)
    const response = await fetch(target.url, { method: "POST", headers, body: payload })
    return { status: response.status, body: await response.text() }
  }

  function emit(type: string, object: Json): StripeEvent {
    const request = current ? { id: current.requestId, idempotency_key: current.idempotencyKey } : undefined
    const event = buildEvent(type, object, { request, pending_webhooks: webhooks.length })
    events.push(event)
    for (const target of webhooks) {
      const record: Delivery = { event: event.id, type, url: target.url }
      deliveries.push(record)
      queue = queue.then(async () => {
        try {
          record.status = (await deliver(event, target)).status
        } catch (error) {
          record.error = (error as Error).message
        }
      })
    }
    return event
  }

  const expandable: Record<string, Map<string, Json>> = {
    payment_method: paymentMethods,
    latest_charge: charges,
    customer: customers,
    charge: charges,
    payment_intent: paymentIntents,
  }
  /** A copy of `object` with the `expand[]` fields replaced by the objects they name. */
  function render(object: Json, params: FormObject): Json {
    const out = structuredClone(object)
    for (const path of list(params, "expand") ?? []) {
      const store = expandable[path]
      if (!store || !(path in out)) throw invalid(`This property cannot be expanded (${path}).`, { param: "expand" })
      if (typeof out[path] === "string") out[path] = structuredClone(store.get(out[path]) ?? out[path])
    }
    return out
  }

  function getIntent(id: string): Json {
    const intent = paymentIntents.get(id)
    if (!intent) throw notFound("payment_intent", id, "intent")
    return intent
  }

  /** A test card token (`pm_card_visa`) becomes a new PaymentMethod; an existing `pm_…` is used as is. */
  function paymentMethodFor(reference: string): Json {
    const existing = paymentMethods.get(reference)
    if (existing) return existing
    const card = TEST_CARDS[reference]
    if (!card) throw invalid(`No such PaymentMethod: '${reference}'`, { code: "resource_missing", param: "payment_method" })
    return createPaymentMethod(card)
  }

  /**
   * `payment_method_data[type]=card` with the card's number, expiry and CVC, as Stripe.js
   * sends them when confirming with a card element: a test number becomes that test card;
   * a number failing the Luhn check, a past expiry or a real card number in test mode is
   * refused the way Stripe refuses it (402 card_error).
   */
  function paymentMethodFromData(intent: Json, data: FormValue): Json {
    if (!data || typeof data !== "object" || Array.isArray(data)) throw invalid("Invalid object", { code: "parameter_invalid_object", param: "payment_method_data" })
    if (data.type !== "card") throw invalid("This server only accepts payment_method_data[type]=card.", { code: "parameter_invalid_string", param: "payment_method_data[type]" })
    const card = data.card
    if (!card || typeof card !== "object" || Array.isArray(card)) throw invalid("Missing required param: payment_method_data[card].", { code: "parameter_missing", param: "payment_method_data[card]" })
    const field = (name: string) => (typeof card[name] === "string" ? (card[name] as string).replace(/\s/g, "") : "")
    const number = field("number")
    const month = Number(field("exp_month"))
    const year = Number(field("exp_year").length === 2 ? `20${field("exp_year")}` : field("exp_year"))
    const cardError = (code: string, message: string, param: string) => {
      const error = { type: "card_error", code, message, param, doc_url: docUrl(code) }
      Object.assign(intent, { status: "requires_payment_method", payment_method: null, last_payment_error: error })
      return new StripeApiError(402, { ...error, payment_intent: structuredClone(intent) })
    }
    if (!number) throw invalid("Missing required param: payment_method_data[card][number].", { code: "parameter_missing", param: "payment_method_data[card][number]" })
    if (!luhnValid(number)) throw cardError("incorrect_number", "Your card number is incorrect.", "number")
    if (!Number.isInteger(month) || month < 1 || month > 12) throw cardError("invalid_expiry_month", "Your card's expiration month is invalid.", "exp_month")
    const today = new Date()
    if (!Number.isInteger(year) || year < today.getFullYear() || (year === today.getFullYear() && month < today.getMonth() + 1)) {
      throw cardError("invalid_expiry_year", "Your card's expiration year is invalid.", "exp_year")
    }
    if (!/^\d{3,4}$/.test(field("cvc"))) throw cardError("invalid_cvc", "Your card's security code is invalid.", "cvc")
    const reference = TEST_CARD_NUMBERS[number]
    const known: TestCard = reference
      ? TEST_CARDS[reference]
      : { brand: number.startsWith("4") ? "visa" : number.startsWith("5") ? "mastercard" : "unknown", last4: number.slice(-4), funding: "credit", country: "US", decline: LIVE_CARD_IN_TEST_MODE }
    return createPaymentMethod(known, { month, year })
  }

  function createPaymentMethod(card: TestCard, expiry?: { month: number; year: number }): Json {
    const pm = {
      id: stripeId("pm"),
      object: "payment_method",
      billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null },
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
        country: card.country,
        exp_month: expiry?.month ?? 12,
        exp_year: expiry?.year ?? new Date().getFullYear() + 3,
        fingerprint: stripeId("fp", 16).slice(3),
        funding: card.funding,
        last4: card.last4,
        networks: { available: [card.brand], preferred: null },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: now(),
      customer: null,
      livemode: false,
      metadata: {},
      type: "card",
    }
    paymentMethods.set(pm.id, pm)
    cardOf.set(pm.id, card)
    return pm
  }

  /** Charges the intent's card: succeeds (held or captured by capture_method) or declines with a 402 card_error. */
  function attemptCharge(intent: Json) {
    if (!intent.payment_method) {
      throw unexpectedState(intent, "You cannot confirm this PaymentIntent because it's missing a payment method. Update the PaymentIntent with a payment method and then confirm it again.")
    }
    const pm = paymentMethods.get(intent.payment_method)!
    const card = cardOf.get(pm.id)!
    const manual = intent.capture_method === "manual"
    const charge: Json = {
      id: stripeId("ch"),
      object: "charge",
      amount: intent.amount,
      amount_captured: 0,
      amount_refunded: 0,
      balance_transaction: null,
      captured: false,
      created: now(),
      currency: intent.currency,
      customer: intent.customer,
      description: intent.description,
      failure_code: null,
      failure_message: null,
      livemode: false,
      metadata: structuredClone(intent.metadata),
      outcome: null,
      paid: false,
      payment_intent: intent.id,
      payment_method: pm.id,
      payment_method_details: { card: { brand: card.brand, country: card.country, funding: card.funding, last4: card.last4 }, type: "card" },
      refunded: false,
      status: "pending",
    }
    charges.set(charge.id, charge)
    intent.latest_charge = charge.id
    if (card.decline) {
      const { code, decline_code, message } = card.decline
      Object.assign(charge, { status: "failed", failure_code: code, failure_message: message, outcome: declineOutcome(decline_code) })
      const error = { charge: charge.id, code, decline_code, doc_url: docUrl(code), message, payment_method: structuredClone(pm), type: "card_error" }
      Object.assign(intent, { status: "requires_payment_method", payment_method: null, last_payment_error: error })
      emit("charge.failed", charge)
      emit("payment_intent.payment_failed", intent)
      throw new StripeApiError(402, { ...error, payment_intent: structuredClone(intent) })
    }
    Object.assign(charge, {
      status: "succeeded",
      paid: true,
      captured: !manual,
      amount_captured: manual ? 0 : intent.amount,
      balance_transaction: manual ? null : stripeId("txn"),
      outcome: { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
    })
    intent.last_payment_error = null
    if (intent.customer && intent.setup_future_usage) pm.customer = intent.customer
    emit("charge.succeeded", charge)
    if (manual) {
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      emit("payment_intent.amount_capturable_updated", intent)
    } else {
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      emit("payment_intent.succeeded", intent)
    }
  }

  function confirm(intent: Json, params: FormObject) {
    if (!CONFIRMABLE.includes(intent.status)) {
      throw unexpectedState(intent, `You cannot confirm this PaymentIntent because it has a status of ${intent.status}.`)
    }
    const captureMethod = oneOf(params, "capture_method", CAPTURE_METHODS)
    if (captureMethod) intent.capture_method = captureMethod
    const pm = str(params, "payment_method")
    if (pm && params.payment_method_data !== undefined) {
      throw invalid("You may only specify one of these parameters: payment_method, payment_method_data.", { param: "payment_method_data" })
    }
    if (pm) intent.payment_method = paymentMethodFor(pm).id
    if (params.payment_method_data !== undefined) intent.payment_method = paymentMethodFromData(intent, params.payment_method_data).id
    attemptCharge(intent)
  }

  function customerRef(params: FormObject): string | null {
    const id = str(params, "customer")
    if (id === undefined) return null
    if (!customers.get(id) || customers.get(id)!.deleted) throw notFound("customer", id, "customer")
    return id
  }

  const handlers = {
    createIntent(ctx: Context): Json {
      const p = ctx.params
      allow(p, INTENT_CREATE)
      const amount = positive(p, "amount", true)!
      const currency = str(p, "currency", true)!.toLowerCase()
      if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}`, { param: "currency" })
      const types = list(p, "payment_method_types")
      const automatic = hash(p, "automatic_payment_methods")
      if (types && automatic) {
        throw invalid("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.", { param: "automatic_payment_methods" })
      }
      const id = stripeId("pi")
      const intent: Json = {
        id,
        object: "payment_intent",
        amount,
        amount_capturable: 0,
        amount_details: { tip: {} },
        amount_received: 0,
        application: null,
        application_fee_amount: int(p, "application_fee_amount") ?? null,
        automatic_payment_methods: automatic ? { allow_redirects: "always", enabled: automatic.enabled === "true" } : null,
        canceled_at: null,
        cancellation_reason: null,
        capture_method: oneOf(p, "capture_method", CAPTURE_METHODS) ?? "automatic_async",
        client_secret: `${id}_secret_${stripeId("x", 25).slice(2)}`,
        confirmation_method: oneOf(p, "confirmation_method", ["automatic", "manual"] as const) ?? "automatic",
        created: now(),
        currency,
        customer: customerRef(p),
        description: str(p, "description") ?? null,
        invoice: null,
        last_payment_error: null,
        latest_charge: null,
        livemode: false,
        metadata: mergeMetadata({}, p),
        next_action: null,
        on_behalf_of: null,
        payment_method: null,
        payment_method_configuration_details: null,
        payment_method_options: {},
        payment_method_types: types ?? ["card"],
        processing: null,
        receipt_email: str(p, "receipt_email") ?? null,
        review: null,
        setup_future_usage: oneOf(p, "setup_future_usage", ["on_session", "off_session"] as const) ?? null,
        shipping: null,
        source: null,
        statement_descriptor: str(p, "statement_descriptor") ?? null,
        statement_descriptor_suffix: str(p, "statement_descriptor_suffix") ?? null,
        status: "requires_payment_method",
        transfer_data: null,
        transfer_group: str(p, "transfer_group") ?? null,
      }
      const pm = str(p, "payment_method")
      if (pm) {
        intent.payment_method = paymentMethodFor(pm).id
        intent.status = "requires_confirmation"
      }
      paymentIntents.set(id, intent)
      emit("payment_intent.created", intent)
      if (bool(p, "confirm")) confirm(intent, {})
      return render(intent, p)
    },

    retrieveIntent(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand", "client_secret"])
      return render(getIntent(id), ctx.params)
    },

    updateIntent(ctx: Context, id: string): Json {
      const p = ctx.params
      allow(p, INTENT_UPDATE)
      const intent = getIntent(id)
      const onlyNotes = Object.keys(p).every((k) => ["metadata", "description", "expand", "receipt_email", "shipping"].includes(k))
      if ((intent.status === "succeeded" || intent.status === "canceled") && !onlyNotes) {
        throw unexpectedState(intent, `You cannot update this PaymentIntent because it has a status of ${intent.status}.`)
      }
      const amount = positive(p, "amount")
      if (amount !== undefined) {
        if (!CONFIRMABLE.includes(intent.status)) {
          throw unexpectedState(intent, `You cannot update the amount of this PaymentIntent because it has a status of ${intent.status}.`)
        }
        intent.amount = amount
      }
      const currency = str(p, "currency")
      if (currency) intent.currency = currency.toLowerCase()
      const description = str(p, "description")
      if (description !== undefined) intent.description = description
      if (p.customer !== undefined) intent.customer = customerRef(p)
      const captureMethod = oneOf(p, "capture_method", CAPTURE_METHODS)
      if (captureMethod) intent.capture_method = captureMethod
      const types = list(p, "payment_method_types")
      if (types) intent.payment_method_types = types
      intent.metadata = mergeMetadata(intent.metadata, p)
      const pm = str(p, "payment_method")
      if (pm) {
        intent.payment_method = paymentMethodFor(pm).id
        if (intent.status === "requires_payment_method") intent.status = "requires_confirmation"
      }
      return render(intent, p)
    },

    confirmIntent(ctx: Context, id: string): Json {
      const p = ctx.params
      allow(p, INTENT_CONFIRM)
      const intent = getIntent(id)
      const { client_secret: _clientSecret, ...rest } = p
      confirm(intent, rest)
      return render(intent, p)
    },

    captureIntent(ctx: Context, id: string): Json {
      const p = ctx.params
      allow(p, ["amount_to_capture", "application_fee_amount", "expand", "final_capture", "metadata", "statement_descriptor", "statement_descriptor_suffix", "transfer_data"])
      const intent = getIntent(id)
      if (intent.status !== "requires_capture") {
        throw unexpectedState(
          intent,
          `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`
        )
      }
      const amount = positive(p, "amount_to_capture") ?? intent.amount_capturable
      if (amount > intent.amount_capturable) {
        throw invalid(`The amount to capture (${amount}) is greater than the amount capturable (${intent.amount_capturable}).`, { code: "amount_too_large", param: "amount_to_capture" })
      }
      const charge = charges.get(intent.latest_charge)!
      Object.assign(charge, { captured: true, amount_captured: amount, balance_transaction: stripeId("txn") })
      Object.assign(intent, { status: "succeeded", amount_received: amount, amount_capturable: 0, metadata: mergeMetadata(intent.metadata, p) })
      emit("charge.captured", charge)
      emit("payment_intent.succeeded", intent)
      return render(intent, p)
    },

    cancelIntent(ctx: Context, id: string): Json {
      const p = ctx.params
      allow(p, ["cancellation_reason", "expand"])
      const intent = getIntent(id)
      if (!CANCELABLE.includes(intent.status)) {
        throw unexpectedState(
          intent,
          `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`
        )
      }
      const reason = oneOf(p, "cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const)
      if (intent.status === "requires_capture") {
        // The held amount is released: Stripe shows the uncaptured charge as refunded.
        const charge = charges.get(intent.latest_charge)!
        Object.assign(charge, { refunded: true, amount_refunded: charge.amount })
      }
      Object.assign(intent, { status: "canceled", canceled_at: now(), cancellation_reason: reason ?? null, amount_capturable: 0 })
      emit("payment_intent.canceled", intent)
      return render(intent, p)
    },

    createRefund(ctx: Context): Json {
      const p = ctx.params
      allow(p, ["amount", "charge", "currency", "expand", "instructions_email", "metadata", "origin", "payment_intent", "reason", "refund_application_fee", "reverse_transfer"])
      const intentId = str(p, "payment_intent")
      const chargeId = str(p, "charge")
      if (!intentId && !chargeId) throw invalid("One of the following params should be provided for this request: payment_intent or charge.", { code: "parameter_missing" })
      let charge: Json | undefined
      if (intentId) {
        const intent = paymentIntents.get(intentId)
        if (!intent) throw notFound("payment_intent", intentId, "payment_intent")
        charge = intent.latest_charge ? charges.get(intent.latest_charge) : undefined
        if (!charge || charge.status !== "succeeded" || !charge.captured) {
          throw invalid(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, { param: "payment_intent" })
        }
        if (chargeId && chargeId !== charge.id) throw invalid("The charge does not belong to this PaymentIntent.", { param: "charge" })
      } else {
        charge = charges.get(chargeId!)
        if (!charge) throw notFound("charge", chargeId!, "charge")
        if (charge.status !== "succeeded" || !charge.captured) throw invalid(`Charge ${charge.id} has not been captured.`, { param: "charge" })
      }
      const remaining = charge.amount_captured - charge.amount_refunded
      if (remaining <= 0) throw invalid(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded" })
      const amount = positive(p, "amount") ?? remaining
      if (amount > remaining) {
        throw invalid(`Refund amount (${amount} ${charge.currency}) is greater than unrefunded amount on charge (${remaining} ${charge.currency})`, { code: "amount_too_large", param: "amount" })
      }
      const refund = {
        id: stripeId("re"),
        object: "refund",
        amount,
        balance_transaction: stripeId("txn"),
        charge: charge.id,
        created: now(),
        currency: charge.currency,
        metadata: mergeMetadata({}, p),
        payment_intent: charge.payment_intent,
        reason: oneOf(p, "reason", ["duplicate", "fraudulent", "requested_by_customer"] as const) ?? null,
        receipt_number: null,
        source_transfer_reversal: null,
        status: "succeeded",
        transfer_reversal: null,
      }
      refunds.set(refund.id, refund)
      charge.amount_refunded += amount
      charge.refunded = charge.amount_refunded >= charge.amount_captured
      emit("charge.refunded", charge)
      return render(refund, p)
    },

    retrieveRefund(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand"])
      const refund = refunds.get(id)
      if (!refund) throw notFound("refund", id, "refund")
      return render(refund, ctx.params)
    },

    retrieveCharge(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand"])
      const charge = charges.get(id)
      if (!charge) throw notFound("charge", id, "charge")
      return render(charge, ctx.params)
    },

    createCustomer(ctx: Context): Json {
      const p = ctx.params
      allow(p, CUSTOMER_FIELDS)
      const customer = {
        id: stripeId("cus", 14),
        object: "customer",
        address: address(hash(p, "address")),
        balance: int(p, "balance") ?? 0,
        created: now(),
        currency: null,
        default_source: null,
        delinquent: false,
        description: str(p, "description") ?? null,
        discount: null,
        email: str(p, "email") ?? null,
        invoice_prefix: str(p, "invoice_prefix") ?? stripeId("x", 8).slice(2).toUpperCase(),
        invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
        livemode: false,
        metadata: mergeMetadata({}, p),
        name: str(p, "name") ?? null,
        next_invoice_sequence: 1,
        phone: str(p, "phone") ?? null,
        preferred_locales: list(p, "preferred_locales") ?? [],
        shipping: null,
        tax_exempt: "none",
        test_clock: null,
      }
      customers.set(customer.id, customer)
      emit("customer.created", customer)
      return render(customer, p)
    },

    retrieveCustomer(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand"])
      const customer = customers.get(id)
      if (!customer) throw notFound("customer", id, "id")
      return customer.deleted ? { id, object: "customer", deleted: true } : render(customer, ctx.params)
    },

    updateCustomer(ctx: Context, id: string): Json {
      const p = ctx.params
      allow(p, CUSTOMER_FIELDS)
      const customer = customers.get(id)
      if (!customer || customer.deleted) throw notFound("customer", id, "id")
      for (const field of ["description", "email", "name", "phone"]) {
        if (p[field] !== undefined) customer[field] = str(p, field) ?? null
      }
      if (p.address !== undefined) customer.address = address(hash(p, "address"))
      customer.metadata = mergeMetadata(customer.metadata, p)
      emit("customer.updated", customer)
      return render(customer, p)
    },

    deleteCustomer(ctx: Context, id: string): Json {
      allow(ctx.params, [])
      const customer = customers.get(id)
      if (!customer || customer.deleted) throw notFound("customer", id, "id")
      emit("customer.deleted", customer)
      customer.deleted = true
      return { id, object: "customer", deleted: true }
    },

    listCustomerPaymentMethods(ctx: Context, id: string): Json {
      allow(ctx.params, ["type", "limit", "starting_after", "ending_before", "allow_redisplay", "expand"])
      const customer = customers.get(id)
      if (!customer || customer.deleted) throw notFound("customer", id, "customer")
      const limit = int(ctx.params, "limit") ?? 10
      if (limit < 1 || limit > 100) throw invalid("This value must be between 1 and 100.", { param: "limit" })
      const type = str(ctx.params, "type")
      const data = [...paymentMethods.values()].filter((pm) => pm.customer === id && (!type || pm.type === type))
      return { object: "list", data: data.slice(0, limit), has_more: data.length > limit, url: `/v1/customers/${id}/payment_methods` }
    },

    retrievePaymentMethod(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand"])
      const pm = paymentMethods.get(id)
      if (!pm) throw notFound("payment_method", id, "payment_method")
      return render(pm, ctx.params)
    },

    retrieveEvent(ctx: Context, id: string): Json {
      allow(ctx.params, ["expand"])
      const event = events.find((e) => e.id === id)
      if (!event) throw notFound("event", id, "id")
      return event
    },
  }

  const routes: [string, RegExp, Handler, { publishable?: boolean }?][] = [
    ["POST", /^\/v1\/payment_intents$/, handlers.createIntent],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, handlers.retrieveIntent, { publishable: true }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, handlers.updateIntent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, handlers.confirmIntent, { publishable: true }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, handlers.captureIntent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, handlers.cancelIntent],
    ["POST", /^\/v1\/refunds$/, handlers.createRefund],
    ["GET", /^\/v1\/refunds\/([^/]+)$/, handlers.retrieveRefund],
    ["GET", /^\/v1\/charges\/([^/]+)$/, handlers.retrieveCharge],
    ["POST", /^\/v1\/customers$/, handlers.createCustomer],
    ["GET", /^\/v1\/customers\/([^/]+)$/, handlers.retrieveCustomer],
    ["POST", /^\/v1\/customers\/([^/]+)$/, handlers.updateCustomer],
    ["DELETE", /^\/v1\/customers\/([^/]+)$/, handlers.deleteCustomer],
    ["GET", /^\/v1\/customers\/([^/]+)\/payment_methods$/, handlers.listCustomerPaymentMethods],
    ["GET", /^\/v1\/payment_methods\/([^/]+)$/, handlers.retrievePaymentMethod],
    ["GET", /^\/v1\/events\/([^/]+)$/, handlers.retrieveEvent],
  ]

  /** The API key from `Authorization: Bearer <key>` (or Basic with the key as user name), checked. */
  function authenticate(header: string | undefined): Key {
    if (!header) {
      throw unauthorized(
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."
      )
    }
    const [scheme, credentials = ""] = header.split(" ")
    const value = /^basic$/i.test(scheme) ? Buffer.from(credentials, "base64").toString("utf8").split(":")[0] : /^bearer$/i.test(scheme) ? credentials : ""
    const masked = `${value.slice(0, 8)}${"*".repeat(Math.max(0, value.length - 12))}${value.slice(-4)}`
    if (/^(sk|rk)_test_\w+$/.test(value) && (!options.secretKey || value === options.secretKey)) return { value, kind: "secret" }
    if (/^pk_test_\w+$/.test(value) && (!options.publishableKey || value === options.publishableKey)) return { value, kind: "publishable" }
    throw unauthorized(`Invalid API Key provided: ${masked}`)
  }

  function send(res: http.ServerResponse, status: number, body: Json, headers: Record<string, string>) {
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(JSON.stringify(body, null, 2))
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const requestId = stripeId("req", 14)
    const url = new URL(req.url ?? "/", "http://fake")
    const method = (req.method ?? "GET").toUpperCase()
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]))
    const common = {
      "request-id": requestId,
      "stripe-version": headers["stripe-version"] || API_VERSION,
      "access-control-allow-origin": "*",
      "access-control-allow-credentials": "true",
      "access-control-expose-headers": "Request-Id, Stripe-Version, Idempotent-Replayed",
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString("utf8")
    const record: RecordedRequest = { id: requestId, method, path: url.pathname, query: {}, body: {}, rawBody, headers, status: 0, replayed: false }
    requests.push(record)
    await paused(method, url.pathname)
    let status = 200
    let body: Json
    const extra: Record<string, string> = {}
    try {
      if (method === "OPTIONS") {
        res.writeHead(204, {
          ...common,
          "access-control-allow-methods": "GET, POST, DELETE",
          "access-control-allow-headers": "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account",
        })
        record.status = 204
        res.end()
        return
      }
      if (method === "GET" && (url.pathname === "/v3" || url.pathname === "/v3/")) {
        // The browser library, as https://js.stripe.com/v3/ serves it, speaking to this server.
        res.writeHead(200, { ...common, "content-type": "application/javascript; charset=utf-8", "cache-control": "no-store" })
        res.end(stripeJsSource(`http://${req.headers.host ?? `${host}:${options.port ?? 0}`}`))
        record.status = 200
        return
      }
      const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname))
      if (!route) throw new StripeApiError(404, { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.` })
      const key = authenticate(headers.authorization)
      const contentType = headers["content-type"] ?? ""
      if (rawBody && method === "POST" && !contentType.startsWith("application/x-www-form-urlencoded")) {
        throw invalid("Invalid request (check that your POST content type is application/x-www-form-urlencoded). If you have any questions, we can help at https://support.stripe.com/.")
      }
      try {
        record.query = decodeForm(url.search.slice(1))
        record.body = method === "POST" ? decodeForm(rawBody) : {}
      } catch (error) {
        if (error instanceof FormError) throw invalid(error.message)
        throw error
      }
      const params = { ...record.query, ...record.body }
      const [, , handler, flags] = route
      const id = decodeURIComponent(route[1].exec(url.pathname)![1] ?? "")
      if (key.kind === "publishable") {
        if (!flags?.publishable) {
          throw unauthorized("This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.")
        }
        const intent = getIntent(id)
        if (params.client_secret !== intent.client_secret) {
          throw invalid("The client_secret provided does not match the client_secret associated with the PaymentIntent.", { param: "client_secret" })
        }
      }
      const idempotencyKey = method === "POST" ? (headers["idempotency-key"] ?? null) : null
      if (idempotencyKey && idempotencyKey.length > 255) throw invalid("Idempotency-Key must be at most 255 characters long.", { code: "idempotency_key_in_use" })
      const stored = idempotencyKey ? idempotent.get(`${key.value}\u0000${idempotencyKey}`) : undefined
      const signature = `${method} ${url.pathname} ${rawBody}`
      if (stored) {
        if (stored.signature !== signature) {
          throw new StripeApiError(400, {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          })
        }
        record.replayed = true
        extra["idempotent-replayed"] = "true"
        extra["original-request"] = stored.requestId
        status = stored.status
        body = stored.body
      } else {
        current = { method, path: url.pathname, params, key, requestId, idempotencyKey }
        try {
          body = handler(current, id)
        } catch (error) {
          if (!(error instanceof StripeApiError) || error.status !== 402) throw error
          // A declined card is a request that ran: its answer is kept for the idempotency key.
          status = 402
          body = { error: error.body }
        } finally {
          current = null
        }
        if (idempotencyKey) idempotent.set(`${key.value}\u0000${idempotencyKey}`, { signature, status, body, requestId })
      }
    } catch (error) {
      if (error instanceof StripeApiError) {
        status = error.status
        const err = { ...error.body }
        if (err.code && !err.doc_url) err.doc_url = docUrl(err.code)
        err.request_log_url = `https://dashboard.stripe.com/test/logs/${requestId}`
        body = { error: err }
      } else {
        status = 500
        body = { error: { type: "api_error", message: `The fake Stripe server failed: ${(error as Error).message}` } }
      }
    }
    record.status = status
    send(res, status, body!, { ...common, ...extra })
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, { error: { type: "api_error", message: String(error) } }, {})
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://${host}:${port}`,
    host,
    port,
    requests,
    events,
    deliveries,
    paymentIntents,
    charges,
    refunds,
    customers,
    paymentMethods,
    emit,
    deliver,
    settle: async () => {
      let last: Promise<void>
      do {
        last = queue
        await last
      } while (last !== queue)
    },
    hold,
    stop: async () => {
      await queue
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
