/**
 * Dates as Vietnamese readers write them (dd/mm/yyyy), in Vietnam's time zone so the
 * server and the browser render the same day.
 */
const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return dateFormat.format(date)
}

const isoFormat = new Intl.DateTimeFormat("en-CA", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
})

/** The calendar date (yyyy-mm-dd, Vietnam's day) of a timestamp, for `<time dateTime>` and schema.org. */
export function isoDate(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return isoFormat.format(date)
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const timeFormat = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Ho_Chi_Minh" })

/** The time of day on Vietnam's clock, 24-hour: "19:30". */
export function formatTime(value: string | Date | null | undefined): string {
  const date = toDate(value)
  return date ? timeFormat.format(date) : ""
}

const weekdayFormats = {
  vi: new Intl.DateTimeFormat("vi-VN", { weekday: "long", day: "2-digit", month: "2-digit", timeZone: "Asia/Ho_Chi_Minh" }),
  en: new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "Asia/Ho_Chi_Minh" }),
}

/** Weekday and day of Vietnam's calendar: "Thứ Bảy, 05/12" in Vietnamese, "Sat 5 Dec" in English. */
export function formatWeekdayDate(value: string | Date | null | undefined, lang: "vi" | "en" = "vi"): string {
  const date = toDate(value)
  return date ? weekdayFormats[lang].format(date) : ""
}

/** Whole days from `now`'s date to `value`'s date on Vietnam's calendar (0 today, 1 tomorrow); null for a broken date. */
export function vietnamDaysFrom(now: string | Date, value: string | Date | null | undefined): number | null {
  const from = isoDate(now)
  const to = isoDate(value)
  if (!from || !to) return null
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
