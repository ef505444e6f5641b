/**
 * A small in-process cache of recent answers, each kept for a fixed time, at most
 * `maxEntries` of them (the oldest go first). Concurrent misses for one key share
 * one load, so a burst of scans of the same label costs one backend call. A load
 * that throws is not kept: the next request tries again.
 */
export type TtlCache<T> = {
  /** The kept answer for `key`, or the result of `load()` kept for the cache's time. */
  get(key: string, load: () => Promise<T>): Promise<T>
  /** Forgets every answer (tests, or a deploy that must not serve old ones). */
  clear(): void
  readonly size: number
}

export function createTtlCache<T>({ ttlMs, maxEntries, now = () => Date.now() }: { ttlMs: number; maxEntries: number; now?: () => number }): TtlCache<T> {
  const kept = new Map<string, { value: T; expires: number }>()
  const loading = new Map<string, Promise<T>>()
  return {
    async get(key, load) {
      const hit = kept.get(key)
      if (hit && hit.expires > now()) return hit.value
      if (hit) kept.delete(key)
      const pending = loading.get(key)
      if (pending) return pending
      const started = load().then(
        (value) => {
          loading.delete(key)
          if (ttlMs > 0) {
            kept.set(key, { value, expires: now() + ttlMs })
            while (kept.size > maxEntries) kept.delete(kept.keys().next().value!)
          }
          return value
        },
        (error) => {
          loading.delete(key)
          throw error
        },
      )
      loading.set(key, started)
      return started
    },
    clear() {
      kept.clear()
    },
    get size() {
      return kept.size
    },
  }
}
