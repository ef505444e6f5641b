/**
 * What the storefront tells the backend about one resolve of a label
 * (`POST /store/trace/scans`): the coarse place the proxy in front of it
 * reported and the kind of client. Never an IP address, never an identifier.
 * Pure.
 */
import { isbot } from "isbot"

export type ScanClient = "phone" | "desktop" | "bot" | "other"

export type ScanPlace = { country?: string; region?: string; city?: string }

export type ScanReport = ScanPlace & { gtin: string; lot: string; client: ScanClient }

const PHONE = /Mobi|Android|iPhone|iPad|iPod|Windows Phone|BlackBerry|BB10|Opera Mini|KaiOS|Silk\//i
const DESKTOP = /Windows NT|Macintosh|Mac OS X|X11|Linux x86_64|CrOS/i

/** The kind of client from its User-Agent: crawlers and scripts are bots; tablets count as phones. */
export function clientFromUserAgent(userAgent: string | null | undefined): ScanClient {
  const ua = (userAgent ?? "").trim()
  if (!ua) return "other"
  if (isbot(ua)) return "bot"
  if (PHONE.test(ua)) return "phone"
  if (DESKTOP.test(ua)) return "desktop"
  return "other"
}

/** Country headers, most trusted first: Cloudflare, Vercel, then a generic proxy's. */
const COUNTRY_HEADERS = ["cf-ipcountry", "x-vercel-ip-country", "x-country-code"]
const REGION_HEADERS = ["x-vercel-ip-country-region", "cf-region-code", "cf-region"]
const CITY_HEADERS = ["x-vercel-ip-city", "cf-ipcity"]
/** Cloudflare's "unknown" and "Tor" pseudo-countries. */
const NOT_A_COUNTRY = new Set(["XX", "T1"])

function text(value: string | null, max = 100): string | undefined {
  if (value === null) return undefined
  let decoded = value
  // Vercel percent-encodes the city (e.g. "H%E1%BA%A1%20Long").
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    try {
      decoded = decodeURIComponent(value)
    } catch {
      decoded = value
    }
  }
  const clean = decoded.replace(/[\u0000-\u001f\u007f]/g, "").trim().normalize("NFC")
  return clean ? clean.slice(0, max) : undefined
}

function first(headers: Headers, names: string[]): string | null {
  for (const name of names) {
    const value = headers.get(name)
    if (value !== null && value.trim() !== "") return value
  }
  return null
}

/** The coarse place (ISO country, region, city) from proxy headers; nothing when no proxy said. */
export function placeFromHeaders(headers: Headers): ScanPlace {
  const place: ScanPlace = {}
  const country = first(headers, COUNTRY_HEADERS)?.trim().toUpperCase()
  if (country && /^[A-Z]{2}$/.test(country) && !NOT_A_COUNTRY.has(country)) place.country = country
  const region = text(first(headers, REGION_HEADERS))
  if (region) place.region = region
  const city = text(first(headers, CITY_HEADERS))
  if (city) place.city = city
  return place
}

/**
 * The scan to report for a request of a batch page, or null when it must not count:
 * `HEAD` (link checkers, previews), a browser's speculative prefetch, and bots. Linkset
 * requests never get here.
 */
export function scanReport(request: Pick<Request, "method" | "headers">, gtin: string, lot: string): ScanReport | null {
  if (request.method !== "GET") return null
  const purpose = `${request.headers.get("sec-purpose") ?? ""} ${request.headers.get("purpose") ?? ""}`
  if (/prefetch|prerender/i.test(purpose)) return null
  const client = clientFromUserAgent(request.headers.get("user-agent"))
  if (client === "bot") return null
  return { gtin, lot, client, ...placeFromHeaders(request.headers) }
}
