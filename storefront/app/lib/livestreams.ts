/**
 * Producers' livestreams as the store API answers them (docs/catalog-api.md),
 * and how a session's time is said to shoppers: on Vietnam's clock, "Hôm nay,
 * 19:30–21:00", "Ngày mai, …", else "Thứ Bảy, 05/12, …". Pure.
 */
import { formatTime, formatWeekdayDate, vietnamDaysFrom } from "./dates"
import { t, type Lang } from "./i18n"

export type LivestreamPlatform = "facebook" | "tiktok" | "zalo" | "youtube"
export type LivestreamStatus = "live" | "upcoming" | "ended"

export type Livestream = {
  id: string
  platform: LivestreamPlatform
  platform_name: string
  url: string
  title: string
  starts_at: string
  ends_at: string
  status: LivestreamStatus
  product: { id: string; handle: string; title: string } | null
}

export type LiveNowLivestream = Livestream & { producer: { id: string; handle: string; name: string } }

/** "Hôm nay, 19:30–21:00"; a session ending on a later day names that day too. */
export function formatSessionTime(lang: Lang, startsAt: string, endsAt: string, now: string | Date): string {
  const days = vietnamDaysFrom(now, startsAt)
  if (days === null) return ""
  const day = days === 0 ? t(lang, "live.today") : days === 1 ? t(lang, "live.tomorrow") : formatWeekdayDate(startsAt, lang)
  const endDay = vietnamDaysFrom(startsAt, endsAt)
  const end = endDay ? `${formatWeekdayDate(endsAt, lang)}, ${formatTime(endsAt)}` : formatTime(endsAt)
  return `${day}, ${formatTime(startsAt)}–${end}`
}

/** The link of a session, only when it is https (the API checks this; the page does not trust it blindly). */
export function livestreamHref(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" && !parsed.username && !parsed.password ? parsed.href : null
  } catch {
    return null
  }
}

/** Live sessions and upcoming ones, each in start order. */
export function splitLivestreams<T extends Livestream>(sessions: readonly T[] | null | undefined): { live: T[]; upcoming: T[] } {
  const sorted = [...(sessions ?? [])].sort((a, b) => a.starts_at.localeCompare(b.starts_at))
  return { live: sorted.filter((s) => s.status === "live"), upcoming: sorted.filter((s) => s.status === "upcoming") }
}
