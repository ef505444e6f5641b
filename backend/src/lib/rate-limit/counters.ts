/**
 * Fixed-window counters: the number of requests a key made in the current window and
 * how long until the window ends. In memory for one process; in Redis when several
 * server processes must share the count.
 */
import type Redis from "ioredis"

export type WindowCount = { count: number; resetInMs: number }

export interface WindowCounters {
  /** Counts one request of `key` and answers the count so far in its window. */
  hit(key: string, windowMs: number): Promise<WindowCount>
}

/** Counts in this process only: every server instance has its own budget. */
export class MemoryWindowCounters implements WindowCounters {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  constructor(private readonly now: () => number = Date.now, private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now()
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) {
      if (this.windows.size >= this.maxKeys) this.forgetEnded(now)
      window = { count: 0, resetAt: now + windowMs }
      this.windows.set(key, window)
    }
    window.count += 1
    return { count: window.count, resetInMs: window.resetAt - now }
  }

  private forgetEnded(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
    // Still full (a flood of distinct keys): start over rather than grow without bound.
    if (this.windows.size >= this.maxKeys) this.windows.clear()
  }
}

/** INCR, and start the window's expiry on its first request, atomically. */
const HIT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
if count == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
local ttl = redis.call("PTTL", KEYS[1])
if ttl < 0 then redis.call("PEXPIRE", KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return { count, ttl }
`

/** Counts in Redis, shared by every process that uses the same Redis and prefix. */
export class RedisWindowCounters implements WindowCounters {
  constructor(private readonly redis: Redis, private readonly prefix = "ocop:rate-limit:") {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, String(windowMs))) as [number, number]
    return { count: Number(count), resetInMs: Number(ttl) }
  }
}
