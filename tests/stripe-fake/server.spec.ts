/**
 * The fake against the Stripe SDK that Medusa's provider uses: requests it
 * sends are understood, answers and errors parse into the SDK's own types.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { encodeForm } from "./form"
import { startStripeFake, type StripeFake } from "./server"
import { Stripe, stripeClient, type StripeClient } from "./stripe-sdk"

const SECRET_KEY = "sk_test_ocop_fake"
const PUBLISHABLE_KEY = "pk_test_ocop_fake"
const WEBHOOK_SECRET = "whsec_ocop_fake"

let fake: StripeFake
let stripe: StripeClient
let receiver: http.Server
const received: { headers: http.IncomingHttpHeaders; body: string }[] = []

/** A browser-like call with the publishable key, as Stripe.js makes it. */
async function asBrowser(path: string, params: Record<string, unknown>, method = "POST") {
  const body = encodeForm(params)
  const response = await fetch(`${fake.url}${path}${method === "GET" ? `?${body}` : ""}`, {
    method,
    headers: { authorization: `Bearer ${PUBLISHABLE_KEY}`, "content-type": "application/x-www-form-urlencoded" },
    body: method === "GET" ? undefined : body,
  })
  return { status: response.status, body: (await response.json()) as any }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      received.push({ headers: req.headers, body })
      res.writeHead(200).end("{}")
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  fake = await startStripeFake({ secretKey: SECRET_KEY, publishableKey: PUBLISHABLE_KEY, webhooks: [{ url: hook, secret: WEBHOOK_SECRET }] })
  stripe = stripeClient(fake.url, SECRET_KEY)
})

afterAll(async () => {
  await fake?.stop()
  await new Promise((resolve) => receiver?.close(resolve))
})

describe("authentication", () => {
  it("requires a Bearer test key and answers 401 in Stripe's error shape otherwise", async () => {
    const none = await fetch(`${fake.url}/v1/payment_intents/pi_x`)
    expect(none.status).toBe(401)
    expect((await none.json()).error).toMatchObject({ type: "invalid_request_error", message: expect.stringMatching(/^You did not provide an API key/) })

    const wrong = stripeClient(fake.url, "sk_test_someone_else")
    await expect(wrong.paymentIntents.create({ amount: 1000, currency: "vnd" })).rejects.toMatchObject({
      type: "StripeAuthenticationError",
      statusCode: 401,
      message: expect.stringMatching(/^Invalid API Key provided: sk_test_/),
    })
    const live = await fetch(`${fake.url}/v1/payment_intents/pi_x`, { headers: { authorization: "Bearer sk_live_abc" } })
    expect(live.status).toBe(401)
  })

  it("lets a publishable key only read and confirm an intent with its client secret", async () => {
    const created = await asBrowser("/v1/payment_intents", { amount: 1000, currency: "vnd" })
    expect(created.status).toBe(401)
    expect(created.body.error.message).toMatch(/publishable API key/)
    const intent = await stripe.paymentIntents.create({ amount: 1000, currency: "vnd" })
    const wrong = await asBrowser(`/v1/payment_intents/${intent.id}`, { client_secret: `${intent.id}_secret_nope` }, "GET")
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.param).toBe("client_secret")
    const read = await asBrowser(`/v1/payment_intents/${intent.id}`, { client_secret: intent.client_secret }, "GET")
    expect(read.body).toMatchObject({ id: intent.id, status: "requires_payment_method" })
  })
})

