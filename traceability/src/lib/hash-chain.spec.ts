// Unit tests of hash-chain.ts.
import { chainEvents, eventHash, verifyChain } from "./hash-chain"
import { canonicalJson, sha256Hex } from "./canonical-json"

interface Stored {
  body: { step: string; qty: number }
  hash: string
  previous_hash: string | null
}

function stored(bodies: { step: string; qty: number }[]): Stored[] {
  return chainEvents(bodies).map((link, i) => ({ body: bodies[i], hash: link.hash, previous_hash: link.previous }))
}

const bodies = [
  { step: "harvesting", qty: 500 },
  { step: "transforming", qty: 450 },
  { step: "packing", qty: 900 },
  { step: "shipping", qty: 900 },
]
const hashOf = (e: Stored) => e.body

describe("hash chain", () => {
  it("hashes the event together with the previous hash", () => {
    expect(eventHash({ a: 1 }, null)).toBe(sha256Hex(canonicalJson({ previous: null, event: { a: 1 } })))
    expect(eventHash({ a: 1 }, null)).not.toBe(eventHash({ a: 1 }, "0".repeat(64)))
    expect(eventHash({ b: 1, a: 2 }, null)).toBe(eventHash({ a: 2, b: 1 }, null))
  })
  it("links each event to the one before", () => {
    const links = chainEvents(bodies)
    expect(links[0].previous).toBeNull()
    for (let i = 1; i < links.length; i++) expect(links[i].previous).toBe(links[i - 1].hash)
    expect(chainEvents([])).toEqual([])
  })
  it("accepts an intact chain", () => {
    const events = stored(bodies)
    expect(verifyChain(events, hashOf)).toEqual({ ok: true })
    expect(verifyChain(events, hashOf, events[3].hash)).toEqual({ ok: true })
    expect(verifyChain([], hashOf)).toEqual({ ok: true })
  })
  it("detects a changed event", () => {
    const events = stored(bodies)
    events[2] = { ...events[2], body: { step: "packing", qty: 9000 } }
    expect(verifyChain(events, hashOf)).toMatchObject({ ok: false, brokenAt: 2, reason: expect.stringMatching(/changed/) })
  })
  it("detects a removed event", () => {
    const events = stored(bodies)
    expect(verifyChain([events[0], events[2], events[3]], hashOf)).toMatchObject({ ok: false, brokenAt: 1, reason: expect.stringMatching(/removed/) })
    expect(verifyChain(events.slice(1), hashOf)).toMatchObject({ ok: false, brokenAt: 0, reason: expect.stringMatching(/missing from the start/) })
    const head = events[3].hash
    expect(verifyChain(events.slice(0, 3), hashOf, head)).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringMatching(/missing at the end/) })
  })
  it("detects a reordered event", () => {
    const events = stored(bodies)
    expect(verifyChain([events[0], events[2], events[1], events[3]], hashOf)).toMatchObject({ ok: false, brokenAt: 1 })
  })
  it("detects a forged link (an event re-hashed onto another place)", () => {
    const events = stored(bodies)
    const forged = { ...events[2], body: { step: "packing", qty: 1 } }
    forged.hash = eventHash(forged.body, forged.previous_hash) // re-hashed, but the next event still points at the old hash
    expect(verifyChain([events[0], events[1], forged, events[3]], hashOf)).toMatchObject({ ok: false, brokenAt: 3 })
  })
})
