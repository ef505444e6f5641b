import { checkLivestreamUrl, type LivestreamPlatform } from "./url"

const accepted = (platform: LivestreamPlatform, url: string) => {
  const check = checkLivestreamUrl(platform, url)
  if (!check.ok) throw new Error(`${url} was refused: ${check.message}`)
  return check.url
}
const refusal = (platform: LivestreamPlatform, url: string) => {
  const check = checkLivestreamUrl(platform, url)
  if (check.ok) throw new Error(`${url} was accepted as ${platform}`)
  return check.message
}

describe("livestream links", () => {
  it.each([
    ["facebook", "https://www.facebook.com/htxcairong/videos/1234567890123456"],
    ["facebook", "https://www.facebook.com/htxcairong/videos/phien-live-nuoc-mam/1234567890123456/"],
    ["facebook", "https://facebook.com/watch/live/?v=1234567890123456"],
    ["facebook", "https://m.facebook.com/watch/?v=1234567890123456"],
    ["facebook", "https://www.facebook.com/share/v/1AbCdEfGh2/"],
    ["facebook", "https://fb.watch/qX3-ab_9Z/"],
    ["tiktok", "https://www.tiktok.com/@chamuc.halong/live"],
    ["tiktok", "https://tiktok.com/@tra_hoa_vang/live?lang=vi-VN"],
    ["zalo", "https://zalo.me/g/abcdef123"],
    ["zalo", "https://zalo.me/4368496045530136892"],
    ["youtube", "https://www.youtube.com/live/dQw4w9WgXcQ"],
    ["youtube", "https://www.youtube.com/live/dQw4w9WgXcQ?si=abc"],
    ["youtube", "https://youtube.com/watch?v=dQw4w9WgXcQ&t=30"],
    ["youtube", "https://m.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["youtube", "https://youtu.be/dQw4w9WgXcQ"],
    ["youtube", "https://www.youtube.com/@OCOPQuangNinh/live"],
  ] as const)("accepts a %s live link %s", (platform, url) => {
    expect(accepted(platform, url)).toBe(url)
  })

  it("stores the parsed link: host lower-cased, surrounding spaces gone", () => {
    expect(accepted("youtube", "  HTTPS://WWW.YouTube.com/live/dQw4w9WgXcQ ")).toBe("https://www.youtube.com/live/dQw4w9WgXcQ")
  })

  it.each([
    ["youtube", "http://www.youtube.com/live/dQw4w9WgXcQ", /must start with https:\/\//],
    ["youtube", "javascript:alert(document.cookie)//https://youtu.be/dQw4w9WgXcQ", /must start with https:\/\//],
    ["youtube", "data:text/html,<script>alert(1)</script>", /must start with https:\/\//],
    ["youtube", "//youtu.be/dQw4w9WgXcQ", /must start with https:\/\//],
    ["youtube", "https://youtube.com.evil.com/live/dQw4w9WgXcQ", /must be on youtube.com or www.youtube.com or m.youtube.com or youtu.be, not youtube.com.evil.com/],
    ["youtube", "https://evilyoutube.com/live/dQw4w9WgXcQ", /not evilyoutube.com/],
    ["youtube", "https://www.yоutube.com/live/dQw4w9WgXcQ", /not www\.xn--/], // Cyrillic о
    ["youtube", "https://www.youtube.com@evil.com/live/dQw4w9WgXcQ", /must not contain a user name or password/],
    ["youtube", "https://user:pass@www.youtube.com/live/dQw4w9WgXcQ", /must not contain a user name or password/],
    ["youtube", "https://www.youtube.com:8443/live/dQw4w9WgXcQ", /must not name a port/],
    ["youtube", "https://www.youtube.com\\@evil.com/live/dQw4w9WgXcQ", /backslashes/],
    ["youtube", "https://www.you\ttube.com/live/dQw4w9WgXcQ", /must not contain spaces, control characters/],
    ["youtube", "https://www.youtube.com/watch?v=short", /does not point to a live or a video/],
    ["youtube", "https://www.youtube.com/redirect?q=https://evil.com", /does not point to a live or a video/],
    ["youtube", "https://www.facebook.com/watch/live/?v=1234567890123456", /not www.facebook.com/],
    ["facebook", "https://www.facebook.com/htxcairong", /does not point to a live or a video/],
    ["facebook", "https://l.facebook.com/l.php?u=https://evil.com", /not l.facebook.com/],
    ["facebook", "https://www.facebook.com/watch/live/?v=abc", /does not point to a live or a video/],
    ["tiktok", "https://www.tiktok.com/@chamuc.halong", /does not point to a live or a video/],
    ["tiktok", "https://vm.tiktok.com/ZSabc123/", /not vm.tiktok.com/],
    ["zalo", "https://zalo.me/s/1983189999337011308/", /does not point to a live or a video/],
    ["zalo", "https://chat.zalo.me/g/abcdef123", /not chat.zalo.me/],
    ["zalo", "", /must not be empty/],
    ["tiktok", `https://www.tiktok.com/@a/live?x=${"a".repeat(2100)}`, /too long/],
  ] as const)("refuses for %s: %s", (platform, url, message) => {
    expect(refusal(platform, url)).toMatch(message)
  })

  it("tells what a platform's link looks like", () => {
    expect(refusal("tiktok", "https://www.tiktok.com/")).toContain("https://www.tiktok.com/@ten_tai_khoan/live")
  })
})
