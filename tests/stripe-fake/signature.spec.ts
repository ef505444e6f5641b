import { describe, expect, it } from "vitest"
import { buildEvent, webhookRequest } from "./events"
import { computeSignature, signatureHeader } from "./signature"
import { Stripe } from "./stripe-sdk"

const secret = "whsec_test_ocop_secret"
const stripe = new Stripe("sk_test_unused")

describe("Stripe-Signature", () => {
  it("is HMAC-SHA256 over `t.payload`, as Stripe's own test helper computes it", () => {
    const payload = JSON.stringify({ id: "evt_1", object: "event" })
    const timestamp = 1_760_000_000
    expect(signatureHeader({ payload, secret, timestamp })).toBe(stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }))
    // A fixed vector (printf '1.{}' | openssl dgst -sha256 -hmac whsec_x), independent of the SDK.
    expect(computeSignature("{}", "whsec_x", 1)).toBe("36ee2f7498f0c1777d1312b2a7361947fe5ad31223be30d0c62421f4ca753401")
  })

  it("is accepted by the Stripe SDK with the right secret", () => {
    const event = buildEvent("payment_intent.succeeded", { id: "pi_1", object: "payment_intent", amount: 125000, currency: "vnd" })
    const { payload, headers } = webhookRequest(event, secret)
    const verified = stripe.webhooks.constructEvent(payload, headers["stripe-signature"], secret)
    expect(verified.type).toBe("payment_intent.succeeded")
    expect(verified.data.object.amount).toBe(125000)
  })

  it("is refused with a wrong secret, a changed payload or an old timestamp", () => {
    const event = buildEvent("payment_intent.succeeded", { id: "pi_1", object: "payment_intent" })
    const { payload, headers } = webhookRequest(event, secret)
    expect(() => stripe.webhooks.constructEvent(payload, headers["stripe-signature"], "whsec_other")).toThrow(/No signatures found/)
    expect(() => stripe.webhooks.constructEvent(payload.replace("pi_1", "pi_2"), headers["stripe-signature"], secret)).toThrow(/No signatures found/)
    const old = webhookRequest(event, secret, Math.floor(Date.now() / 1000) - 301)
    expect(() => stripe.webhooks.constructEvent(old.payload, old.headers["stripe-signature"], secret)).toThrow(/outside the tolerance zone/)
  })
})
