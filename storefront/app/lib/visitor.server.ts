/**
 * The visitor's address, passed on to the backend by the storefront's server. The backend
 * counts its rate limits (sign-in, registration, password reset, order look-up, label
 * scans) per client address and reads it as the last `X-Forwarded-For` entry (it trusts
 * one proxy hop, docs/deploy.md "Client addresses and rate limits"). Calls made from this
 * server for a visitor send that visitor's address, so each visitor has a budget of their
 * own instead of every visitor spending the storefront's one. Used for those limits only,
 * never stored.
 *
 * The header is believed only when TRUST_PROXY=true says a load balancer in front of this
 * server appends it: without one, a visitor could write any address there and get a fresh
 * budget with every request, so then no address is passed and visitors share the
 * storefront's budget.
 */
import { isIP } from "node:net"

/**
 * The visitor's address as the load balancer in front of the storefront appended it (the
 * last `X-Forwarded-For` entry, not one the visitor wrote); nothing without a trusted load
 * balancer (TRUST_PROXY) or when that entry is not an IP address.
 */
export function visitorAddress(headers: Headers): string | undefined {
  if (process.env.TRUST_PROXY?.trim().toLowerCase() !== "true") return undefined
  const last = headers.get("x-forwarded-for")?.split(",").pop()?.trim()
  return last && isIP(last) ? last : undefined
}

/** Headers that give the backend the visitor's address (none when it is not known). */
export function visitorHeaders(request: Request): Record<string, string> {
  const visitor = visitorAddress(request.headers)
  return visitor ? { "x-forwarded-for": visitor } : {}
}
