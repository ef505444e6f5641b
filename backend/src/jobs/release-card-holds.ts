import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { releaseCardHoldsWorkflow } from "../workflows/checkout/workflows/release-card-holds"

export const CARD_HOLD_RELEASE_AFTER = "CARD_HOLD_RELEASE_AFTER"
const DEFAULT_RELEASE_AFTER = "1h"
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const
const MIN_MS = 10 * 60_000
const MAX_MS = 167 * 3_600_000

/**
 * How long a confirmed card checkout may wait for its order before its hold is released:
 * CARD_HOLD_RELEASE_AFTER, written like a rate-limit window ("1h", "90m"; s, m or h), from 10
 * minutes (a shopper reading a "price changed" message keeps the hold) to 167 hours (Stripe
 * drops the hold itself after 7 days). Throws a message naming the variable otherwise.
 */
export function cardHoldReleaseAfterMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[CARD_HOLD_RELEASE_AFTER]?.trim() || DEFAULT_RELEASE_AFTER
  const match = /^(\d+)\s*([smh])$/.exec(text)
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : NaN
  if (!match || ms < MIN_MS || ms > MAX_MS) {
    throw new Error(`${CARD_HOLD_RELEASE_AFTER} must look like "1h" or "90m" (s, m or h), between 10 minutes and 167 hours, not "${text}"`)
  }
  return ms
}

/** Read when the job is loaded: a malformed value stops the start, naming the variable. */
const releaseAfterMs = cardHoldReleaseAfterMs()

/**
 * Every 15 minutes, releases the money held on shoppers' cards by card checkouts confirmed in
 * the browser but never placed (tab closed, connection lost, a 409 given up on), once their
 * session is older than CARD_HOLD_RELEASE_AFTER, instead of leaving the hold to Stripe's 7 days.
 */
export default async function releaseCardHolds(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await releaseCardHoldsWorkflow(container).run({ input: { older_than_ms: releaseAfterMs } })
  if (!result.released.length && !result.failed.length) return
  const released = result.released.map((h) => `cart ${h.cart_id} (${h.intent_id}, ${h.amount} ${h.currency_code?.toUpperCase()})`)
  const failed = result.failed.map((f) => `cart ${f.cart_id}: ${f.error}`)
  logger.info(
    `Card holds: released ${result.released.length}${released.length ? ` [${released.join("; ")}]` : ""}, left ${result.left.length}` +
      (failed.length ? `, not checked ${failed.length} (next run) [${failed.join("; ")}]` : "")
  )
}

export const config = { name: "release-card-holds", schedule: "*/15 * * * *" }
