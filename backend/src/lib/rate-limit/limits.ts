/**
 * The request budgets of the rate limiter: how many requests one client may make to
 * a group of routes in a window of time. Each budget can be changed through the
 * environment as "<requests>/<window>", e.g. RATE_LIMIT_LOGIN=10/1m (s, m or h).
 */

export type Budget = { requests: number; windowMs: number }

export type BudgetName = "login" | "register" | "password_reset" | "order_lookup" | "trace_scan"

/** Defaults, with the environment variable that overrides each. */
export const BUDGETS: Record<BudgetName, { env: string; fallback: string }> = {
  /** Signing in (and answering an MFA challenge): guessing passwords. */
  login: { env: "RATE_LIMIT_LOGIN", fallback: "10/1m" },
  /** Creating an account identity. */
  register: { env: "RATE_LIMIT_REGISTER", fallback: "10/1m" },
  /** Asking for a password-reset e-mail: mail bombing someone. */
  password_reset: { env: "RATE_LIMIT_PASSWORD_RESET", fallback: "5/15m" },
  /** Finding an order by number and e-mail address: guessing order numbers. */
  order_lookup: { env: "RATE_LIMIT_ORDER_LOOKUP", fallback: "10/1m" },
  /** Counting label scans: inflating or flooding a batch's scan count. */
  trace_scan: { env: "RATE_LIMIT_TRACE_SCANS", fallback: "60/1m" },
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const

/** "10/1m" → 10 requests per 60 000 ms; throws a message naming the variable otherwise. */
export function parseBudget(text: string, variable = "the budget"): Budget {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*([smh])\s*$/.exec(text)
  const requests = match ? Number(match[1]) : NaN
  const windowMs = match ? Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS] : NaN
  if (!match || requests < 1 || windowMs < 1_000) {
    throw new Error(`${variable} must look like "10/1m" (at least 1 request per window of s, m or h), not "${text}"`)
  }
  return { requests, windowMs }
}

/** Every budget, read from the environment once; a malformed value stops the start with its name. */
export function budgetsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<BudgetName, Budget> {
  const entries = Object.entries(BUDGETS).map(([name, { env: variable, fallback }]) => [
    name,
    parseBudget(env[variable]?.trim() || fallback, variable),
  ])
  return Object.fromEntries(entries) as Record<BudgetName, Budget>
}

/** "1 minute", "15 minutes", "30 seconds": how long a person waits, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? "" : "s"}`
}
