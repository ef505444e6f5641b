/**
 * Payment providers in the real Medusa runtime: card through Medusa's Stripe
 * provider against the local Stripe fake (tests/stripe-fake), cash on delivery,
 * and VietQR bank transfer with the operator's confirmation of receipt.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { encodeForm, startStripeFake, webhookRequest, type StripeFake } from "../../../tests/stripe-fake"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { hasValidCrc, parseTlv } from "../../src/modules/vietqr-payment/emvco"
import { adminHeaders } from "../helpers/admin"
import { ratedProduct } from "../helpers/catalog-fixtures"

const STRIPE_KEY = "sk_test_ocop_payments"
const WEBHOOK_SECRET = "whsec_ocop_payments"
const PROVIDERS = { stripe: "pp_stripe_stripe", cod: "pp_cod_cod", vietqr: "pp_vietqr_vietqr", system: "pp_system_default" }
const ENV_KEYS = ["STRIPE_API_KEY", "STRIPE_API_BASE", "STRIPE_WEBHOOK_SECRET"] as const

// medusa-config.ts is read when the runner boots, so the fake and the Stripe settings come first.
let fake: StripeFake
const savedEnv: Record<string, string | undefined> = {}
beforeAll(async () => {
  fake = await startStripeFake({ secretKey: STRIPE_KEY })
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key]
  process.env.STRIPE_API_KEY = STRIPE_KEY
  process.env.STRIPE_API_BASE = fake.url
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
})
afterAll(async () => {
  await fake?.stop()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

/** What Stripe.js does in the shopper's browser: confirm the intent with the publishable key and the client secret. */
async function confirmInBrowser(intentId: string, clientSecret: string, paymentMethod: string) {
  const response = await fetch(`${fake.url}/v1/payment_intents/${intentId}/confirm`, {
    method: "POST",
    headers: { authorization: "Bearer pk_test_ocop_payments", "content-type": "application/x-www-form-urlencoded" },
    body: encodeForm({ payment_method: paymentMethod, client_secret: clientSecret }),
  })
  return { status: response.status, body: (await response.json()) as any }
}

