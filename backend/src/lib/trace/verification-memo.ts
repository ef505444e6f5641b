/**
 * Remembers the outcome of verifying a batch (event chain + Ed25519 signature) for
 * exactly the inputs it was computed from. The key is a SHA-256 digest of every
 * input (the batch row as read, all its events and growing areas, the product title
 * and producer name, the accepted keys), so any change to a stored row, even one that
 * leaves the stored hashes alone, is a new key and is verified again.
 */
import { createHash } from "node:crypto"

/** Outcomes kept; past this many the oldest is forgotten. */
const MAX_ENTRIES = 10_000

type Outcome = { status: "verified" | "tampered" | "unsigned"; reason?: string }

const outcomes = new Map<string, Outcome>()

export function verificationKey(inputs: unknown): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64")
}

/** The outcome of `verify()` for these inputs, computed once per distinct inputs. */
export function memoizedVerification<T extends Outcome>(inputs: unknown, verify: () => T): T {
  const key = verificationKey(inputs)
  const known = outcomes.get(key)
  if (known) return { ...known } as T
  const outcome = verify()
  outcomes.set(key, outcome)
  if (outcomes.size > MAX_ENTRIES) outcomes.delete(outcomes.keys().next().value as string)
  return { ...outcome }
}
