import { describe, expect, it } from "vitest"
import { createTtlCache } from "./ttl-cache"

function clock() {
  let t = 1_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe("the cache of recent answers", () => {
  it("answers from memory until the time is up, then asks again", async () => {
    const time = clock()
    const cache = createTtlCache<string>({ ttlMs: 5_000, maxEntries: 10, now: time.now })
    let calls = 0
    const load = async () => `answer ${++calls}`
    expect(await cache.get("a", load)).toBe("answer 1")
    time.advance(4_999)
    expect(await cache.get("a", load)).toBe("answer 1")
    time.advance(1)
    expect(await cache.get("a", load)).toBe("answer 2")
  })

  it("shares one load between requests that arrive together", async () => {
    const cache = createTtlCache<number>({ ttlMs: 5_000, maxEntries: 10 })
    let calls = 0
    let finish!: (n: number) => void
    const load = () => { calls++; return new Promise<number>((resolve) => (finish = resolve)) }
    const both = Promise.all([cache.get("a", load), cache.get("a", load)])
    finish(7)
    expect(await both).toEqual([7, 7])
    expect(calls).toBe(1)
  })

  it("does not keep a failure: the next request tries again", async () => {
    const cache = createTtlCache<string>({ ttlMs: 5_000, maxEntries: 10 })
    await expect(cache.get("a", async () => { throw new Error("backend down") })).rejects.toThrow("backend down")
    expect(await cache.get("a", async () => "back")).toBe("back")
  })

  it("keeps at most maxEntries answers, dropping the oldest", async () => {
    const cache = createTtlCache<string>({ ttlMs: 5_000, maxEntries: 2 })
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key)
    expect(cache.size).toBe(2)
    let reloaded = false
    await cache.get("a", async () => { reloaded = true; return "a" })
    expect(reloaded).toBe(true)
  })

  it("serves a stale answer while one reload runs, and never one older than ttl + stale", async () => {
    const time = clock()
    const cache = createTtlCache<string>({ ttlMs: 5_000, staleMs: 10_000, maxEntries: 10, now: time.now })
    let calls = 0
    let finish!: (value: string) => void
    const load = () => {
      calls++
      return calls === 1 ? Promise.resolve("old") : new Promise<string>((resolve) => (finish = resolve))
    }
    expect(await cache.get("a", load)).toBe("old")
    time.advance(6_000)
    // Past the fresh time: the stale answer at once, one reload behind it for both requests.
    expect(await cache.get("a", load)).toBe("old")
    expect(await cache.get("a", load)).toBe("old")
    expect(calls).toBe(2)
    finish("new")
    await Promise.resolve()
    await Promise.resolve()
    expect(await cache.get("a", load)).toBe("new")
    // Nobody asked for 15 s: the answer is too old to serve, the request waits for a fresh one.
    time.advance(15_000)
    const waiting = cache.get("a", load)
    finish("newest")
    expect(await waiting).toBe("newest")
    expect(calls).toBe(3)
  })

  it("keeps the stale answer when its background reload fails", async () => {
    const time = clock()
    const cache = createTtlCache<string>({ ttlMs: 5_000, staleMs: 10_000, maxEntries: 10, now: time.now })
    expect(await cache.get("a", async () => "kept")).toBe("kept")
    time.advance(6_000)
    expect(await cache.get("a", async () => { throw new Error("backend down") })).toBe("kept")
    await new Promise((resolve) => setTimeout(resolve, 0))
    // Still within its stale time: served again, and the next reload is tried.
    expect(await cache.get("a", async () => "fresh")).toBe("kept")
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await cache.get("a", async () => "unused")).toBe("fresh")
  })

  it("reloads at most maxBackgroundLoads stale answers at once, serving the others stale meanwhile", async () => {
    const time = clock()
    const cache = createTtlCache<string>({ ttlMs: 5_000, staleMs: 10_000, maxEntries: 10, maxBackgroundLoads: 2, now: time.now })
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => `${key}1`)
    time.advance(6_000)
    const finishers: (() => void)[] = []
    const slow = (value: string) => () => new Promise<string>((resolve) => finishers.push(() => resolve(value)))
    expect(await cache.get("a", slow("a2"))).toBe("a1")
    expect(await cache.get("b", slow("b2"))).toBe("b1")
    // Two reloads run: "c" is served stale without a third.
    let thirdStarted = false
    expect(await cache.get("c", async () => { thirdStarted = true; return "c2" })).toBe("c1")
    expect(thirdStarted).toBe(false)
    // Once one finishes, the next stale request of "c" reloads it.
    finishers[0]()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await cache.get("c", async () => "c2")).toBe("c1")
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await cache.get("c", async () => "unused")).toBe("c2")
    // Past fresh + stale time the kept answer is never served: the request waits for the reload under way.
    time.advance(10_000)
    const waiting = cache.get("b", async () => "unused")
    finishers[1]()
    expect(await waiting).toBe("b2")
  })
})
