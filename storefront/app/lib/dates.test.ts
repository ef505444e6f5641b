import { describe, expect, it } from "vitest"
import { formatDate, isoDate } from "./dates"

describe("formatDate", () => {
  it("writes dd/mm/yyyy", () => {
    expect(formatDate("2027-03-12T03:00:00.000Z")).toBe("12/03/2027")
  })

  it("uses Vietnam's day, not UTC's", () => {
    // 20:00 UTC on 11 March is already 12 March in Hà Nội (UTC+7).
    expect(formatDate("2027-03-11T20:00:00.000Z")).toBe("12/03/2027")
  })

  it("is empty for a missing or broken date", () => {
    expect(formatDate(null)).toBe("")
    expect(formatDate("not a date")).toBe("")
  })
})

describe("isoDate", () => {
  it("gives Vietnam's calendar date", () => {
    expect(isoDate("2027-03-12T03:00:00.000Z")).toBe("2027-03-12")
    expect(isoDate("2027-03-11T20:00:00.000Z")).toBe("2027-03-12")
  })
})
