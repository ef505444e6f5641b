/**
 * Which livestream links the marketplace accepts, per platform. Pure, no I/O.
 *
 * A link is shown to shoppers as a clickable "live now" badge, so it must lead
 * where it says: https only, no credentials, no port, the platform's exact host
 * (never a lookalike such as `youtube.com.evil.com` or a Cyrillic `yоutube.com`),
 * and a path that names a live or a video. The stored link is the parsed,
 * normalised one, so what is shown is what was checked.
 */
export const LIVESTREAM_PLATFORMS = ["facebook", "tiktok", "zalo", "youtube"] as const
export type LivestreamPlatform = (typeof LIVESTREAM_PLATFORMS)[number]

export const LIVESTREAM_URL_MAX_LENGTH = 2048

type Rule = { hosts: readonly string[]; path: (url: URL) => boolean }

const FACEBOOK_HOSTS = ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"]
const YOUTUBE_HOSTS = ["youtube.com", "www.youtube.com", "m.youtube.com"]
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

const matches = (pattern: RegExp) => (url: URL) => pattern.test(url.pathname)

const RULES: Record<LivestreamPlatform, Rule[]> = {
  facebook: [
    {
      hosts: FACEBOOK_HOSTS,
      path: (url) =>
        // a page's or person's video: /ten-trang/videos/123…, /ten-trang/videos/tieu-de/123…
        /^\/[A-Za-z0-9.\-]+\/videos\/(?:[^/]+\/)?\d{5,}\/?$/.test(url.pathname) ||
        // the Watch player: /watch/live/?v=123…, /watch/?v=123…
        (/^\/watch(?:\/live)?\/?$/.test(url.pathname) && /^\d{5,}$/.test(url.searchParams.get("v") ?? "")) ||
        // the share button's link: /share/v/AbC123/
        /^\/share\/v\/[A-Za-z0-9_-]+\/?$/.test(url.pathname),
    },
    { hosts: ["fb.watch"], path: matches(/^\/[A-Za-z0-9_-]+\/?$/) },
  ],
  tiktok: [{ hosts: ["tiktok.com", "www.tiktok.com", "m.tiktok.com"], path: matches(/^\/@[A-Za-z0-9_.]{2,24}\/live\/?$/) }],
  // Zalo has no web player for lives: a live is watched in the app, in a group or on an
  // Official Account page, whose public links are zalo.me/g/<invite code> and zalo.me/<OA id or phone>.
  zalo: [{ hosts: ["zalo.me"], path: matches(/^\/(?:g\/[A-Za-z0-9]{6,32}|\d{9,20})\/?$/) }],
  youtube: [
    {
      hosts: YOUTUBE_HOSTS,
      path: (url) =>
        /^\/live\/[A-Za-z0-9_-]{11}\/?$/.test(url.pathname) ||
        (url.pathname === "/watch" && YOUTUBE_ID.test(url.searchParams.get("v") ?? "")) ||
        // a channel's current live: /@kenh/live
        /^\/@[A-Za-z0-9._-]{3,30}\/live\/?$/.test(url.pathname),
    },
    { hosts: ["youtu.be"], path: matches(/^\/[A-Za-z0-9_-]{11}\/?$/) },
  ],
}

/** What each platform's accepted links look like, for error messages and docs. */
export const LIVESTREAM_URL_EXAMPLES: Record<LivestreamPlatform, string> = {
  facebook: "https://www.facebook.com/ten-trang/videos/1234567890, https://www.facebook.com/watch/live/?v=1234567890 or https://fb.watch/AbC123",
  tiktok: "https://www.tiktok.com/@ten_tai_khoan/live",
  zalo: "https://zalo.me/g/abcdef123 (the group of the live) or https://zalo.me/1234567890123456789 (the Official Account)",
  youtube: "https://www.youtube.com/live/VIDEO_ID, https://www.youtube.com/watch?v=VIDEO_ID, https://youtu.be/VIDEO_ID or https://www.youtube.com/@kenh/live",
}

export const PLATFORM_NAMES: Record<LivestreamPlatform, string> = { facebook: "Facebook", tiktok: "TikTok", zalo: "Zalo", youtube: "YouTube" }

export type LivestreamUrlCheck = { ok: true; url: string } | { ok: false; message: string }

/** Checks a livestream link for a platform; on success returns the normalised link to store. */
export function checkLivestreamUrl(platform: LivestreamPlatform, input: string): LivestreamUrlCheck {
  const rules = RULES[platform]
  if (!rules) return { ok: false, message: `platform must be one of ${LIVESTREAM_PLATFORMS.join(", ")}` }
  const name = PLATFORM_NAMES[platform]
  const refuse = (why: string): LivestreamUrlCheck => ({ ok: false, message: `url ${why}; a ${name} live link looks like ${LIVESTREAM_URL_EXAMPLES[platform]}` })
  const raw = input.trim()
  if (!raw) return refuse("must not be empty")
  if (raw.length > LIVESTREAM_URL_MAX_LENGTH) return refuse(`is too long (${LIVESTREAM_URL_MAX_LENGTH} characters at most)`)
  // Spaces, control characters and backslashes are silently rewritten by URL parsers: refuse them instead.
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw)) return refuse("must not contain spaces, control characters or backslashes")
  if (!/^https:\/\//i.test(raw)) return refuse("must start with https://")
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse("is not a valid web address")
  }
  if (url.protocol !== "https:") return refuse("must start with https://")
  if (url.username || url.password) return refuse("must not contain a user name or password")
  if (url.port) return refuse("must not name a port")
  const rule = rules.find((r) => r.hosts.includes(url.hostname))
  if (!rule) return refuse(`must be on ${[...new Set(rules.flatMap((r) => r.hosts))].join(" or ")}, not ${url.hostname}`)
  if (!rule.path(url)) return refuse("does not point to a live or a video")
  return { ok: true, url: url.href }
}
