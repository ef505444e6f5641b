/**
 * Stripe Event objects (https://docs.stripe.com/api/events/object) and the
 * webhook request Stripe sends for one: a pretty-printed JSON body and a
 * `Stripe-Signature` header over exactly those bytes.
 */
import { randomBytes } from "node:crypto"
import { signatureHeader } from "./signature"

/** The API version the fake answers in (the default of stripe-node 15, which Medusa's provider uses). */
export const API_VERSION = "2024-04-10"

export type StripeEvent = {
  id: string
  object: "event"
  api_version: string
  created: number
  data: { object: Record<string, any>; previous_attributes?: Record<string, any> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/** A Stripe-looking identifier: `pi_3Q…` with 24 random alphanumerics. */
export function stripeId(prefix: string, length = 24): string {
  const bytes = randomBytes(length)
  let out = ""
  for (const b of bytes) out += ALPHANUMERIC[b % ALPHANUMERIC.length]
  return `${prefix}_${out}`
}

/** An event of `type` carrying a snapshot of `object` (copied, so later changes do not leak in). */
export function buildEvent(
  type: string,
  object: Record<string, any>,
  options: { previous_attributes?: Record<string, any>; request?: StripeEvent["request"]; pending_webhooks?: number } = {}
): StripeEvent {
  return {
    id: stripeId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: Math.floor(Date.now() / 1000),
    data: {
      object: structuredClone(object),
      ...(options.previous_attributes ? { previous_attributes: structuredClone(options.previous_attributes) } : {}),
    },
    livemode: false,
    pending_webhooks: options.pending_webhooks ?? 1,
    request: options.request ?? { id: null, idempotency_key: null },
    type,
  }
}

/** The body and headers Stripe would POST to a webhook endpoint for `event`, signed with `secret`. */
export function webhookRequest(event: StripeEvent, secret: string, timestamp?: number) {
  const payload = JSON.stringify(event, null, 2)
  return {
    payload,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      "stripe-signature": signatureHeader({ payload, secret, timestamp }),
    },
  }
}
