import { describe, expect, it } from "vitest"
import {
  certificatesNeedingAttention,
  clearPortalSessionCookies,
  formatPriceInput,
  isoToVietnamLocal,
  parseDateInput,
  parseStock,
  parseVndPrice,
  portalReturnPath,
  portalSessionCookies,
  readPortalToken,
  readVariantRows,
  tokenLifetime,
  vietnamLocalToIso,
} from "./producer-portal"

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJl`
}

describe("VND prices typed by a person", () => {
  it("reads Vietnamese, plain, spaced and English groupings as whole đồng", () => {
    expect(parseVndPrice("125.000")).toBe(125000)
    expect(parseVndPrice("125000")).toBe(125000)
    expect(parseVndPrice("125 000")).toBe(125000)
    expect(parseVndPrice("125,000")).toBe(125000)
    expect(parseVndPrice(" 1.250.000 ₫ ")).toBe(1250000)
    expect(parseVndPrice("45.000đ")).toBe(45000)
  })

  it("refuses decimals, mixed separators and words", () => {
    for (const text of ["125.5", "12,50", "1.000,5", "1,000.000", "12.34.567", "abc", "", "-5000", "1e6"]) {
      expect(parseVndPrice(text), text).toBeNull()
    }
  })

  it("shows a price back with dots", () => {
    expect(formatPriceInput(125000)).toBe("125.000")
    expect(formatPriceInput(1250000)).toBe("1.250.000")
    expect(formatPriceInput(900)).toBe("900")
    expect(formatPriceInput(null)).toBe("")
  })

  it("reads a stock count", () => {
    expect(parseStock("40")).toBe(40)
    expect(parseStock("1.200")).toBe(1200)
    expect(parseStock("4,5")).toBeNull()
  })
})

describe("Vietnam time in date inputs", () => {
  it("sends a datetime-local value as an ISO time at +07:00", () => {
    expect(vietnamLocalToIso("2026-12-01T19:30")).toBe("2026-12-01T19:30:00+07:00")
    expect(Date.parse(vietnamLocalToIso("2026-12-01T19:30")!)).toBe(Date.parse("2026-12-01T12:30:00Z"))
    expect(vietnamLocalToIso("2026-12-31T23:59:10")).toBe("2026-12-31T23:59:10+07:00")
  })

  it("refuses dates that do not exist and other shapes", () => {
    for (const text of ["2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T24:30", "2026-12-01", "01/12/2026 19:30", ""]) {
      expect(vietnamLocalToIso(text), text).toBeNull()
    }
  })

  it("shows a stored instant on Vietnam's clock, whatever the offset it was written with", () => {
    expect(isoToVietnamLocal("2026-12-01T12:30:00.000Z")).toBe("2026-12-01T19:30")
    expect(isoToVietnamLocal("2026-12-01T18:00:00Z")).toBe("2026-12-02T01:00")
    expect(isoToVietnamLocal("2026-12-01T19:30:00+07:00")).toBe("2026-12-01T19:30")
    expect(isoToVietnamLocal("nonsense")).toBe("")
  })

  it("checks calendar dates", () => {
    expect(parseDateInput("2026-11-25")).toBe("2026-11-25")
    expect(parseDateInput("2026-02-29")).toBeNull()
    expect(parseDateInput("25/11/2026")).toBeNull()
  })
})

describe("the portal's session cookie", () => {
  const now = new Date("2026-11-25T07:00:00Z")
  const token = jwt({ actor_id: "pmem_1", exp: now.getTime() / 1000 + 3600 })

  it("is http-only, SameSite=Lax, scoped to the portal's paths and lives as long as the token", () => {
    const cookies = portalSessionCookies(token, false, now)
    expect(cookies.map((c) => /Path=([^;]+)/.exec(c)?.[1])).toEqual(["/producer", "/producer.data"])
    for (const cookie of cookies) {
      expect(cookie).toContain("HttpOnly")
      expect(cookie).toContain("SameSite=Lax")
      expect(cookie).toContain("Max-Age=3600")
      expect(cookie).not.toContain("Secure")
    }
    expect(portalSessionCookies(token, true, now).every((c) => c.includes("Secure"))).toBe(true)
  })

  it("reads the token back and ignores anything that is not a JWT", () => {
    expect(readPortalToken(`lang=vi; ${portalSessionCookies(token, false, now)[0].split(";")[0]}`)).toBe(token)
    expect(readPortalToken("ocop_producer=not a token")).toBeNull()
    expect(readPortalToken(null)).toBeNull()
  })

  it("expires at once for an expired token and when logging out", () => {
    expect(tokenLifetime(jwt({ exp: now.getTime() / 1000 - 5 }), now)).toBe(0)
    expect(tokenLifetime(jwt({ actor_id: "x" }), now)).toBe(86400)
    expect(tokenLifetime("garbage", now)).toBe(0)
    expect(clearPortalSessionCookies(true)).toEqual([
      "ocop_producer=; Path=/producer; Max-Age=0; SameSite=Lax; HttpOnly; Secure",
      "ocop_producer=; Path=/producer.data; Max-Age=0; SameSite=Lax; HttpOnly; Secure",
    ])
  })

  it("returns only to portal pages after logging in", () => {
    expect(portalReturnPath("/producer/products/prod_1")).toBe("/producer/products/prod_1")
    expect(portalReturnPath("/producer/orders?status=pending")).toBe("/producer/orders?status=pending")
    for (const bad of ["https://evil.example/producer", "//evil.example", "/producer/../cart", "/gio-hang", "/producers", 5]) {
      expect(portalReturnPath(bad), String(bad)).toBe("/producer")
    }
  })
})

describe("the listing form's variant rows", () => {
  const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null })

  it("keeps filled rows, skips blank ones and reads prices the Vietnamese way", () => {
    const { variants, errors } = readVariantRows(
      form({
        "variant-0-id": "variant_1",
        "variant-0-title": "100 g",
        "variant-0-price": "125.000",
        "variant-0-stock": "40",
        "variant-2-title": "200 g",
        "variant-2-price": "240000",
        "variant-2-stock": "",
      }),
      3,
    )
    expect(errors).toEqual([])
    expect(variants).toEqual([
      { id: "variant_1", title: "100 g", price: 125000, stock: 40 },
      { title: "200 g", price: 240000, stock: 0 },
    ])
  })

  it("names each problem by row and field", () => {
    const { errors } = readVariantRows(
      form({ "variant-0-title": "Hộp", "variant-0-price": "500", "variant-1-title": "hộp", "variant-1-price": "12,5", "variant-1-stock": "-1" }),
      2,
    )
    expect(errors).toEqual([
      { row: 0, field: "price", problem: "price" },
      { row: 1, field: "title", problem: "duplicate" },
      { row: 1, field: "price", problem: "price" },
      { row: 1, field: "stock", problem: "stock" },
    ])
  })
})

describe("certificates needing attention", () => {
  const cert = (id: string, product: string | null, expiry_warning: "90_days" | "30_days" | "expired" | null) => ({
    id,
    expiry_warning,
    product: product ? { id: product, title: product, handle: product } : null,
  })

  it("warns about each product's latest certificate only", () => {
    const list = [cert("c3", "tra", null), cert("c2", "nuoc-mam", "30_days"), cert("c1", "tra", "expired"), cert("c0", "mien", "expired")]
    expect(certificatesNeedingAttention(list).map((c) => c.id)).toEqual(["c2", "c0"])
  })
})