describe("PaymentIntents", () => {
  it("creates an intent from the SDK's form body, zero-decimal VND amount as given", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 125000,
      currency: "VND",
      capture_method: "manual",
      metadata: { session_id: "payses_01" },
      expand: ["payment_method"],
    })
    expect(intent).toMatchObject({
      object: "payment_intent",
      amount: 125000,
      currency: "vnd",
      status: "requires_payment_method",
      capture_method: "manual",
      amount_received: 0,
      latest_charge: null,
      metadata: { session_id: "payses_01" },
    })
    expect(intent.id).toMatch(/^pi_\w{24}$/)
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_\\w+$`))
    const request = fake.requests.find((r) => r.method === "POST" && r.path === "/v1/payment_intents" && r.body.metadata)!
    expect(request.rawBody).toContain("amount=125000&")
    expect(request.body).toMatchObject({ amount: "125000", metadata: { session_id: "payses_01" }, expand: ["payment_method"] })
    expect(request.headers["stripe-version"]).toBeTruthy()
  })

  it("moves requires_payment_method → requires_confirmation → requires_capture → succeeded, then refunds", async () => {
    const created = await stripe.paymentIntents.create({ amount: 125000, currency: "vnd", capture_method: "manual" })
    const withCard = await stripe.paymentIntents.update(created.id, { payment_method: "pm_card_visa" })
    expect(withCard.status).toBe("requires_confirmation")
    expect(withCard.payment_method).toMatch(/^pm_/)

    const confirmed = await stripe.paymentIntents.confirm(created.id, { expand: ["payment_method", "latest_charge"] })
    expect(confirmed).toMatchObject({ status: "requires_capture", amount_capturable: 125000, amount_received: 0 })
    expect(confirmed.payment_method).toMatchObject({ object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } })
    expect(confirmed.latest_charge).toMatchObject({ object: "charge", status: "succeeded", captured: false, amount: 125000 })

    await expect(stripe.paymentIntents.update(created.id, { amount: 1 })).rejects.toMatchObject({ code: "payment_intent_unexpected_state" })

    const captured = await stripe.paymentIntents.capture(created.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 125000, amount_capturable: 0 })
    expect(fake.charges.get(captured.latest_charge)).toMatchObject({ captured: true, amount_captured: 125000 })

    const again = await stripe.paymentIntents.capture(created.id).catch((e: any) => e)
    expect(again).toMatchObject({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state" })
    expect(again.payment_intent.status).toBe("succeeded")

    const part = await stripe.refunds.create({ payment_intent: created.id, amount: 25000 })
    expect(part).toMatchObject({ object: "refund", amount: 25000, currency: "vnd", status: "succeeded", payment_intent: created.id, charge: captured.latest_charge })
    await expect(stripe.refunds.create({ payment_intent: created.id, amount: 100001 })).rejects.toMatchObject({ code: "amount_too_large", param: "amount" })
    const rest = await stripe.refunds.create({ payment_intent: created.id })
    expect(rest.amount).toBe(100000)
    expect(await stripe.charges.retrieve(captured.latest_charge)).toMatchObject({ amount_refunded: 125000, refunded: true })
    await expect(stripe.refunds.create({ payment_intent: created.id })).rejects.toMatchObject({ code: "charge_already_refunded" })
    expect((await stripe.refunds.retrieve(part.id)).amount).toBe(25000)
  })

  it("captures at once with capture_method automatic, and part of a hold when asked", async () => {
    const auto = await stripe.paymentIntents.create({ amount: 50000, currency: "vnd", capture_method: "automatic", payment_method: "pm_card_mastercard", confirm: true })
    expect(auto).toMatchObject({ status: "succeeded", amount_received: 50000 })

    const held = await stripe.paymentIntents.create({ amount: 90000, currency: "vnd", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    await expect(stripe.paymentIntents.capture(held.id, { amount_to_capture: 90001 })).rejects.toMatchObject({ code: "amount_too_large" })
    expect(await stripe.paymentIntents.capture(held.id, { amount_to_capture: 60000 })).toMatchObject({ status: "succeeded", amount_received: 60000 })
    await expect(stripe.refunds.create({ payment_intent: held.id, amount: 60001 })).rejects.toMatchObject({ code: "amount_too_large" })
  })

  it("declines pm_card_chargeDeclined with a 402 card_error and returns the intent to requires_payment_method", async () => {
    const error = await stripe.paymentIntents
      .create({ amount: 125000, currency: "vnd", capture_method: "manual", payment_method: "pm_card_chargeDeclined", confirm: true })
      .catch((e: any) => e)
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(error).toMatchObject({ statusCode: 402, code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." })
    expect(error.raw.doc_url).toBe("https://stripe.com/docs/error-codes/card-declined")
    const intent = error.payment_intent
    expect(intent).toMatchObject({
      status: "requires_payment_method",
      payment_method: null,
      amount_received: 0,
      amount_capturable: 0,
      last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
    })
    expect(fake.charges.get(intent.latest_charge)).toMatchObject({ status: "failed", paid: false, captured: false, failure_code: "card_declined" })

    // The shopper tries another card on the same intent.
    const retried = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(retried).toMatchObject({ status: "requires_capture", last_payment_error: null })
  })

  it("lets the browser confirm with the client secret (Stripe.js), card decline included", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 70000, currency: "vnd", capture_method: "manual" })
    const declined = await asBrowser(`/v1/payment_intents/${intent.id}/confirm`, { payment_method: "pm_card_chargeDeclinedInsufficientFunds", client_secret: intent.client_secret })
    expect(declined.status).toBe(402)
    expect(declined.body.error).toMatchObject({ type: "card_error", decline_code: "insufficient_funds", payment_intent: { id: intent.id } })
    const ok = await asBrowser(`/v1/payment_intents/${intent.id}/confirm`, { payment_method: "pm_card_visa", client_secret: intent.client_secret })
    expect(ok.body.status).toBe("requires_capture")
  })

  it("cancels only what may be canceled", async () => {
    const held = await stripe.paymentIntents.create({ amount: 40000, currency: "vnd", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    const canceled = await stripe.paymentIntents.cancel(held.id, { cancellation_reason: "requested_by_customer" })
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "requested_by_customer" })
    expect(canceled.canceled_at).toBeGreaterThan(0)
    const again = await stripe.paymentIntents.cancel(held.id).catch((e: any) => e)
    expect(again).toMatchObject({ code: "payment_intent_unexpected_state", payment_intent: { status: "canceled" } })
    await expect(stripe.paymentIntents.confirm(held.id, { payment_method: "pm_card_visa" })).rejects.toMatchObject({ code: "payment_intent_unexpected_state" })
  })

  it("answers Stripe's errors for unknown ids, parameters and bad values", async () => {
    await expect(stripe.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing", param: "intent" })
    await expect(stripe.paymentIntents.create({ amount: 1000, currency: "vnd", colour: "red" } as any)).rejects.toMatchObject({ code: "parameter_unknown", param: "colour" })
    await expect(stripe.paymentIntents.create({ amount: 1250.5, currency: "vnd" })).rejects.toMatchObject({ code: "parameter_invalid_integer", param: "amount" })
    await expect(stripe.paymentIntents.create({ currency: "vnd" } as any)).rejects.toMatchObject({ code: "parameter_missing", param: "amount" })
    await expect(stripe.paymentIntents.create({ amount: 1000, currency: "vnd", payment_method: "pm_card_unknown" })).rejects.toMatchObject({ code: "resource_missing", param: "payment_method" })
    const json = await fetch(`${fake.url}/v1/payment_intents`, { method: "POST", headers: { authorization: `Bearer ${SECRET_KEY}`, "content-type": "application/json" }, body: "{}" })
    expect(json.status).toBe(400)
  })
})

describe("idempotency keys", () => {
  it("replays the first answer for the same key and parameters", async () => {
    const first = await stripe.paymentIntents.create({ amount: 30000, currency: "vnd" }, { idempotencyKey: "payses_same" })
    const second = await stripe.paymentIntents.create({ amount: 30000, currency: "vnd" }, { idempotencyKey: "payses_same" })
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect([...fake.paymentIntents.values()].filter((i) => i.id === first.id)).toHaveLength(1)
  })

  it("refuses the same key with other parameters", async () => {
    await stripe.paymentIntents.create({ amount: 30000, currency: "vnd" }, { idempotencyKey: "payses_other" })
    await expect(stripe.paymentIntents.create({ amount: 31000, currency: "vnd" }, { idempotencyKey: "payses_other" })).rejects.toMatchObject({
      type: "StripeIdempotencyError",
      statusCode: 400,
    })
  })

  it("replays a decline too (the request ran)", async () => {
    const args = { amount: 20000, currency: "vnd", payment_method: "pm_card_chargeDeclined", confirm: true }
    const first = await stripe.paymentIntents.create(args, { idempotencyKey: "payses_declined" }).catch((e: any) => e)
    const second = await stripe.paymentIntents.create(args, { idempotencyKey: "payses_declined" }).catch((e: any) => e)
    expect(second.type).toBe("StripeCardError")
    expect(second.payment_intent.id).toBe(first.payment_intent.id)
  })
})

describe("customers", () => {
  it("creates, updates, lists payment methods of and deletes a customer", async () => {
    const customer = await stripe.customers.create({ email: "khach@ocop.test", name: "Nguyễn Văn A", phone: "+84912345678", address: { city: "Hạ Long", country: "VN", line1: "1 Trần Hưng Đạo" } })
    expect(customer).toMatchObject({ object: "customer", email: "khach@ocop.test", name: "Nguyễn Văn A", address: { city: "Hạ Long", country: "VN", postal_code: null } })
    expect((await stripe.customers.update(customer.id, { name: "Nguyễn Văn B" })).name).toBe("Nguyễn Văn B")
    await stripe.paymentIntents.create({ amount: 10000, currency: "vnd", customer: customer.id, setup_future_usage: "off_session", payment_method: "pm_card_visa", confirm: true })
    const methods = await stripe.customers.listPaymentMethods(customer.id, { limit: 100 })
    expect(methods.data).toHaveLength(1)
    expect(await stripe.customers.del(customer.id)).toEqual(expect.objectContaining({ id: customer.id, deleted: true }))
    await expect(stripe.paymentIntents.create({ amount: 1000, currency: "vnd", customer: customer.id })).rejects.toMatchObject({ code: "resource_missing", param: "customer" })
  })
})

describe("events and webhooks", () => {
  it("records Stripe's events for each change and delivers them signed", async () => {
    const before = fake.events.length
    const intent = await stripe.paymentIntents.create({ amount: 125000, currency: "vnd", capture_method: "automatic", payment_method: "pm_card_visa", confirm: true, metadata: { session_id: "payses_w" } })
    const types = fake.events.slice(before).map((e) => e.type)
    expect(types).toEqual(["payment_intent.created", "charge.succeeded", "payment_intent.succeeded"])
    await fake.settle()
    const delivered = received.map((r) => JSON.parse(r.body)).find((e) => e.type === "payment_intent.succeeded" && e.data.object.id === intent.id)
    expect(delivered).toMatchObject({ object: "event", api_version: "2024-04-10", data: { object: { amount_received: 125000, metadata: { session_id: "payses_w" } } } })
    const raw = received.find((r) => r.body.includes(delivered.id))!
    expect(stripe.webhooks.constructEvent(raw.body, raw.headers["stripe-signature"] as string, WEBHOOK_SECRET).id).toBe(delivered.id)
    expect(() => stripe.webhooks.constructEvent(raw.body, raw.headers["stripe-signature"] as string, "whsec_wrong")).toThrow()
    expect(fake.deliveries.every((d) => d.status === 200)).toBe(true)
    expect((await stripe.events.retrieve(delivered.id)).type).toBe("payment_intent.succeeded")
  })

  it("builds and delivers a hand-made event to any endpoint", async () => {
    const event = fake.emit("charge.refunded", { id: "ch_hand", object: "charge", amount_refunded: 1 })
    const { status } = await fake.deliver(event, { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/x`, secret: "whsec_other" })
    expect(status).toBe(200)
  })

  it("holds requests to one path until two are in flight or it is released, and lets others through", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 125000, currency: "vnd", capture_method: "manual" })
    const held = fake.hold("GET", `/v1/payment_intents/${intent.id}`)
    const first = stripe.paymentIntents.retrieve(intent.id)
    expect(await held.whenWaiting(1, 2_000)).toBe(true)
    // Another intent and other methods are not held.
    const other = await stripe.paymentIntents.create({ amount: 1000, currency: "vnd" })
    expect((await stripe.paymentIntents.retrieve(other.id)).id).toBe(other.id)
    expect(await held.whenWaiting(2, 200)).toBe(false)
    const second = stripe.paymentIntents.retrieve(intent.id)
    expect(await held.whenWaiting(2, 2_000)).toBe(true)
    held.release()
    expect((await Promise.all([first, second])).map((i) => i.id)).toEqual([intent.id, intent.id])
    expect(held.waiting).toBe(0)
    // Released: later requests are answered at once.
    expect((await stripe.paymentIntents.retrieve(intent.id)).id).toBe(intent.id)
  })
})
