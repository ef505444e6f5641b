import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { lookupOrder } from "./checkout.server"
import { loginForJoining, loginProducer } from "./producer-portal.server"
import { visitorAddress } from "./visitor.server"

describe("the visitor's address passed on for the backend's rate limits", () => {
  beforeEach(() => vi.stubEnv("TRUST_PROXY", "true"))
  afterEach(() => vi.unstubAllEnvs())

  it("is the entry the load balancer appended, not one the visitor wrote", () => {
    expect(visitorAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7")
    expect(visitorAddress(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1")
  })

  it("is nothing without a load balancer or when the header holds no address", () => {
    expect(visitorAddress(new Headers())).toBeUndefined()
    expect(visitorAddress(new Headers({ "x-forwarded-for": "<script>" }))).toBeUndefined()
    expect(visitorAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 999.1.1.1" }))).toBeUndefined()
  })

  it("is nothing when no load balancer is declared in front of the storefront, whatever the visitor writes", () => {
    vi.stubEnv("TRUST_PROXY", "")
    expect(visitorAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBeUndefined()
  })
})

describe("sign-ins and order look-ups made for a visitor", () => {
  const fetched = vi.fn(async (_url: string | URL, _init?: RequestInit) => Response.json({ token: "t" }))
  const sentFor = (call: number) => new Headers(fetched.mock.calls[call][1]?.headers)
  const visitor = (forwardedFor?: string) =>
    new Request("https://cho-ocop.test/producer/login", { method: "POST", headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} })

  beforeEach(() => {
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
    vi.stubEnv("TRUST_PROXY", "true")
    vi.stubGlobal("fetch", fetched)
    fetched.mockClear()
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.unstubAllEnvs()
  })

  it("send each visitor's own address, so each has a budget of its own", async () => {
    await loginProducer("lan@example.vn", "mat-khau-1", visitor("10.0.0.8, 198.51.100.4"))
    await loginProducer("lan@example.vn", "mat-khau-1", visitor("198.51.100.5"))
    expect(String(fetched.mock.calls[0][0])).toMatch(/\/auth\/producer\/emailpass$/)
    expect(sentFor(0).get("x-forwarded-for")).toBe("198.51.100.4")
    expect(sentFor(1).get("x-forwarded-for")).toBe("198.51.100.5")
  })

  it("send it when registering a login for an invitation or a new producer", async () => {
    await loginForJoining("mai@example.vn", "mat-khau-2", visitor("198.51.100.6"))
    expect(String(fetched.mock.calls[0][0])).toMatch(/\/auth\/producer\/emailpass\/register$/)
    expect(sentFor(0).get("x-forwarded-for")).toBe("198.51.100.6")
  })

  it("send it with an order look-up, beside the publishable key", async () => {
    fetched.mockResolvedValueOnce(Response.json({ message: "not found" }, { status: 404 }))
    expect(await lookupOrder(1042, "lan@example.vn", visitor("198.51.100.7"))).toEqual({ found: null, limited: false })
    expect(String(fetched.mock.calls[0][0])).toMatch(/\/store\/order-lookup$/)
    expect(sentFor(0).get("x-forwarded-for")).toBe("198.51.100.7")
    expect(sentFor(0).get("x-publishable-api-key")).toBe("pk_test")
  })

  it("send no address when the storefront has no load balancer in front (the backend then counts the storefront's)", async () => {
    await loginProducer("lan@example.vn", "mat-khau-1", visitor())
    expect(sentFor(0).has("x-forwarded-for")).toBe(false)
  })
})
