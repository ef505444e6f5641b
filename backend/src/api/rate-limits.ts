/**
 * Rate limits of the routes people could abuse by repetition (see README, RATE_LIMIT_*).
 * Signing in, password resets and order look-ups count per client address *and* account
 * (the e-mail address asked about): guessing one account's password or one person's order
 * numbers is stopped, while the storefront's server, which signs in and looks up for many
 * people from one address, does not spend one budget for all of them. Creating accounts
 * counts per address and actor type. Label scans are counted per visitor, scan by scan,
 * by their route (store/trace/scans/route.ts). Spread into backend/src/api/middlewares.ts.
 */
import { createHash } from "node:crypto"
import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { budgetsFromEnv, rateLimit } from "../lib/rate-limit"

/** The budgets read from the environment at start (a malformed one stops the start, naming its variable). */
export const budgets = budgetsFromEnv()

/** The account a request is about, hashed so no e-mail address is kept in the counters. */
function account(req: MedusaRequest, field: "email" | "identifier"): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  const email = typeof value === "string" ? value.trim().toLowerCase() : ""
  return createHash("sha256").update(email).digest("hex").slice(0, 16)
}

const byActor = { scope: (req: MedusaRequest) => req.params?.actor_type }
const byActorAndAccount = (field: "email" | "identifier") => ({ scope: (req: MedusaRequest) => `${req.params?.actor_type}:${account(req, field)}` })

export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [rateLimit("login", budgets.login, byActorAndAccount("email"))] },
  { matcher: "/auth/mfa/challenges/:id/verify", method: ["POST"], middlewares: [rateLimit("login", budgets.login, { scope: (req) => `mfa:${req.params?.id}` })] },
  { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [rateLimit("register", budgets.register, byActor)] },
  { matcher: "/auth/:actor_type/emailpass/reset-password", method: ["POST"], middlewares: [rateLimit("password_reset", budgets.password_reset, byActorAndAccount("identifier"))] },
  { matcher: "/store/order-lookup", method: ["POST"], middlewares: [rateLimit("order_lookup", budgets.order_lookup, { scope: (req) => account(req, "email") })] },
]
