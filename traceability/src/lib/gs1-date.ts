// GS1 dates (YYMMDD, day 00 = end of month, sliding century) and Vietnam calendar dates (UTC+07:00).
import { TraceInputError } from "./errors"

/** Vietnam has one time zone, UTC+07:00, without daylight saving. */
export const VN_OFFSET_MINUTES = 7 * 60

export interface CalendarDate {
  year: number
  month: number // 1-12
  day: number // 1-31
}

/** The calendar date of an instant in Vietnam (UTC+07:00). */
export function vnCalendarDate(instant: Date): CalendarDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new TraceInputError("date", "The date is not a valid date")
  }
  const shifted = new Date(instant.getTime() + VN_OFFSET_MINUTES * 60_000)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Full year of a GS1 two-digit year (GS1 General Specifications, 7.12): relative to the current
 * year, a difference of 51..99 means the previous century, -99..-50 the next, otherwise this one.
 */
export function gs1FullYear(yy: number, now: Date = new Date()): number {
  const current = now.getUTCFullYear()
  const century = Math.floor(current / 100) * 100
  const diff = yy - (current % 100)
  if (diff >= 51) return century - 100 + yy
  if (diff <= -50) return century + 100 + yy
  return century + yy
}

/** Why `value` is not a GS1 YYMMDD date (day 00 allowed), or null when it is one. */
export function gs1DateProblem(value: unknown, now?: Date): string | null {
  if (typeof value !== "string" || !/^\d{6}$/.test(value)) {
    return `"${String(value)}" is not a date in the form YYMMDD (6 digits)`
  }
  const yy = Number(value.slice(0, 2))
  const mm = Number(value.slice(2, 4))
  const dd = Number(value.slice(4, 6))
  if (mm < 1 || mm > 12) return `${value} is not a valid YYMMDD date: month ${value.slice(2, 4)} does not exist`
  const year = gs1FullYear(yy, now)
  if (dd > daysInMonth(year, mm)) {
    return `${value} is not a valid YYMMDD date: ${year}-${value.slice(2, 4)} has no day ${value.slice(4, 6)}`
  }
  return null
}

/** The calendar date a GS1 YYMMDD stands for ("00" as day = last day of the month). */
export function gs1DateToCalendar(value: string, now?: Date, field = "expiry"): CalendarDate {
  const problem = gs1DateProblem(value, now)
  if (problem) throw new TraceInputError(field, problem)
  const year = gs1FullYear(Number(value.slice(0, 2)), now)
  const month = Number(value.slice(2, 4))
  const day = Number(value.slice(4, 6)) || daysInMonth(year, month)
  return { year, month, day }
}

/**
 * A calendar date from a Date (its Vietnam date), "YYYY-MM-DD", a full ISO date-time (its Vietnam
 * date) or a GS1 "YYMMDD". Throws TraceInputError for anything else.
 */
export function toCalendarDate(value: Date | string, field = "date", now?: Date): CalendarDate {
  if (value instanceof Date) return vnCalendarDate(value)
  if (typeof value === "string") {
    if (/^\d{6}$/.test(value)) return gs1DateToCalendar(value, now, field)
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (m) {
      const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
      if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
        throw new TraceInputError(field, `${value} is not a real calendar date`)
      }
      return date
    }
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) {
      return vnCalendarDate(new Date(value))
    }
  }
  throw new TraceInputError(field, `"${String(value)}" is not a date (use YYYY-MM-DD)`)
}

const pad2 = (n: number) => String(n).padStart(2, "0")

/** "YYYY-MM-DD" of a date (see toCalendarDate for the accepted forms). */
export function toIsoDate(value: Date | string, field = "date"): string {
  const d = toCalendarDate(value, field)
  return `${String(d.year).padStart(4, "0")}-${pad2(d.month)}-${pad2(d.day)}`
}

/** GS1 "YYMMDD" of a date; a GS1 date given as YYMMDD is kept as it is (day 00 stays 00). */
export function toGs1Date(value: Date | string, field = "expiry"): string {
  if (typeof value === "string" && /^\d{6}$/.test(value)) {
    const problem = gs1DateProblem(value)
    if (problem) throw new TraceInputError(field, problem)
    return value
  }
  const d = toCalendarDate(value, field)
  if (gs1FullYear(d.year % 100) !== d.year) {
    throw new TraceInputError(field, `${d.year} is too far from today to be written as a GS1 YYMMDD date`)
  }
  return `${pad2(d.year % 100)}${pad2(d.month)}${pad2(d.day)}`
}

/** "dd/mm/yyyy", the way dates are printed in Vietnam. */
export function formatViDate(value: Date | string, field = "date"): string {
  const d = toCalendarDate(value, field)
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`
}
