// Hash chain of a batch's trace events: each hash covers the event and the previous event's hash.
import { canonicalJson, sha256Hex } from "./canonical-json"

/** sha256 of canonicalJson({ previous: previousHash, event }). */
export function eventHash(event: object, previousHash: string | null): string {
  return sha256Hex(canonicalJson({ previous: previousHash, event }))
}

/** Hashes `events` in order, each linked to the one before (the first to null). */
export function chainEvents(events: object[]): { hash: string; previous: string | null }[] {
  const links: { hash: string; previous: string | null }[] = []
  let previous: string | null = null
  for (const event of events) {
    const hash = eventHash(event, previous)
    links.push({ hash, previous })
    previous = hash
  }
  return links
}

export interface ChainCheck {
  ok: boolean
  /** index of the first event that does not fit */
  brokenAt?: number
  reason?: string
}

/**
 * Checks stored events (in chain order) against their stored hashes: detects a changed event
 * (its hash no longer matches), and a removed, inserted or reordered event (its link does not
 * point at the event before it). `hashOf` returns the part of an event that was hashed.
 * Pass `expectedHead` (e.g. the head hash a signed batch record holds) to also detect events
 * removed from the end.
 */
export function verifyChain<E extends { hash: string; previous_hash: string | null }>(
  events: E[],
  hashOf: (event: E) => object,
  expectedHead?: string | null,
): ChainCheck {
  let previous: string | null = null
  for (let i = 0; i < events.length; i++) {
    const event = events[i]
    if (event.previous_hash !== previous) {
      const reason =
        i === 0
          ? "the first event points at an earlier event: events are missing from the start"
          : `event ${i + 1} does not follow event ${i}: an event was removed, inserted or moved`
      return { ok: false, brokenAt: i, reason }
    }
    if (eventHash(hashOf(event), event.previous_hash) !== event.hash) {
      return { ok: false, brokenAt: i, reason: `event ${i + 1} was changed after it was recorded: its hash does not match` }
    }
    previous = event.hash
  }
  if (expectedHead !== undefined && expectedHead !== previous) {
    return {
      ok: false,
      brokenAt: events.length,
      reason: `the chain ends at ${previous ?? "nothing"} but ${expectedHead ?? "an empty chain"} was expected: events are missing at the end`,
    }
  }
  return { ok: true }
}
