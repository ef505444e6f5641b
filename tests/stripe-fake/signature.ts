/**
 * Stripe's webhook signature scheme: the `Stripe-Signature` header carries a
 * timestamp and an HMAC-SHA256 of `${timestamp}.${payload}` keyed with the
 * endpoint's signing secret (the whole `whsec_…` string), in lower-case hex:
 *
 *   Stripe-Signature: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
 *
 * The receiver recomputes v1 over the exact bytes it received and rejects
 * timestamps older than its tolerance (300 s in the Stripe SDKs).
 */
import { createHmac } from "node:crypto"

/** The v1 signature of a payload: HMAC-SHA256(secret, `${timestamp}.${payload}`) in hex. */
export function computeSignature(payload: string, secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
}

/** The `Stripe-Signature` header value for a payload, signed now unless a timestamp (seconds) is given. */
export function signatureHeader(input: { payload: string; secret: string; timestamp?: number }): string {
  const timestamp = input.timestamp ?? Math.floor(Date.now() / 1000)
  return `t=${timestamp},v1=${computeSignature(input.payload, input.secret, timestamp)}`
}
