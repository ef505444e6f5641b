/**
 * The seed's livestreams: real platform link shapes, schedules the workflow
 * accepts whatever the hour of the seed run, producers and products that exist
 * in the dataset, and one session live right after seeding.
 */
import { livestreamStatus, scheduleProblem, isShownInStore } from "../../backend/src/lib/livestreams/schedule"
import { checkLivestreamUrl } from "../../backend/src/lib/livestreams/url"
import { SEED_LIVESTREAMS, sessionTimes } from "../data/livestreams"
import { PRODUCER_BY_HANDLE } from "../data/producers"
import { PRODUCTS } from "../data/products"

describe("seed livestreams", () => {
  it("link each session to an existing producer and one of its own products", () => {
    for (const session of SEED_LIVESTREAMS) {
      expect(PRODUCER_BY_HANDLE.has(session.producer), session.producer).toBe(true)
      if (session.product) expect(PRODUCTS.find((p) => p.handle === session.product)?.producer, session.product).toBe(session.producer)
    }
  })

  it("use links each platform accepts, stored as given", () => {
    for (const session of SEED_LIVESTREAMS) {
      expect(checkLivestreamUrl(session.platform, session.url), session.url).toEqual({ ok: true, url: session.url })
    }
  })

  it.each(["2026-11-25T00:30:00Z", "2026-11-25T16:59:00Z", "2026-12-31T23:59:00Z"])("plan valid schedules for a run at %s, one of them live", (iso) => {
    const now = new Date(iso)
    const plans = SEED_LIVESTREAMS.map((s) => sessionTimes(s, now))
    for (const plan of plans) expect(scheduleProblem(plan, now, { isNew: true })).toBeNull()
    expect(plans.filter((p) => livestreamStatus(p, now) === "live")).toHaveLength(1)
    expect(plans.filter((p) => isShownInStore(p, now)).length).toBe(SEED_LIVESTREAMS.length - 1)
  })

  it("start upcoming sessions at their clock time in Vietnam", () => {
    const cairong = SEED_LIVESTREAMS.find((s) => s.producer === "cty-cp-nuoc-mam-cai-rong")!
    // 23:30 on 25 November in Vietnam: "tomorrow 19:30" is 26 November, 12:30 UTC.
    expect(sessionTimes(cairong, new Date("2026-11-25T16:30:00Z")).starts_at.toISOString()).toBe("2026-11-26T12:30:00.000Z")
  })
})
