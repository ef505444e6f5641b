/**
 * A snapshot cache with stale-while-revalidate, for reads that are slow to
 * build and may lag writes by a bounded time (the store catalog: one snapshot
 * per sales-channel set and region).
 *
 * - A snapshot younger than `freshMs` is served as is.
 * - An older one is still served, and one refresh starts in the background
 *   (never two for the same key at once).
 * - A snapshot older than `maxAgeMs`, or one invalidated by `invalidate()`, is
 *   not served: the caller waits for a new one. So every process serves data
 *   at most `maxAgeMs` old, even when it missed the event of a change.
 * - A failed refresh keeps the previous snapshot in service (logged by the
 *   caller's `onError`); the next request tries again.
 * - At most `maxKeys` snapshots are kept (the least recently loaded goes), so
 *   keys made of request input cannot grow the memory without bound.
 */
export type SnapshotCacheOptions = {
  freshMs: number
  maxAgeMs: number
  maxKeys: number
  now?: () => number
  onError?: (error: unknown) => void
}

type Entry<T> = { value: T; loadedAt: number; generation: number }

export class SnapshotCache<T> {
  private entries = new Map<string, Entry<T>>()
  private inFlight = new Map<string, { generation: number; promise: Promise<T> }>()
  private generation = 0
  private readonly now: () => number

  constructor(private readonly options: SnapshotCacheOptions) {
    this.now = options.now ?? Date.now
  }

  /** Every snapshot is out of date: the next read of each key waits for a new one. */
  invalidate(): void {
    this.generation += 1
  }

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key)
    if (entry && entry.generation === this.generation) {
      const age = this.now() - entry.loadedAt
      if (age < this.options.freshMs) return entry.value
      if (age < this.options.maxAgeMs) {
        this.refresh(key, load).catch((error) => this.options.onError?.(error))
        return entry.value
      }
    }
    try {
      return await this.refresh(key, load)
    } catch (error) {
      // Serve the previous snapshot rather than fail the page; the next request retries.
      if (!entry) throw error
      this.options.onError?.(error)
      return entry.value
    }
  }

  /** Loads the key once for the current generation, sharing the load with concurrent callers. */
  private refresh(key: string, load: () => Promise<T>): Promise<T> {
    const generation = this.generation
    const running = this.inFlight.get(key)
    if (running && running.generation === generation) return running.promise
    const startedAt = this.now()
    const promise = load()
      .then((value) => {
        const current = this.entries.get(key)
        // A load that began before a newer one finished must not replace it.
        if (!current || generation > current.generation || (generation === current.generation && startedAt >= current.loadedAt)) {
          this.entries.delete(key)
          this.entries.set(key, { value, loadedAt: startedAt, generation })
          if (this.entries.size > this.options.maxKeys) this.entries.delete(this.entries.keys().next().value as string)
        }
        return value
      })
      .finally(() => {
        if (this.inFlight.get(key)?.promise === promise) this.inFlight.delete(key)
      })
    this.inFlight.set(key, { generation, promise })
    return promise
  }
}
