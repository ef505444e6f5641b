/**
 * The rate-limit middleware: counts each request of a client (its address, as Medusa's
 * Express sees it behind one proxy) per budget, and answers 429 with Retry-After and a
 * plain-words message once the budget of the window is spent. Counters live in Redis
 * when Medusa has a `redisUrl` (so every server instance shares them), else in memory.
 * When Redis cannot be reached the request goes through and a warning is logged: a
 * shop that stops taking sign-ins because its cache is down would be worse.
 */
import Redis from "ioredis"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MemoryWindowCounters, RedisWindowCounters, type WindowCounters } from "./counters"
import { waitInWords, type Budget, type BudgetName } from "./limits"

/** What was limited, as a person reads it. */
const WHAT: Record<BudgetName, string> = {
  login: "sign-in attempts",
  register: "accounts created",
  password_reset: "password-reset requests",
  order_lookup: "order look-ups",
  trace_scan: "label scans",
}

let counters: { redisUrl: string | undefined; counters: WindowCounters; redis?: Redis } | undefined

function countersFor(redisUrl: string | undefined): WindowCounters {
  if (counters && counters.redisUrl === redisUrl) return counters.counters
  if (!redisUrl) {
    counters = { redisUrl, counters: new MemoryWindowCounters() }
  } else {
    // Fail fast rather than queue: a request must not wait for a Redis that is away.
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1_000, enableOfflineQueue: true })
    redis.on("error", () => {}) // reported per request below
    counters = { redisUrl, counters: new RedisWindowCounters(redis), redis }
  }
  return counters.counters
}

/** Closes the Redis connection of the counters, if any (tests and shutdown). */
export async function closeRateLimitCounters(): Promise<void> {
  const redis = counters?.redis
  counters = undefined
  if (redis) await redis.quit().catch(() => redis.disconnect())
}

export type RateLimitOptions = {
  /** Adds to the key, e.g. the actor type, so a customer's sign-ins do not spend an operator's budget. */
  scope?: (req: MedusaRequest) => string | undefined
}

export type Spent = { allowed: boolean; count: number; resetInMs: number }

/**
 * Spends one request of `client`'s budget `name` (within `scope`, if any). A budget that
 * cannot be counted (Redis away) lets the request through, with a warning.
 */
export async function spendBudget(req: MedusaRequest, name: BudgetName, budget: Budget, client: string, scope?: string): Promise<Spent> {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const key = [name, scope, client].filter(Boolean).join(":")
  try {
    const spent = await countersFor(projectConfig.redisUrl).hit(key, budget.windowMs)
    return { allowed: spent.count <= budget.requests, ...spent }
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Rate limit ${name} not applied: ${(error as Error).message}`)
    return { allowed: true, count: 0, resetInMs: 0 }
  }
}

/** The client address of a request, as Medusa's Express sees it behind one proxy. */
export function clientAddress(req: MedusaRequest): string {
  return req.ip || req.socket?.remoteAddress || "unknown"
}

/** Answers 429 with Retry-After and the wait in words. */
export function refuse(res: MedusaResponse, name: BudgetName, resetInMs: number): void {
  const seconds = Math.max(1, Math.ceil(resetInMs / 1000))
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({
    type: "too_many_requests",
    message: `Too many ${WHAT[name]} from your network. Wait ${waitInWords(seconds)}, then try again.`,
  })
}

export function rateLimit(name: BudgetName, budget: Budget, options: RateLimitOptions = {}) {
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const spent = await spendBudget(req, name, budget, clientAddress(req), options.scope?.(req))
    if (spent.count) {
      res.setHeader("RateLimit-Limit", String(budget.requests))
      res.setHeader("RateLimit-Remaining", String(Math.max(0, budget.requests - spent.count)))
    }
    if (spent.allowed) return next()
    refuse(res, name, spent.resetInMs)
  }
}
