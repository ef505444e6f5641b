import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { clearResolveCache, flushScanReports, recordScan, resolveBatch, RESOLVE_CACHE_STALE_MS, RESOLVE_CACHE_TTL_MS } from "./trace.server"

describe("a recalled batch on the label's page", () => {
  const published = { item: { gtin: "08930000000017" }, batch: { lot: "L1", status: "published" } }
  const withdrawn = { item: { gtin: "08930000000017" }, batch: { lot: "L1", status: "withdrawn", withdrawal_reason: "Nhãn in sai" } }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] })
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
    clearResolveCache()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
  })

  it("shows as withdrawn on the next scan once the kept answer is stale, and never later than fresh + stale time", async () => {
    let answer: { status: number; body: unknown } = { status: 200, body: published }
    const fetched = vi.fn(async () => Response.json(answer.body, { status: answer.status }))
    vi.stubGlobal("fetch", fetched)

    const first = await resolveBatch("08930000000017", "L1")
    expect(first).toMatchObject({ kind: "found", status: 200 })
    answer = { status: 410, body: withdrawn }

    vi.advanceTimersByTime(RESOLVE_CACHE_TTL_MS - 1)
    expect(await resolveBatch("08930000000017", "L1")).toMatchObject({ kind: "found", status: 200 })
    expect(fetched).toHaveBeenCalledTimes(1)

    // Stale: this scan still sees the kept page while the new answer is fetched behind it …
    vi.advanceTimersByTime(1)
    expect(await resolveBatch("08930000000017", "L1")).toMatchObject({ kind: "found", status: 200 })
    expect(fetched).toHaveBeenCalledTimes(2)
    await new Promise((resolve) => setImmediate(resolve))
    // … and the next one sees the recall.
    const later = await resolveBatch("08930000000017", "L1")
    expect(later).toMatchObject({ kind: "found", status: 410, body: { batch: { status: "withdrawn", withdrawal_reason: "Nhãn in sai" } } })
    expect(fetched).toHaveBeenCalledTimes(2)
  })

  it("never shows a page older than the fresh and stale time together", async () => {
    let answer: { status: number; body: unknown } = { status: 200, body: published }
    const fetched = vi.fn(async () => Response.json(answer.body, { status: answer.status }))
    vi.stubGlobal("fetch", fetched)
    await resolveBatch("08930000000017", "L1")
    answer = { status: 410, body: withdrawn }
    vi.advanceTimersByTime(RESOLVE_CACHE_TTL_MS + RESOLVE_CACHE_STALE_MS)
    expect(await resolveBatch("08930000000017", "L1")).toMatchObject({ kind: "found", status: 410 })
  })

  it("keeps lots apart and asks again after a failed call", async () => {
    const fetched = vi.fn(async (_url: string | URL) => Response.json(published))
    vi.stubGlobal("fetch", vi.fn(async () => { throw new Error("connection refused") }))
    await expect(resolveBatch("08930000000017", "L1")).rejects.toThrow("connection refused")
    vi.stubGlobal("fetch", fetched)
    await resolveBatch("08930000000017", "L1")
    await resolveBatch("08930000000017", "L2")
    expect(fetched.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/\/store\/trace\/items\/08930000000017\/lots\/L1$/),
      expect.stringMatching(/\/store\/trace\/items\/08930000000017\/lots\/L2$/),
    ])
  })
})

describe("scans reported to the backend", () => {
  beforeEach(() => {
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
    vi.stubEnv("TRUST_PROXY", "true")
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
  })

  it("go as one report with each visitor's address, and a page never waits for it", async () => {
    const fetched = vi.fn(async (_url: string | URL, _init?: RequestInit) => Response.json({ recorded: 2 }, { status: 201 }))
    vi.stubGlobal("fetch", fetched)
    recordScan({ gtin: "08930000000017", lot: "L1", client: "phone", city: "Hạ Long" }, new Headers({ "x-forwarded-for": "198.51.100.9, 203.0.113.7" }))
    recordScan({ gtin: "08930000000017", lot: "L1", client: "desktop" }, new Headers({ "x-forwarded-for": "not-an-address" }))
    expect(fetched).not.toHaveBeenCalled()
    await flushScanReports()
    expect(fetched).toHaveBeenCalledTimes(1)
    const [url, init] = fetched.mock.calls[0]
    expect(String(url)).toMatch(/\/store\/trace\/scans$/)
    expect(JSON.parse(String(init?.body))).toEqual({
      scans: [
        { gtin: "08930000000017", lot: "L1", client: "phone", city: "Hạ Long", visitor: "203.0.113.7" },
        { gtin: "08930000000017", lot: "L1", client: "desktop" },
      ],
    })
  })
})
