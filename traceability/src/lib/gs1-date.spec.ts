// Unit tests of gs1-date.ts.
import { formatViDate, gs1DateProblem, gs1DateToCalendar, gs1FullYear, toGs1Date, toIsoDate, vnCalendarDate } from "./gs1-date"
import { TraceInputError } from "./errors"

const NOW = new Date("2026-06-15T00:00:00Z")

describe("GS1 dates", () => {
  it("resolves the century with the GS1 sliding window", () => {
    expect(gs1FullYear(26, NOW)).toBe(2026)
    expect(gs1FullYear(76, NOW)).toBe(2076) // +50: this century
    expect(gs1FullYear(77, NOW)).toBe(1977) // +51: previous century
    expect(gs1FullYear(0, NOW)).toBe(2000)
    expect(gs1FullYear(99, new Date("2060-01-01T00:00:00Z"))).toBe(2099)
    expect(gs1FullYear(10, new Date("2060-01-01T00:00:00Z"))).toBe(2110) // -50: next century
  })
  it("validates YYMMDD with day 00 meaning end of month", () => {
    expect(gs1DateProblem("271231", NOW)).toBeNull()
    expect(gs1DateProblem("270200", NOW)).toBeNull()
    expect(gs1DateProblem("280229", NOW)).toBeNull() // 2028 is a leap year
    expect(gs1DateProblem("270229", NOW)).toMatch(/2027-02 has no day 29/)
    expect(gs1DateProblem("271301", NOW)).toMatch(/month 13 does not exist/)
    expect(gs1DateProblem("270001", NOW)).toMatch(/month 00/)
    expect(gs1DateProblem("27123", NOW)).toMatch(/YYMMDD/)
    expect(gs1DateToCalendar("280200", NOW)).toEqual({ year: 2028, month: 2, day: 29 })
    expect(gs1DateToCalendar("270400", NOW)).toEqual({ year: 2027, month: 4, day: 30 })
  })
  it("uses the Vietnam calendar date of an instant", () => {
    expect(vnCalendarDate(new Date("2027-12-30T17:00:00Z"))).toEqual({ year: 2027, month: 12, day: 31 })
    expect(vnCalendarDate(new Date("2027-12-31T00:00:00Z"))).toEqual({ year: 2027, month: 12, day: 31 })
    expect(vnCalendarDate(new Date("2027-12-31T16:59:59Z"))).toEqual({ year: 2027, month: 12, day: 31 })
  })
  it("converts between forms", () => {
    expect(toGs1Date("2027-12-31")).toBe("271231")
    expect(toGs1Date(new Date("2027-12-30T17:00:00Z"))).toBe("271231")
    expect(toGs1Date("271200")).toBe("271200")
    expect(toIsoDate("271200")).toBe("2027-12-31")
    expect(toIsoDate("2027-12-31T10:00:00+07:00")).toBe("2027-12-31")
    expect(formatViDate("2027-03-05")).toBe("05/03/2027")
    expect(() => toGs1Date("2027-02-30")).toThrow(TraceInputError)
    expect(() => toIsoDate("31/12/2027")).toThrow(/YYYY-MM-DD/)
    expect(() => toGs1Date("2150-01-01")).toThrow(/too far/)
  })
})
