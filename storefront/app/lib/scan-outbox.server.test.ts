import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { createScanOutbox, type QueuedScan } from "./scan-outbox.server"

const scan = (i: number, visitor?: string): QueuedScan => ({ gtin: "08930000000017", lot: `L${i}`, client: "phone", ...(visitor ? { visitor } : {}) })

describe("label scans reported in batches", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("sends the scans of one interval as one report, each with its visitor", async () => {
    const reports: QueuedScan[][] = []
    const outbox = createScanOutbox({ intervalMs: 1_000, send: async (scans) => (reports.push(scans), 201) })
    outbox.add(scan(1, "203.0.113.1"))
    outbox.add(scan(2, "203.0.113.2"))
    outbox.add(scan(3))
    await vi.advanceTimersByTimeAsync(999)
    expect(reports).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(reports).toEqual([[scan(1, "203.0.113.1"), scan(2, "203.0.113.2"), scan(3)]])
    expect(outbox.queued).toBe(0)
  })

  it("sends at once when a report is full, and splits what is queued into reports of at most that size", async () => {
    const sizes: number[] = []
    const outbox = createScanOutbox({ intervalMs: 60_000, maxPerReport: 3, send: async (scans) => (sizes.push(scans.length), 201) })
    for (let i = 0; i < 7; i++) outbox.add(scan(i))
    await vi.advanceTimersByTimeAsync(0)
    await outbox.flush()
    expect(sizes).toEqual([3, 3, 1])
  })

  it("keeps the scans of a report the backend could not take and sends them with the next one", async () => {
    const delivered: string[] = []
    let up = false
    const outbox = createScanOutbox({
      intervalMs: 1_000,
      send: async (scans) => {
        if (!up) throw new Error("connect ECONNREFUSED")
        delivered.push(...scans.map((s) => s.lot))
        return 201
      },
    })
    outbox.add(scan(1))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(outbox.queued).toBe(1)
    up = true
    outbox.add(scan(2))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(delivered).toEqual(["L1", "L2"])
    expect(outbox.queued).toBe(0)
  })

  it("drops a report the backend refuses as over budget or invalid instead of sending it forever", async () => {
    let calls = 0
    const outbox = createScanOutbox({ intervalMs: 1_000, send: async () => (calls++, 429) })
    outbox.add(scan(1))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(calls).toBe(1)
    expect(outbox.queued).toBe(0)
  })

  it("holds at most maxQueued scans while the backend is away, dropping the oldest", async () => {
    const outbox = createScanOutbox({ intervalMs: 1_000, maxQueued: 5, send: async () => 503 })
    for (let i = 0; i < 8; i++) outbox.add(scan(i))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(outbox.queued).toBe(5)
  })
})
