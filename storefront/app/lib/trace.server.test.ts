import { describe, expect, it } from "vitest"
import { visitorAddress } from "./trace.server"

describe("the visitor's address passed on for the scan rate limit", () => {
  it("is the entry the load balancer appended, not one the visitor wrote", () => {
    expect(visitorAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7")
    expect(visitorAddress(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1")
  })

  it("is nothing without a load balancer or when the header holds no address", () => {
    expect(visitorAddress(new Headers())).toBeUndefined()
    expect(visitorAddress(new Headers({ "x-forwarded-for": "<script>" }))).toBeUndefined()
  })
})
