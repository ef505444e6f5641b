import { describe, expect, it } from "vitest"
import { SnapshotCache } from "./cache"

function setup() {
  let clock = 0
  const errors: unknown[] = []
  const cache = new SnapshotCache<string>({ freshMs: 5_000, maxAgeMs: 30_000, maxKeys: 2, now: () => clock, onError: (e) => errors.push(e) })
  return { cache, errors, advance: (ms: number) => (clock += ms) }
}

/** A loader whose calls are counted and resolved (or rejected) by the test. */
function controlledLoader() {
  const pending: { resolve: (v: string) => void; reject: (e: Error) => void }[] = []
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }))
  return { load, pending }
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

/** A cache holding "v1" for "k", loaded through a controlled loader (its first call). */
async function loadedCache() {
  const { cache, errors, advance } = setup()
  const { load, pending } = controlledLoader()
  const first = cache.get("k", load)
  pending[0].resolve("v1")
  await first
  return { cache, errors, advance, load, pending }
}

describe("SnapshotCache", () => {
  it("makes only the first request wait, and shares one load between concurrent first requests", async () => {
    const { cache } = setup()
    const { load, pending } = controlledLoader()
    const a = cache.get("k", load)
    const b = cache.get("k", load)
    expect(pending).toHaveLength(1)
    pending[0].resolve("v1")
    expect(await a).toBe("v1")
    expect(await b).toBe("v1")
    expect(await cache.get("k", load)).toBe("v1")
    expect(pending).toHaveLength(1)
  })

  it("serves a stale snapshot at once and runs a single background refresh", async () => {
    const { cache, advance, load, pending } = await loadedCache()
    advance(6_000)
    expect(await cache.get("k", load)).toBe("v1")
    expect(await cache.get("k", load)).toBe("v1")
    expect(pending).toHaveLength(2)
    pending[1].resolve("v2")
    await flush()
    expect(await cache.get("k", load)).toBe("v2")
  })

  it("never serves a snapshot older than the maximum age: the caller waits for a new one", async () => {
    const { cache, advance, load, pending } = await loadedCache()
    advance(31_000)
    let answered: string | undefined
    const late = cache.get("k", load).then((v) => (answered = v))
    await flush()
    expect(answered).toBeUndefined()
    pending[1].resolve("v2")
    await late
    expect(answered).toBe("v2")
  })

  it("waits for a new snapshot after invalidate, even while fresh, and ignores a load begun before it", async () => {
    const { cache, load, pending } = await loadedCache()
    cache.invalidate()
    const next = cache.get("k", load)
    expect(pending).toHaveLength(2)
    pending[1].resolve("v2")
    expect(await next).toBe("v2")

    const stale = cache.get("k", load) // fresh: no load
    expect(await stale).toBe("v2")
    cache.invalidate()
    const a = cache.get("k", load)
    cache.invalidate()
    const b = cache.get("k", load)
    expect(pending).toHaveLength(4)
    pending[3].resolve("v4")
    pending[2].resolve("v3 (begun before the last change)")
    await a
    expect(await b).toBe("v4")
    expect(await cache.get("k", load)).toBe("v4")
  })

  it("keeps serving the previous snapshot when a refresh fails, and retries on the next request", async () => {
    const { cache, errors, advance, load, pending } = await loadedCache()
    advance(6_000)
    expect(await cache.get("k", load)).toBe("v1")
    pending[1].reject(new Error("database down"))
    await flush()
    expect(errors).toHaveLength(1)
    expect(await cache.get("k", load)).toBe("v1")
    expect(pending).toHaveLength(3)
    pending[2].resolve("v2")
    await flush()
    expect(await cache.get("k", load)).toBe("v2")

    advance(31_000)
    const late = cache.get("k", load)
    pending[3].reject(new Error("database down"))
    expect(await late).toBe("v2")
    expect(errors).toHaveLength(2)
  })

  it("fails the first request when there is no snapshot to fall back on", async () => {
    const { cache } = setup()
    const { load, pending } = controlledLoader()
    const first = cache.get("k", load)
    pending[0].reject(new Error("database down"))
    await expect(first).rejects.toThrow("database down")
  })

  it("keeps one snapshot per key, at most maxKeys of them, dropping the least recently loaded", async () => {
    const { cache } = setup()
    expect(await cache.get("a", async () => "A")).toBe("A")
    expect(await cache.get("b", async () => "B")).toBe("B")
    expect(await cache.get("a", async () => "other")).toBe("A")
    expect(await cache.get("c", async () => "C")).toBe("C")
    expect(await cache.get("b", async () => "B2")).toBe("B")
    expect(await cache.get("a", async () => "A2")).toBe("A2")
  })
})
