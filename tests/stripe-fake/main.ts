/**
 * Runs the fake on its own, e.g. for end-to-end tests:
 *
 *   node --import tsx tests/stripe-fake/main.ts [--port 12111] [--webhook URL --webhook-secret whsec_…]
 *
 * Prints the base URL (use it as STRIPE_API_BASE) and stops on SIGINT/SIGTERM.
 */
import { parseArgs } from "node:util"
import { startStripeFake } from "./server"

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "12111" },
    host: { type: "string", default: "127.0.0.1" },
    webhook: { type: "string" },
    "webhook-secret": { type: "string" },
  },
})

if (values.webhook && !values["webhook-secret"]) throw new Error("--webhook needs --webhook-secret")

void startStripeFake({
  port: Number(values.port),
  host: values.host,
  webhooks: values.webhook ? [{ url: values.webhook, secret: values["webhook-secret"]! }] : [],
}).then((fake) => {
  console.log(`stripe-fake listening on ${fake.url}`)
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void fake.stop().then(() => process.exit(0))
    })
  }
})
