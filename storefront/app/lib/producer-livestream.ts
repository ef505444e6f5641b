/**
 * The producer's livestream form → the body of `POST /producer/livestreams(/:id)`
 * (shared rules in backend/src/lib/livestreams/validators.ts). Times are typed on
 * Vietnam's clock in `datetime-local` inputs and sent at +07:00. Pure.
 */
import type { MessageKey } from "./i18n"
import type { Livestream, LivestreamPlatform } from "./livestreams"
import { isoToVietnamLocal, vietnamLocalToIso } from "./producer-portal"

export const LIVESTREAM_PLATFORMS: { value: LivestreamPlatform; name: string }[] = [
  { value: "facebook", name: "Facebook" },
  { value: "tiktok", name: "TikTok" },
  { value: "zalo", name: "Zalo" },
  { value: "youtube", name: "YouTube" },
]

export type LivestreamValues = { platform: string; url: string; title: string; product_id: string; starts_at: string; ends_at: string }
export type LivestreamBody = { platform: LivestreamPlatform; url: string; title: string; product_id: string | null; starts_at: string; ends_at: string }

type FormLike = { get(name: string): unknown }

export function livestreamValues(form: FormLike): LivestreamValues {
  const text = (name: string) => String(form.get(name) ?? "").normalize("NFC").trim()
  return { platform: text("platform"), url: text("url"), title: text("title"), product_id: text("product_id"), starts_at: text("starts_at"), ends_at: text("ends_at") }
}

/** A stored session as the form shows it (its times on Vietnam's clock). */
export function storedLivestreamValues(session: Livestream | null, now: Date = new Date()): LivestreamValues {
  if (!session) {
    // A new session: from the next full hour, for an hour.
    const start = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000)
    return { platform: "facebook", url: "", title: "", product_id: "", starts_at: isoToVietnamLocal(start), ends_at: isoToVietnamLocal(new Date(start.getTime() + 3_600_000)) }
  }
  return {
    platform: session.platform,
    url: session.url,
    title: session.title,
    product_id: session.product?.id ?? "",
    starts_at: isoToVietnamLocal(session.starts_at),
    ends_at: isoToVietnamLocal(session.ends_at),
  }
}

/** Checks what a person can get wrong before asking the backend, which checks the link against the platform. */
export function readLivestreamForm(form: FormLike): { values: LivestreamValues; errors: Record<string, MessageKey>; body: LivestreamBody | null } {
  const values = livestreamValues(form)
  const errors: Record<string, MessageKey> = {}
  const platform = LIVESTREAM_PLATFORMS.find((p) => p.value === values.platform)?.value
  if (!platform) errors.platform = "portal.invalid.required"
  if (!values.url) errors.url = "portal.invalid.required"
  if (!values.title) errors.title = "portal.invalid.required"
  const startsAt = vietnamLocalToIso(values.starts_at)
  const endsAt = vietnamLocalToIso(values.ends_at)
  if (!startsAt) errors.starts_at = "portal.invalid.date"
  if (!endsAt) errors.ends_at = "portal.invalid.date"
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errors.ends_at = "portal.live.endBeforeStart"
  if (Object.keys(errors).length || !platform || !startsAt || !endsAt) return { values, errors, body: null }
  return { values, errors, body: { platform, url: values.url, title: values.title, product_id: values.product_id || null, starts_at: startsAt, ends_at: endsAt } }
}