/** Cart completion authorizes through this step; wrapping it shows what a shopper's request would answer. */
const authorizeLikeCheckout = createWorkflow("test-authorize-like-checkout", (input: { id: string }) => {
  return new WorkflowResponse(authorizePaymentSessionStep({ id: input.id, context: {} }))
})

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let payments: IPaymentModuleService
    let setup: StoreSetup
    let variantId: string
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)

    beforeAll(async () => {
      container = getContainer()
      payments = container.resolve(Modules.PAYMENT)
      setup = await ensureStoreSetup(container)
      const product = await ratedProduct(container, {
        salesChannelId: setup.salesChannelId,
        handle: "nuoc-mam-cai-rong",
        title: "Nước mắm Cái Rồng",
        price: 125000,
        producerHandle: "htx-cai-rong",
        producerName: "HTX Nước mắm Cái Rồng",
      })
      variantId = product.variantId
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: setup.regionId }, update: { payment_providers: Object.values(PROVIDERS) } },
      })
    })

    /** A cart with one bottle at 125.000 ₫ and its payment collection. */
    async function cartCollection() {
      const { result: cart } = await createCartWorkflow(container).run({
        input: { region_id: setup.regionId, sales_channel_id: setup.salesChannelId, email: "khach@ocop.test", items: [{ variant_id: variantId, quantity: 1 }] },
      })
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["id", "total", "payment_collection.*"], filters: { id: cart.id } })
      return { cart: data[0], collection: data[0].payment_collection as any }
    }

    async function session(collectionId: string, providerId: string, data?: Record<string, unknown>) {
      const { result } = await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collectionId, provider_id: providerId, data } })
      return result as any
    }

    it("registers card, cash on delivery and VietQR beside Medusa's system provider", async () => {
      const ids = (await payments.listPaymentProviders({})).map((p) => p.id)
      expect(ids).toEqual(expect.arrayContaining(Object.values(PROVIDERS)))
    })

    describe("card through Stripe", () => {
      it("sends a 125.000 ₫ cart to Stripe as amount=125000 vnd (zero-decimal), authorizes, captures and refunds part", async () => {
        const { cart, collection } = await cartCollection()
        expect(Number(cart.total)).toBe(125000)
        expect(collection).toMatchObject({ currency_code: "vnd" })
        expect(Number(collection.amount)).toBe(125000)

        const ps = await session(collection.id, PROVIDERS.stripe)
        const create = fake.requests.find((r) => r.method === "POST" && r.path === "/v1/payment_intents" && (r.body.metadata as any)?.session_id === ps.id)!
        expect(create.rawBody).toMatch(/(^|&)amount=125000&/)
        expect(create.body).toMatchObject({ amount: "125000", currency: "vnd", capture_method: "manual", metadata: { session_id: ps.id } })
        expect(create.headers.authorization).toBe(`Bearer ${STRIPE_KEY}`)
        expect(create.headers["idempotency-key"]).toBe(ps.id)
        expect(ps.status).toBe("pending")
        const intent = fake.paymentIntents.get(ps.data.id)!
        expect(intent).toMatchObject({ amount: 125000, currency: "vnd", status: "requires_payment_method" })

        const confirmed = await confirmInBrowser(intent.id, ps.data.client_secret, "pm_card_visa")
        expect(confirmed.body.status).toBe("requires_capture")

        const payment = (await payments.authorizePaymentSession(ps.id, {}))!
        expect(payment).toMatchObject({ provider_id: PROVIDERS.stripe, currency_code: "vnd" })
        expect(Number(payment.amount)).toBe(125000)
        expect((await payments.retrievePaymentSession(ps.id)).status).toBe("authorized")
        expect(fake.paymentIntents.get(intent.id)!.amount_received).toBe(0)

        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
        expect(fake.paymentIntents.get(intent.id)).toMatchObject({ status: "succeeded", amount_received: 125000 })
        const captured = await payments.retrievePayment(payment.id, { relations: ["captures"] })
        expect(captured.captured_at).toBeTruthy()
        expect(captured.captures!.map((c) => Number(c.amount))).toEqual([125000])

        await payments.refundPayment({ payment_id: payment.id, amount: 25000 })
        const refund = [...fake.refunds.values()].find((r) => r.payment_intent === intent.id)!
        expect(refund).toMatchObject({ amount: 25000, currency: "vnd", status: "succeeded" })
        expect(fake.requests.find((r) => r.path === "/v1/refunds")!.body).toMatchObject({ amount: "25000", payment_intent: intent.id })
        expect(fake.charges.get(intent.latest_charge)).toMatchObject({ amount_captured: 125000, amount_refunded: 25000, refunded: false })
        // Medusa's own guard tolerates one unit of the currency (1 ₫ for zero-decimal VND); Stripe does not.
        await expect(payments.refundPayment({ payment_id: payment.id, amount: 100002 })).rejects.toThrow(/more than what is captured/)
        await expect(payments.refundPayment({ payment_id: payment.id, amount: 100001 })).rejects.toThrow(/greater than unrefunded amount on charge/)
        expect(fake.charges.get(intent.latest_charge)!.amount_refunded).toBe(25000)
      })

      it("answers a declined card with Stripe's message, takes no money, and lets the shopper try another card", async () => {
        const { collection } = await cartCollection()
        const ps = await session(collection.id, PROVIDERS.stripe)
        const declined = await confirmInBrowser(ps.data.id, ps.data.client_secret, "pm_card_chargeDeclined")
        expect(declined.status).toBe(402)
        expect(declined.body.error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "generic_decline" })

        const error = await authorizeLikeCheckout(container)
          .run({ input: { id: ps.id } })
          .then(() => null, (e) => e)
        expect(error).toMatchObject({
          type: "payment_authorization_error",
          code: "generic_decline",
          message: "Your card was declined. No money was taken; try another card or another payment method.",
        })
        expect(fake.paymentIntents.get(ps.data.id)).toMatchObject({ status: "requires_payment_method", amount_received: 0, amount_capturable: 0 })
        expect(await payments.listPayments({ payment_session_id: ps.id })).toHaveLength(0)

        expect((await confirmInBrowser(ps.data.id, ps.data.client_secret, "pm_card_visa")).body.status).toBe("requires_capture")
        const { result: payment } = await authorizeLikeCheckout(container).run({ input: { id: ps.id } })
        expect(payment).toMatchObject({ provider_id: PROVIDERS.stripe })
      })

      it("keeps a card declined at creation (server-side confirm) as an error session with the reason, and never authorizes it", async () => {
        const { collection } = await cartCollection()
        const ps = await session(collection.id, PROVIDERS.stripe, { payment_method: "pm_card_chargeDeclinedInsufficientFunds", confirm: true })
        expect(ps.status).toBe("error")
        expect(ps.data.last_payment_error).toMatchObject({ decline_code: "insufficient_funds", message: "Your card has insufficient funds." })
        await expect(payments.authorizePaymentSession(ps.id, {})).rejects.toThrow("Your card has insufficient funds. No money was taken")
        expect(fake.paymentIntents.get(ps.data.id)!.amount_received).toBe(0)
        expect(await payments.listPayments({ payment_session_id: ps.id })).toHaveLength(0)
      })
    })

    describe("Stripe webhooks at /hooks/payment/stripe_stripe", () => {
      it("refuses wrongly signed or altered events with 400 and acts on a correctly signed one", async () => {
        const collection = await payments.createPaymentCollections({ amount: 125000, currency_code: "vnd" })
        const ps = await session(collection.id, PROVIDERS.stripe)
        await confirmInBrowser(ps.data.id, ps.data.client_secret, "pm_card_visa")
        // Captured from Stripe's side (as in its dashboard): Stripe then sends payment_intent.succeeded.
        const stripeCapture = await fetch(`${fake.url}/v1/payment_intents/${ps.data.id}/capture`, { method: "POST", headers: { authorization: `Bearer ${STRIPE_KEY}` } })
        expect(stripeCapture.status).toBe(200)
        const event = fake.events.find((e) => e.type === "payment_intent.succeeded" && e.data.object.id === ps.data.id)!
        expect(event.data.object.metadata.session_id).toBe(ps.id)
        const post = (payload: string, headers: Record<string, string>) => fail(api.post("/hooks/payment/stripe_stripe", payload, { headers }))

        const forged = webhookRequest(event, "whsec_someone_else")
        const refused = await post(forged.payload, forged.headers)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/No signatures found matching the expected signature/)

        const signed = webhookRequest(event, WEBHOOK_SECRET)
        const altered = await post(signed.payload.replace('"amount_received": 125000', '"amount_received": 1'), signed.headers)
        expect(altered.status).toBe(400)
        const stale = webhookRequest(event, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 600)
        expect((await post(stale.payload, stale.headers)).status).toBe(400)
        expect((await post(signed.payload, { "content-type": "application/json" })).status).toBe(400)

        // Nothing was queued by the refused deliveries: the session is untouched.
        expect((await payments.retrievePaymentSession(ps.id)).status).toBe("pending")

        const accepted = await post(signed.payload, signed.headers)
        expect(accepted.status).toBe(200)
        // Medusa processes webhooks after a delay (5 s): the capture is recorded on a payment of the session.
        const after = await eventually(() => payments.listPayments({ payment_session_id: ps.id }, { relations: ["captures"] }), (p) => !!p[0]?.captured_at)
        expect(after.map((p) => [Number(p.amount), !!p.captured_at, p.captures!.map((c) => Number(c.amount))])).toEqual([[125000, true, [125000]]])
      })

      it("acknowledges a correctly signed amount_capturable_updated but leaves authorizing to the checkout", async () => {
        const collection = await payments.createPaymentCollections({ amount: 125000, currency_code: "vnd" })
        const ps = await session(collection.id, PROVIDERS.stripe)
        await confirmInBrowser(ps.data.id, ps.data.client_secret, "pm_card_visa")
        const event = fake.events.find((e) => e.type === "payment_intent.amount_capturable_updated" && e.data.object.id === ps.data.id)!
        const forged = webhookRequest(event, "whsec_someone_else")
        expect((await fail(api.post("/hooks/payment/stripe_stripe", forged.payload, { headers: forged.headers }))).status).toBe(400)
        const signed = webhookRequest(event, WEBHOOK_SECRET)
        expect((await fail(api.post("/hooks/payment/stripe_stripe", signed.payload, { headers: signed.headers }))).status).toBe(200)
        // Past Medusa's 5 s delay: no payment, no Stripe call, the hold stays uncaptured.
        await new Promise((resolve) => setTimeout(resolve, 8_000))
        expect((await payments.retrievePaymentSession(ps.id)).status).toBe("pending")
        expect(await payments.listPayments({ payment_session_id: ps.id })).toHaveLength(0)
        expect(fake.paymentIntents.get(ps.data.id)).toMatchObject({ status: "requires_capture", amount_received: 0 })
        expect(fake.requests.filter((r) => r.path.startsWith(`/v1/payment_intents/${ps.data.id}`) && r.headers.authorization === `Bearer ${STRIPE_KEY}` && r.method === "GET")).toHaveLength(0)
      })
    })

    describe("cash on delivery", () => {
      it("authorizes at checkout with no money moved, captures on delivery, refunds only after capture", async () => {
        const { collection } = await cartCollection()
        const ps = await session(collection.id, PROVIDERS.cod)
        expect(ps).toMatchObject({ status: "pending", data: { method: "cash_on_delivery" } })

        const payment = (await authorizeLikeCheckout(container).run({ input: { id: ps.id } })).result!
        expect(payment).toMatchObject({ provider_id: PROVIDERS.cod, captured_at: null })
        expect((payment as any).data.authorized_at).toBeTruthy()
        await expect(payments.refundPayment({ payment_id: payment.id, amount: 125000 })).rejects.toThrow(/more than what is captured/)

        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
        const captured = await payments.retrievePayment(payment.id)
        expect(captured.captured_at).toBeTruthy()
        expect((captured.data as any).collected_at).toBeTruthy()
        const refunded = await payments.refundPayment({ payment_id: payment.id, amount: 125000 })
        expect(refunded.refunds!.map((r) => Number(r.amount))).toEqual([125000])
        // One đồng more passes Medusa's tolerance for zero-decimal currencies; the provider refuses it.
        await expect(payments.refundPayment({ payment_id: payment.id, amount: 1 })).rejects.toThrow(/only 0 ₫ is left to refund/)
      })
    })

    describe("VietQR bank transfer", () => {
      let admin: { headers: Record<string, string> }
      beforeAll(async () => {
        admin = await adminHeaders(api, getContainer(), "thu-ngan@ocop.test")
      })

      async function placedTransfer() {
        const { collection } = await cartCollection()
        const ps = await session(collection.id, PROVIDERS.vietqr)
        return { collection, ps }
      }

      it("gives the storefront a NAPAS QR for the exact amount and reference", async () => {
        const { ps } = await placedTransfer()
        expect(ps.status).toBe("pending")
        expect(ps.data).toMatchObject({ amount: 125000, currency_code: "vnd", bank_bin: "970436", account_no: "0000000000", account_name: expect.any(String) })
        expect(ps.data.reference).toMatch(/^OCOP[0-9A-Z]{8}$/)
        expect(hasValidCrc(ps.data.qr_payload)).toBe(true)
        const fields = Object.fromEntries(parseTlv(ps.data.qr_payload).map((f) => [f.id, f.value]))
        expect(fields).toMatchObject({ "01": "12", "53": "704", "54": "125000", "58": "VN", "62": `08${String(ps.data.reference.length).padStart(2, "0")}${ps.data.reference}` })
        expect(fields["38"]).toBe("0010A0000007270124000697043601100000000000" + "0208QRIBFTTA")
      })

      it("refuses another currency", async () => {
        const collection = await payments.createPaymentCollections({ amount: 10, currency_code: "usd" })
        await expect(session(collection.id, PROVIDERS.vietqr)).rejects.toThrow(/VND only/)
      })

      it("waits in pending_authorization until the operator confirms the exact amount, then captures once", async () => {
        const { ps } = await placedTransfer()

        // Not placed yet: nothing to confirm.
        const early = await fail(api.post("/admin/vietqr/confirm", { payment_session_id: ps.id, amount_received: 125000 }, admin))
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/has not been placed yet/)

        // Placing the order: authorization is deferred, no payment yet.
        expect(await authorizeLikeCheckout(container).run({ input: { id: ps.id } }).then((r) => r.result)).toBeNull()
        expect((await payments.retrievePaymentSession(ps.id)).status).toBe("pending_authorization")

        const { data: pending } = await api.get("/admin/vietqr/pending", admin)
        expect(pending.transfers).toEqual([expect.objectContaining({ payment_session_id: ps.id, reference: ps.data.reference, amount: 125000, currency_code: "vnd" })])

        const short = await fail(api.post("/admin/vietqr/confirm", { payment_session_id: ps.id, amount_received: 120000 }, admin))
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/Received 120000 ₫ but 125000 ₫ is due/)
        expect(await payments.listPayments({ payment_session_id: ps.id })).toHaveLength(0)

        const { data } = await api.post("/admin/vietqr/confirm", { reference: ps.data.reference.toLowerCase(), amount_received: 125000, bank_transaction_id: "FT26123456789" }, admin)
        expect(data.payment).toMatchObject({ provider_id: PROVIDERS.vietqr, payment_session: { id: ps.id, status: "authorized" } })
        expect(data.payment.captured_at).toBeTruthy()
        expect(data.payment.captures.map((c: any) => Number(c.amount))).toEqual([125000])
        expect(data.payment.data).toMatchObject({ received_amount: 125000, bank_transaction_id: "FT26123456789", confirmed_by: expect.stringMatching(/^user_/) })

        const twice = await fail(api.post("/admin/vietqr/confirm", { payment_session_id: ps.id, amount_received: 125000 }, admin))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already confirmed/)
        expect((await payments.retrievePayment(data.payment.id, { relations: ["captures"] })).captures).toHaveLength(1)
        expect((await api.get("/admin/vietqr/pending", admin)).data.transfers).toEqual([])

        // The operator sends money back by bank transfer and records it; never more than was received.
        await payments.refundPayment({ payment_id: data.payment.id, amount: 25000 })
        await expect(payments.refundPayment({ payment_id: data.payment.id, amount: 100001 })).rejects.toThrow(/only 100000 ₫ is left to refund/)
      })

      it("checks the operator's input and identity", async () => {
        const { ps } = await placedTransfer()
        const bad = (body: unknown) => fail(api.post("/admin/vietqr/confirm", body, admin))
        expect((await bad({ amount_received: 125000 })).status).toBe(400)
        expect((await bad({ payment_session_id: ps.id, reference: ps.data.reference, amount_received: 125000 })).status).toBe(400)
        expect((await bad({ payment_session_id: ps.id, amount_received: 125000.5 })).status).toBe(400)
        expect((await bad({ payment_session_id: ps.id, amount_received: "125000" })).status).toBe(400)
        expect((await bad({ reference: "OCOP00000000", amount_received: 125000 })).status).toBe(404)
        expect((await fail(api.post("/admin/vietqr/confirm", { payment_session_id: ps.id, amount_received: 125000 }))).status).toBe(401)
      })
    })
  },
})
