import { describe, expect, it } from "vitest"
import { clientFromUserAgent, placeFromHeaders, scanReport } from "./scan"

const PIXEL = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
const ZALO = "Mozilla/5.0 (Linux; Android 13; SM-A536E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12090170 ZaloTheme/light ZaloLanguage/vi"
const WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
const MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
const FACEBOOK = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"

describe("clientFromUserAgent", () => {
  it.each([
    [PIXEL, "phone"],
    [IPHONE, "phone"],
    [ZALO, "phone"],
    [WINDOWS, "desktop"],
    [MAC, "desktop"],
    [GOOGLEBOT, "bot"],
    [FACEBOOK, "bot"],
    ["curl/8.5.0", "bot"],
    ["Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15", "other"],
    ["", "other"],
    [null, "other"],
  ])("%s → %s", (ua, client) => {
    expect(clientFromUserAgent(ua)).toBe(client)
  })
})

describe("placeFromHeaders", () => {
  it("reads Cloudflare's country and Vercel's region and city (percent-encoded)", () => {
    const headers = new Headers({ "cf-ipcountry": "vn", "x-vercel-ip-country-region": "13", "x-vercel-ip-city": "H%E1%BA%A1%20Long" })
    expect(placeFromHeaders(headers)).toEqual({ country: "VN", region: "13", city: "Hạ Long" })
  })

  it("falls back to Vercel's and a generic proxy's country header", () => {
    expect(placeFromHeaders(new Headers({ "x-vercel-ip-country": "JP" }))).toEqual({ country: "JP" })
    expect(placeFromHeaders(new Headers({ "x-country-code": "KR" }))).toEqual({ country: "KR" })
  })

  it("ignores unknown and Tor countries and anything that is not a country code", () => {
    expect(placeFromHeaders(new Headers({ "cf-ipcountry": "XX" }))).toEqual({})
    expect(placeFromHeaders(new Headers({ "cf-ipcountry": "T1" }))).toEqual({})
    expect(placeFromHeaders(new Headers({ "x-country-code": "Vietnam" }))).toEqual({})
  })

  it("never reads an IP address", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.7", "cf-connecting-ip": "203.0.113.7", "x-real-ip": "203.0.113.7" })
    expect(placeFromHeaders(headers)).toEqual({})
  })

  it("keeps a broken escape as text and caps the length", () => {
    expect(placeFromHeaders(new Headers({ "x-vercel-ip-city": "Cam%ZZPha" })).city).toBe("Cam%ZZPha")
    expect(placeFromHeaders(new Headers({ "cf-ipcity": "x".repeat(300) })).city).toHaveLength(100)
  })
})

describe("scanReport", () => {
  const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) })

  it("reports a phone's GET with its coarse place", () => {
    expect(scanReport(request("GET", { "user-agent": PIXEL, "cf-ipcountry": "VN" }), "08939999000017", "NM2609-A")).toEqual({
      gtin: "08939999000017",
      lot: "NM2609-A",
      client: "phone",
      country: "VN",
    })
  })

  it("does not count HEAD, bots or a browser's prefetch", () => {
    expect(scanReport(request("HEAD", { "user-agent": PIXEL }), "08939999000017", "A")).toBeNull()
    expect(scanReport(request("GET", { "user-agent": GOOGLEBOT }), "08939999000017", "A")).toBeNull()
    expect(scanReport(request("GET", { "user-agent": PIXEL, "sec-purpose": "prefetch;prerender" }), "08939999000017", "A")).toBeNull()
  })
})
