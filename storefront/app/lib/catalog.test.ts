import { describe, expect, it } from "vitest"
import { isExpired, pastCertificates, selectVariant, type OcopCertificate, type ProductVariant } from "./catalog"

const now = new Date("2026-06-01T00:00:00.000Z")

function cert(star: 3 | 4 | 5, from: string, until: string, valid: boolean): OcopCertificate {
  return {
    star,
    score: null,
    product_group: "food",
    decision_number: `${star}-${from}`,
    issuing_authority: "UBND tỉnh Quảng Ninh",
    decision_date: `${from}T00:00:00.000Z`,
    expires_at: `${until}T00:00:00.000Z`,
    valid,
  }
}

describe("pastCertificates", () => {
  it("lists every certificate but the current one, newest first", () => {
    const old = cert(3, "2019-05-01", "2022-05-01", false)
    const older = cert(3, "2016-05-01", "2019-05-01", false)
    const current = cert(4, "2025-01-01", "2028-01-01", true)
    expect(pastCertificates({ ocop: current, certificates: [older, current, old] }, now)).toEqual([old, older])
  })

  it("shows an expired-only product's certificate as history", () => {
    const expired = cert(5, "2020-01-01", "2023-01-01", false)
    expect(pastCertificates({ ocop: null, certificates: [expired] }, now)).toEqual([expired])
    expect(isExpired(expired, now)).toBe(true)
  })

  it("leaves out a decision dated in the future", () => {
    expect(pastCertificates({ ocop: null, certificates: [cert(4, "2026-09-01", "2029-09-01", false)] }, now)).toEqual([])
  })
})

describe("selectVariant", () => {
  const variants: ProductVariant[] = [
    { id: "v1", title: "500 g", sku: null, price: 1, options: [] },
    { id: "v2", title: "1 kg", sku: null, price: 2, options: [] },
  ]
  it("picks the one in the URL, else the first", () => {
    expect(selectVariant(variants, "v2")?.id).toBe("v2")
    expect(selectVariant(variants, "nope")?.id).toBe("v1")
    expect(selectVariant(variants, null)?.id).toBe("v1")
    expect(selectVariant([], "v1")).toBeNull()
  })
})
