/**
 * When a livestream is on, pure and computed at request time: the stored start
 * and end are instants; "live now", "upcoming" and "ended" follow from comparing
 * them with *now*. A time typed without an offset is Vietnam's (Asia/Ho_Chi_Minh,
 * UTC+7 all year, no daylight saving), the time producers and shoppers live in.
 */
export const LIVESTREAM_STATUSES = ["live", "upcoming", "ended"] as const
export type LivestreamStatus = (typeof LIVESTREAM_STATUSES)[number]

/** The longest session the marketplace accepts. */
export const MAX_LIVESTREAM_HOURS = 12
/** A session that started this recently may still be recorded (the producer went live, then added the link). */
export const START_GRACE_MINUTES = 15
/** How far ahead the store shows upcoming sessions. */
export const UPCOMING_WINDOW_DAYS = 14
/** How far ahead a session may be scheduled. */
export const MAX_SCHEDULE_AHEAD_DAYS = 366

export const VIETNAM_OFFSET = "+07:00"
const HOUR = 3_600_000
const MINUTE = 60_000
const DAY = 86_400_000

/** ISO 8601 date-time with an optional offset; without one it is read as Vietnam's time. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/

/** Parses "2026-12-01T19:30" (Vietnam time), "2026-12-01T19:30+07:00" or "2026-12-01T12:30:00.000Z"; null when not a real time. */
export function parseLivestreamTime(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  const match = DATE_TIME.exec(value.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second = "00"] = match
  if (Number(month) < 1 || Number(month) > 12 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null
  const date = new Date(match[7] ? value.trim() : `${value.trim()}${VIETNAM_OFFSET}`)
  if (Number.isNaN(date.getTime())) return null
  // Refuse 31/11 and the like, which Date would roll over into the next month.
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()
  if (Number(day) < 1 || Number(day) > lastDay) return null
  return date
}

type Schedule = { starts_at: Date; ends_at: Date }

/** Why a schedule is refused, or null. `isNew`: a new session may not start in the past (beyond the grace). */
export function scheduleProblem({ starts_at, ends_at }: Schedule, now: Date, options: { isNew: boolean }): string | null {
  if (ends_at.getTime() <= starts_at.getTime()) return "ends_at must be after starts_at"
  if (ends_at.getTime() - starts_at.getTime() > MAX_LIVESTREAM_HOURS * HOUR) return `a livestream lasts ${MAX_LIVESTREAM_HOURS} hours at most`
  if (options.isNew && starts_at.getTime() < now.getTime() - START_GRACE_MINUTES * MINUTE) {
    return `starts_at is in the past: schedule a livestream from now on (up to ${START_GRACE_MINUTES} minutes late)`
  }
  if (starts_at.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_DAYS * DAY) return `starts_at is more than ${MAX_SCHEDULE_AHEAD_DAYS} days ahead`
  return null
}

/** Live from its start (inclusive) to its end (exclusive). */
export function livestreamStatus({ starts_at, ends_at }: { starts_at: Date | string; ends_at: Date | string }, now: Date): LivestreamStatus {
  const start = new Date(starts_at).getTime()
  const end = new Date(ends_at).getTime()
  if (now.getTime() < start) return "upcoming"
  if (now.getTime() < end) return "live"
  return "ended"
}

/** Shown in the store: live now, or starting within the next `UPCOMING_WINDOW_DAYS` days. */
export function isShownInStore(session: { starts_at: Date | string; ends_at: Date | string }, now: Date): boolean {
  const status = livestreamStatus(session, now)
  return status === "live" || (status === "upcoming" && new Date(session.starts_at).getTime() <= now.getTime() + UPCOMING_WINDOW_DAYS * DAY)
}
