import { describe, expect, it } from "vitest"
import { readLivestreamForm, storedLivestreamValues } from "./producer-livestream"

const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null })

describe("the livestream form", () => {
  it("sends the times typed on Vietnam's clock at +07:00", () => {
    const { body, errors } = readLivestreamForm(
      form({ platform: "tiktok", url: "https://www.tiktok.com/@htx/live", title: "Hái chè sáng nay", starts_at: "2026-12-01T19:30", ends_at: "2026-12-01T21:00" }),
    )
    expect(errors).toEqual({})
    expect(body).toEqual({
      platform: "tiktok",
      url: "https://www.tiktok.com/@htx/live",
      title: "Hái chè sáng nay",
      product_id: null,
      starts_at: "2026-12-01T19:30:00+07:00",
      ends_at: "2026-12-01T21:00:00+07:00",
    })
  })

  it("refuses an end before the start, an unknown platform and missing fields", () => {
    const { body, errors } = readLivestreamForm(form({ platform: "myspace", url: "", title: "x", starts_at: "2026-12-01T19:30", ends_at: "2026-12-01T19:30" }))
    expect(body).toBeNull()
    expect(errors).toEqual({ platform: "portal.invalid.required", url: "portal.invalid.required", ends_at: "portal.live.endBeforeStart" })
  })

  it("shows a stored session on Vietnam's clock and offers the next full hour for a new one", () => {
    const stored = storedLivestreamValues({
      id: "ls_1",
      platform: "youtube",
      platform_name: "YouTube",
      url: "https://www.youtube.com/live/abc",
      title: "Phiên chợ",
      starts_at: "2026-12-01T12:30:00.000Z",
      ends_at: "2026-12-01T14:00:00.000Z",
      status: "upcoming",
      product: { id: "prod_1", handle: "tra", title: "Trà" },
    })
    expect(stored).toMatchObject({ starts_at: "2026-12-01T19:30", ends_at: "2026-12-01T21:00", product_id: "prod_1" })
    const fresh = storedLivestreamValues(null, new Date("2026-11-25T07:10:00Z"))
    expect(fresh.starts_at).toBe("2026-11-25T15:00")
    expect(fresh.ends_at).toBe("2026-11-25T16:00")
  })
})
