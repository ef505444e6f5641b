/**
 * A small in-process cache of recent answers, at most `maxEntries` of them (the oldest
 * go first). An answer is fresh for `ttlMs`; for `staleMs` after that it is still
 * served while one reload runs in the background, so a label scanned often never waits
 * for the backend and is never older than `ttlMs + staleMs`. Concurrent misses for one
 * key share one load, so a burst of scans of the same label costs one backend call. A
 * load that throws is not kept: the next request tries again (a failed background
 * reload leaves the stale answer until its time is up). At most `maxBackgroundLoads`
 * reloads of stale answers run at once: when many answers go stale together (they were
 * loaded together, after a restart), the others are served stale a little longer instead
 * of sending a wave of calls to the backend; none is served past `ttlMs + staleMs`.
 */
export type TtlCache<T> = {
  /** The kept answer for `key`, or the result of `load()` kept for the cache's time. */
  get(key: string, load: () => Promise<T>): Promise<T>
  /** Forgets every answer (tests, or a deploy that must not serve old ones). */
  clear(): void
  readonly size: number
}

export function createTtlCache<T>({
  ttlMs,
  staleMs = 0,
  maxEntries,
  maxBackgroundLoads = Infinity,
  now = () => Date.now(),
}: {
  ttlMs: number
  staleMs?: number
  maxEntries: number
  maxBackgroundLoads?: number
  now?: () => number
}): TtlCache<T> {
  const kept = new Map<string, { value: T; loadedAt: number }>()
  const loading = new Map<string, Promise<T>>()
  let backgroundLoads = 0

  function reload(key: string, load: () => Promise<T>): Promise<T> {
    const pending = loading.get(key)
    if (pending) return pending
    const started = load().then(
      (value) => {
        loading.delete(key)
        if (ttlMs > 0) {
          kept.delete(key)
          kept.set(key, { value, loadedAt: now() })
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
  }

  return {
    async get(key, load) {
      const hit = kept.get(key)
      const age = hit ? now() - hit.loadedAt : Infinity
      if (hit && age < ttlMs) return hit.value
      if (hit && age < ttlMs + staleMs) {
        if (!loading.has(key) && backgroundLoads < maxBackgroundLoads) {
          backgroundLoads++
          reload(key, load)
            .catch(() => {})
            .finally(() => backgroundLoads--)
        }
        return hit.value
      }
      if (hit) kept.delete(key)
      return reload(key, load)
    },
    clear() {
      kept.clear()
    },
    get size() {
      return kept.size
    },
  }
}
