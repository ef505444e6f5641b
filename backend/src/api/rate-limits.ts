/**
 * Rate limits of the routes people could abuse by repetition (see README, RATE_LIMIT_*):
 * signing in, creating accounts and asking for password resets (per actor type, so
 * shoppers and operators do not share a budget), finding an order without an account,
 * and counting label scans. Spread into backend/src/api/middlewares.ts.
 */
import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { budgetsFromEnv, rateLimit } from "../lib/rate-limit"

const budgets = budgetsFromEnv()
const byActor = { scope: (req: MedusaRequest) => req.params?.actor_type }

export const rateLimitMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [rateLimit("login", budgets.login, byActor)] },
  { matcher: "/auth/mfa/challenges/:id/verify", method: ["POST"], middlewares: [rateLimit("login", budgets.login)] },
  { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [rateLimit("register", budgets.register, byActor)] },
  { matcher: "/auth/:actor_type/emailpass/reset-password", method: ["POST"], middlewares: [rateLimit("password_reset", budgets.password_reset, byActor)] },
  { matcher: "/store/order-lookup", method: ["POST"], middlewares: [rateLimit("order_lookup", budgets.order_lookup)] },
  { matcher: "/store/trace/scans", method: ["POST"], middlewares: [rateLimit("trace_scan", budgets.trace_scan)] },
]
