import { isShownInStore, livestreamStatus, parseLivestreamTime, scheduleProblem } from "./schedule"

const at = (iso: string) => new Date(iso)

describe("livestream times", () => {
  it("reads a time without an offset as Vietnam's (UTC+7)", () => {
    expect(parseLivestreamTime("2026-12-01T19:30")?.toISOString()).toBe("2026-12-01T12:30:00.000Z")
    expect(parseLivestreamTime("2026-12-01T19:30:15")?.toISOString()).toBe("2026-12-01T12:30:15.000Z")
  })

  it("keeps an explicit offset or Z", () => {
    expect(parseLivestreamTime("2026-12-01T19:30+07:00")?.toISOString()).toBe("2026-12-01T12:30:00.000Z")
    expect(parseLivestreamTime("2026-12-01T12:30:00.000Z")?.toISOString()).toBe("2026-12-01T12:30:00.000Z")
    expect(parseLivestreamTime("2026-12-01T07:30-05:00")?.toISOString()).toBe("2026-12-01T12:30:00.000Z")
  })

  it.each(["2026-11-31T10:00", "2026-02-29T10:00", "2026-13-01T10:00", "2026-12-01T24:00", "2026-12-01", "01/12/2026 19:30", "ngày mai"])(
    "refuses %s",
    (value) => {
      expect(parseLivestreamTime(value)).toBeNull()
    }
  )
})

describe("livestream schedule", () => {
  const now = at("2026-12-01T03:00:00Z") // 10:00 in Hạ Long

  it("refuses an end before or at the start", () => {
    expect(scheduleProblem({ starts_at: at("2026-12-01T12:00:00Z"), ends_at: at("2026-12-01T12:00:00Z") }, now, { isNew: true })).toBe("ends_at must be after starts_at")
    expect(scheduleProblem({ starts_at: at("2026-12-01T12:00:00Z"), ends_at: at("2026-12-01T11:00:00Z") }, now, { isNew: true })).toBe("ends_at must be after starts_at")
  })

  it("accepts 12 hours, refuses a minute more", () => {
    expect(scheduleProblem({ starts_at: at("2026-12-01T04:00:00Z"), ends_at: at("2026-12-01T16:00:00Z") }, now, { isNew: true })).toBeNull()
    expect(scheduleProblem({ starts_at: at("2026-12-01T04:00:00Z"), ends_at: at("2026-12-01T16:01:00Z") }, now, { isNew: true })).toMatch(/12 hours at most/)
  })

  it("refuses a new session that started more than 15 minutes ago, but not an edit of a running one", () => {
    const session = { starts_at: at("2026-12-01T02:30:00Z"), ends_at: at("2026-12-01T05:00:00Z") }
    expect(scheduleProblem(session, now, { isNew: true })).toMatch(/starts_at is in the past/)
    expect(scheduleProblem(session, now, { isNew: false })).toBeNull()
    expect(scheduleProblem({ ...session, starts_at: at("2026-12-01T02:50:00Z") }, now, { isNew: true })).toBeNull()
  })

  it("refuses a session more than a year ahead", () => {
    expect(scheduleProblem({ starts_at: at("2028-01-01T03:00:00Z"), ends_at: at("2028-01-01T04:00:00Z") }, now, { isNew: true })).toMatch(/366 days ahead/)
  })
})

describe("livestream status at request time", () => {
  const session = { starts_at: "2026-12-01T12:00:00.000Z", ends_at: "2026-12-01T14:00:00.000Z" } // 19:00–21:00 in Vietnam

  it("is upcoming before the start, live from the start, ended at the end", () => {
    expect(livestreamStatus(session, at("2026-12-01T11:59:59Z"))).toBe("upcoming")
    expect(livestreamStatus(session, at("2026-12-01T12:00:00Z"))).toBe("live")
    expect(livestreamStatus(session, at("2026-12-01T13:59:59Z"))).toBe("live")
    expect(livestreamStatus(session, at("2026-12-01T14:00:00Z"))).toBe("ended")
  })

  it("shows live sessions and those starting within 14 days, not later ones or ended ones", () => {
    expect(isShownInStore(session, at("2026-12-01T13:00:00Z"))).toBe(true)
    expect(isShownInStore(session, at("2026-11-17T12:00:00Z"))).toBe(true)
    expect(isShownInStore(session, at("2026-11-17T11:59:00Z"))).toBe(false)
    expect(isShownInStore(session, at("2026-12-01T14:00:00Z"))).toBe(false)
  })
})
