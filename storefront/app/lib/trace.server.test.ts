import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { clearResolveCache, resolveBatch, RESOLVE_CACHE_TTL_MS } from "./trace.server"

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

  it("shows as withdrawn at most RESOLVE_CACHE_TTL_MS after the recall", async () => {
    let answer: { status: number; body: unknown } = { status: 200, body: published }
    const fetched = vi.fn(async () => Response.json(answer.body, { status: answer.status }))
    vi.stubGlobal("fetch", fetched)

    const first = await resolveBatch("08930000000017", "L1")
    expect(first).toMatchObject({ kind: "found", status: 200 })
    answer = { status: 410, body: withdrawn }

    vi.advanceTimersByTime(RESOLVE_CACHE_TTL_MS - 1)
    expect(await resolveBatch("08930000000017", "L1")).toMatchObject({ kind: "found", status: 200 })
    expect(fetched).toHaveBeenCalledTimes(1)

    vi.advanceTimersByTime(1)
    const later = await resolveBatch("08930000000017", "L1")
    expect(later).toMatchObject({ kind: "found", status: 410, body: { batch: { status: "withdrawn", withdrawal_reason: "Nhãn in sai" } } })
    expect(fetched).toHaveBeenCalledTimes(2)
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
