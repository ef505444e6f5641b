/**
 * The storefront's server environment, checked once at start-up.
 */
import { z } from "zod"

const EnvSchema = z.object({
  MEDUSA_BACKEND_URL: z.string().url().default("http://127.0.0.1:9000"),
  MEDUSA_PUBLISHABLE_KEY: z
    .string({ required_error: "MEDUSA_PUBLISHABLE_KEY is required: npm start finds or creates it" })
    .startsWith("pk_", "MEDUSA_PUBLISHABLE_KEY must be a Medusa publishable key (pk_…)"),
  /** Stripe's publishable key: card payment is offered only when it is set. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_\w+$/, "STRIPE_PUBLISHABLE_KEY must be a Stripe publishable key (pk_test_… or pk_live_…)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Where Stripe.js is loaded from (tests point it at tests/stripe-fake). */
  STRIPE_JS_URL: z.string().url().default("https://js.stripe.com/v3/"),
})

export type ServerEnv = z.infer<typeof EnvSchema>

let cached: ServerEnv | undefined

export function serverEnv(): ServerEnv {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env)
    if (!parsed.success) {
      throw new Error(`Invalid storefront environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`)
    }
    cached = parsed.data
  }
  return cached
}
