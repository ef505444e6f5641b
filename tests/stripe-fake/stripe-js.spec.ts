/**
 * The fake's Stripe.js (`/v3/`) and the card data it sends: the script served is run
 * in a sandbox with the real `fetch`, so what a storefront gets from
 * `confirmCardPayment` is checked end to end against the fake's API.
 */
import vm from "node:vm"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { encodeForm } from "./form"
import { startStripeFake, type StripeFake } from "./server"
import { stripeClient, type StripeClient } from "./stripe-sdk"

const SECRET_KEY = "sk_test_ocop_stripejs"
const PUBLISHABLE_KEY = "pk_test_ocop_stripejs"

let fake: StripeFake
let stripe: StripeClient

beforeAll(async () => {
  fake = await startStripeFake({ secretKey: SECRET_KEY, publishableKey: PUBLISHABLE_KEY })
  stripe = stripeClient(fake.url, SECRET_KEY)
})
afterAll(async () => {
  await fake?.stop()
})

/** Loads `/v3/` as a browser would and answers its `window.Stripe`. */
async function loadStripeJs(): Promise<any> {
  const response = await fetch(`${fake.url}/v3/`)
  expect(response.status).toBe(200)
  expect(response.headers.get("content-type")).toMatch(/^application\/javascript/)
  const window: Record<string, any> = {}
  vm.runInNewContext(await response.text(), { window, fetch, setTimeout, URLSearchParams })
  return window.Stripe
}

/** A card element with what a shopper typed (its inputs need a DOM; their state is what they hold). */
function typedCard(stripeJs: any, card: { number: string; expiry: string; cvc: string }) {
  const element = stripeJs.elements().create("card")
  element._state = { ...card }
  return element
}

const manualIntent = () => stripe.paymentIntents.create({ amount: 540000, currency: "vnd", capture_method: "manual" })

describe("Stripe.js served at /v3/", () => {
  it("refuses a key that is not a publishable key, as Stripe() does", async () => {
    const Stripe = await loadStripeJs()
    expect(() => Stripe("sk_test_secret")).toThrow(/apiKey should be a string that starts with pk_/)
  })

  it("confirms with test card 4242 4242 4242 4242: the amount is held, in đồng", async () => {
    const Stripe = await loadStripeJs()
    const stripeJs = Stripe(PUBLISHABLE_KEY)
    const intent = await manualIntent()
    const card = typedCard(stripeJs, { number: "4242 4242 4242 4242", expiry: "12 / 34", cvc: "123" })
    const result = await stripeJs.confirmCardPayment(intent.client_secret, { payment_method: { card } })
    expect(result.error).toBeUndefined()
    expect(result.paymentIntent).toMatchObject({ id: intent.id, status: "requires_capture", amount: 540000, amount_capturable: 540000 })
    expect(result.paymentIntent.payment_method).toMatchObject({ card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2034 } })
    // The card number went to Stripe (here the fake) with the publishable key, never a secret key.
    const confirm = fake.requests.filter((r) => r.path === `/v1/payment_intents/${intent.id}/confirm`).at(-1)!
    expect(confirm.headers.authorization).toBe(`Bearer ${PUBLISHABLE_KEY}`)
    expect(confirm.body).toMatchObject({ client_secret: intent.client_secret, payment_method_data: { type: "card", card: { number: "4242424242424242" } } })
  })

  it("answers { error } with Stripe's decline message for 4000 0000 0000 0002, and the intent can be paid again", async () => {
    const Stripe = await loadStripeJs()
    const stripeJs = Stripe(PUBLISHABLE_KEY)
    const intent = await manualIntent()
    const declined = await stripeJs.confirmCardPayment(intent.client_secret, {
      payment_method: { card: typedCard(stripeJs, { number: "4000 0000 0000 0002", expiry: "12/34", cvc: "123" }) },
    })
    expect(declined.paymentIntent).toBeUndefined()
    expect(declined.error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." })
    expect(declined.error.payment_intent).toMatchObject({ id: intent.id, status: "requires_payment_method" })
    expect(fake.paymentIntents.get(intent.id)).toMatchObject({ amount_received: 0, amount_capturable: 0 })

    const paid = await stripeJs.confirmCardPayment(intent.client_secret, {
      payment_method: { card: typedCard(stripeJs, { number: "4242424242424242", expiry: "1234", cvc: "123" }) },
    })
    expect(paid.paymentIntent).toMatchObject({ status: "requires_capture" })
  })

  it("refuses incomplete or invalid fields in the browser with Stripe.js's messages, sending nothing", async () => {
    const Stripe = await loadStripeJs()
    const stripeJs = Stripe(PUBLISHABLE_KEY)
    const intent = await manualIntent()
    const before = fake.requests.length
    const cases = [
      [{ number: "4242 4242", expiry: "12/34", cvc: "123" }, "incomplete_number", "Your card number is incomplete."],
      [{ number: "4242 4242 4242 4241", expiry: "12/34", cvc: "123" }, "invalid_number", "Your card number is invalid."],
      [{ number: "4242 4242 4242 4242", expiry: "12", cvc: "123" }, "incomplete_expiry", "Your card's expiration date is incomplete."],
      [{ number: "4242 4242 4242 4242", expiry: "01/20", cvc: "123" }, "invalid_expiry_year_past", "Your card's expiration year is in the past."],
      [{ number: "4242 4242 4242 4242", expiry: "12/34", cvc: "1" }, "incomplete_cvc", "Your card's security code is incomplete."],
    ] as const
    for (const [card, code, message] of cases) {
      const result = await stripeJs.confirmCardPayment(intent.client_secret, { payment_method: { card: typedCard(stripeJs, card) } })
      expect(result).toEqual({ error: { type: "validation_error", code, message } })
    }
    expect(fake.requests.length).toBe(before)
  })
})

describe("payment_method_data on confirm", () => {
  const confirmWith = async (intent: any, card: Record<string, string>) => {
    const response = await fetch(`${fake.url}/v1/payment_intents/${intent.id}/confirm`, {
      method: "POST",
      headers: { authorization: `Bearer ${PUBLISHABLE_KEY}`, "content-type": "application/x-www-form-urlencoded" },
      body: encodeForm({ client_secret: intent.client_secret, payment_method_data: { type: "card", card } }),
    })
    return { status: response.status, body: (await response.json()) as any }
  }

  it("declines a real card number in test mode and a number failing the Luhn check, as Stripe does", async () => {
    const live = await confirmWith(await manualIntent(), { number: "4111111111111111", exp_month: "12", exp_year: "2034", cvc: "123" })
    expect(live.status).toBe(402)
    expect(live.body.error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "test_mode_live_card" })
    const wrong = await confirmWith(await manualIntent(), { number: "4242424242424241", exp_month: "12", exp_year: "2034", cvc: "123" })
    expect(wrong.status).toBe(402)
    expect(wrong.body.error).toMatchObject({ type: "card_error", code: "incorrect_number", message: "Your card number is incorrect." })
    expect(wrong.body.error.payment_intent.last_payment_error).toMatchObject({ code: "incorrect_number" })
  })

  it("refuses payment_method together with payment_method_data", async () => {
    const intent = await manualIntent()
    const response = await fetch(`${fake.url}/v1/payment_intents/${intent.id}/confirm`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET_KEY}`, "content-type": "application/x-www-form-urlencoded" },
      body: encodeForm({ payment_method: "pm_card_visa", payment_method_data: { type: "card", card: { number: "4242424242424242" } } }),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as any).error.param).toBe("payment_method_data")
  })
})
