import { budgetsFromEnv, MemoryWindowCounters, parseBudget, waitInWords } from "."

describe("rate-limit budgets", () => {
  it.each([
    ["10/1m", { requests: 10, windowMs: 60_000 }],
    ["5/15m", { requests: 5, windowMs: 900_000 }],
    [" 100 / 30s ", { requests: 100, windowMs: 30_000 }],
    ["2/1h", { requests: 2, windowMs: 3_600_000 }],
  ])("reads %s", (text, budget) => {
    expect(parseBudget(text)).toEqual(budget)
  })

  it.each(["10", "10/m", "0/1m", "ten/1m", "10/1d", "-1/1m"])("refuses %s naming the variable", (text) => {
    expect(() => parseBudget(text, "RATE_LIMIT_LOGIN")).toThrow(/RATE_LIMIT_LOGIN must look like "10\/1m"/)
  })

  it("takes each budget from its variable, falling back to the default", () => {
    const budgets = budgetsFromEnv({ RATE_LIMIT_LOGIN: "3/30s", RATE_LIMIT_TRACE_SCANS: "" })
    expect(budgets.login).toEqual({ requests: 3, windowMs: 30_000 })
    expect(budgets.trace_scan).toEqual({ requests: 60, windowMs: 60_000 })
    expect(budgets.password_reset).toEqual({ requests: 5, windowMs: 900_000 })
  })

  it("stops on a malformed variable", () => {
    expect(() => budgetsFromEnv({ RATE_LIMIT_ORDER_LOOKUP: "lots" })).toThrow(/RATE_LIMIT_ORDER_LOOKUP/)
  })

  it("says the wait in words", () => {
    expect(waitInWords(1)).toBe("1 second")
    expect(waitInWords(45)).toBe("45 seconds")
    expect(waitInWords(60)).toBe("1 minute")
    expect(waitInWords(61)).toBe("2 minutes")
  })
})

describe("in-memory window counters", () => {
  it("counts per key within a window and starts over when it ends", async () => {
    let now = 1_000_000
    const counters = new MemoryWindowCounters(() => now)
    expect(await counters.hit("a", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
    now += 20_000
    expect(await counters.hit("a", 60_000)).toEqual({ count: 2, resetInMs: 40_000 })
    expect(await counters.hit("b", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
    now += 40_000
    expect(await counters.hit("a", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
  })

  it("does not grow without bound under a flood of distinct keys", async () => {
    let now = 0
    const counters = new MemoryWindowCounters(() => now, 3)
    for (const key of ["a", "b", "c"]) await counters.hit(key, 1_000)
    now = 2_000
    await counters.hit("d", 1_000)
    expect((counters as any).windows.size).toBe(1)
    for (const key of ["e", "f", "g"]) await counters.hit(key, 1_000)
    expect((counters as any).windows.size).toBeLessThanOrEqual(3)
  })
})
