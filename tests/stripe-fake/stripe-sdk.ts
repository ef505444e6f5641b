/**
 * The Stripe SDK exactly as Medusa's provider loads it (`@medusajs/payment-stripe`
 * depends on its own stripe-node major), for tests that check the fake against it.
 */
import { createRequire } from "node:module"

const here = createRequire(import.meta.url)
const fromProvider = createRequire(here.resolve("@medusajs/payment-stripe"))

export type StripeClient = any
/** The SDK's constructor (also carries `Stripe.errors`, `Stripe.webhooks`). */
export const Stripe: any = fromProvider("stripe")

/** A client of the provider's SDK pointed at a fake's base URL. */
export function stripeClient(baseUrl: string, key = "sk_test_fake_ocop"): StripeClient {
  const url = new URL(baseUrl)
  return new Stripe(key, { host: url.hostname, port: Number(url.port), protocol: url.protocol.replace(":", ""), maxNetworkRetries: 0 })
}
