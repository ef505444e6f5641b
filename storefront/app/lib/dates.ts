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
