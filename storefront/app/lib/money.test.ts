import { describe, expect, it } from "vitest"
import { formatMoney } from "./money"

describe("formatMoney", () => {
  it("shows VND without decimals, with dot grouping and the đồng sign", () => {
    expect(formatMoney(125000)).toBe("125.000\u00a0₫")
  })

  it("never divides a VND amount by 100", () => {
    expect(formatMoney(1500, "vnd")).toBe("1.500\u00a0₫")
  })

  it("keeps minor units for currencies that have them", () => {
    expect(formatMoney(12.5, "usd", "en-US")).toBe("$12.50")
  })
})
