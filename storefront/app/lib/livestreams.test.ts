import { describe, expect, it } from "vitest"
import { formatTime, formatWeekdayDate, vietnamDaysFrom } from "./dates"
import { formatSessionTime, livestreamHref, splitLivestreams, type Livestream } from "./livestreams"

// 10:00 on Friday 4 December 2026 in Hạ Long (03:00 UTC).
const NOW = "2026-12-04T03:00:00.000Z"

describe("session times on Vietnam's clock", () => {
  it("writes 24-hour times in UTC+7", () => {
    expect(formatTime("2026-12-04T12:30:00.000Z")).toBe("19:30")
    expect(formatTime("2026-12-04T17:05:00.000Z")).toBe("00:05")
  })

  it("counts calendar days in Vietnam, not UTC", () => {
    // 18:00 UTC on the 4th is already 01:00 on the 5th in Vietnam: tomorrow.
    expect(vietnamDaysFrom(NOW, "2026-12-04T18:00:00.000Z")).toBe(1)
    expect(vietnamDaysFrom(NOW, "2026-12-04T16:59:00.000Z")).toBe(0)
    expect(vietnamDaysFrom(NOW, "not a date")).toBeNull()
  })

  it("names today and tomorrow, else the weekday and date", () => {
    expect(formatSessionTime("vi", "2026-12-04T12:30:00.000Z", "2026-12-04T14:00:00.000Z", NOW)).toBe("Hôm nay, 19:30–21:00")
    expect(formatSessionTime("vi", "2026-12-05T01:00:00.000Z", "2026-12-05T02:00:00.000Z", NOW)).toBe("Ngày mai, 08:00–09:00")
    expect(formatSessionTime("vi", "2026-12-09T12:00:00.000Z", "2026-12-09T13:30:00.000Z", NOW)).toBe("Thứ Tư, 09/12, 19:00–20:30")
    expect(formatSessionTime("en", "2026-12-04T12:30:00.000Z", "2026-12-04T14:00:00.000Z", NOW)).toBe("Today, 19:30–21:00")
    expect(formatSessionTime("en", "2026-12-09T12:00:00.000Z", "2026-12-09T13:30:00.000Z", NOW)).toBe("Wed 9 Dec, 19:00–20:30")
  })

  it("names the end's day when a session runs past midnight", () => {
    expect(formatSessionTime("vi", "2026-12-04T15:00:00.000Z", "2026-12-04T18:00:00.000Z", NOW)).toBe("Hôm nay, 22:00–Thứ Bảy, 05/12, 01:00")
  })

  it("writes the weekday in Vietnamese", () => {
    expect(formatWeekdayDate("2026-12-06T05:00:00.000Z")).toBe("Chủ Nhật, 06/12")
  })
})

describe("session links and order", () => {
  it("keeps https links only", () => {
    expect(livestreamHref("https://www.tiktok.com/@htx/live")).toBe("https://www.tiktok.com/@htx/live")
    expect(livestreamHref("javascript:alert(1)")).toBeNull()
    expect(livestreamHref("http://www.tiktok.com/@htx/live")).toBeNull()
    expect(livestreamHref("https://a:b@www.tiktok.com/@htx/live")).toBeNull()
  })

  it("splits live from upcoming, each by start", () => {
    const session = (id: string, status: Livestream["status"], starts_at: string) =>
      ({ id, status, starts_at, ends_at: starts_at, platform: "zalo", platform_name: "Zalo", url: "https://zalo.me/g/abcdef", title: id, product: null }) as Livestream
    const { live, upcoming } = splitLivestreams([session("b", "upcoming", "2026-12-06"), session("a", "live", "2026-12-04"), session("c", "upcoming", "2026-12-05"), session("d", "ended", "2026-12-01")])
    expect(live.map((s) => s.id)).toEqual(["a"])
    expect(upcoming.map((s) => s.id)).toEqual(["c", "b"])
  })
})
