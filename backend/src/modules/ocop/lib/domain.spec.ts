import { currentCertificate, daysUntilExpiry, defaultExpiry, isCertificateValid, starsForScore, expiryWarning } from "./domain"

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe("OCOP ratings", () => {
  it.each([
    [49, null],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])("a score of %i gives %s stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it("expires 36 months after the decision, on the same day of the month", () => {
    expect(defaultExpiry(d("2023-05-17")).toISOString().slice(0, 10)).toBe("2026-05-17")
  })

  it("clamps a decision on the 29th of February to the end of February", () => {
    expect(defaultExpiry(d("2024-02-29")).toISOString().slice(0, 10)).toBe("2027-02-28")
  })

  it("is valid from the decision day until the day before expiry", () => {
    const certificate = { decision_date: d("2023-05-17"), expires_at: d("2026-05-17") }
    expect(isCertificateValid(certificate, d("2023-05-16"))).toBe(false)
    expect(isCertificateValid(certificate, d("2023-05-17"))).toBe(true)
    expect(isCertificateValid(certificate, new Date("2026-05-16T23:59:59Z"))).toBe(true)
    expect(isCertificateValid(certificate, d("2026-05-17"))).toBe(false)
    expect(daysUntilExpiry(certificate, d("2026-05-07"))).toBe(10)
  })

  it("shows the latest valid certificate, and none when all have expired", () => {
    const old4 = { id: "a", decision_date: d("2020-01-10"), expires_at: d("2023-01-10") }
    const new3 = { id: "b", decision_date: d("2025-03-01"), expires_at: d("2028-03-01") }
    const mid5 = { id: "c", decision_date: d("2024-06-01"), expires_at: d("2027-06-01") }
    expect(currentCertificate([old4, new3, mid5], d("2026-11-25"))?.id).toBe("b")
    expect(currentCertificate([old4, null], d("2026-11-25"))).toBeNull()
    expect(currentCertificate([], d("2026-11-25"))).toBeNull()
  })

  it("warns 90 and 30 days before a certificate expires, and once it has expired", () => {
    expect([120, 91, 90, 31, 30, 1, 0, -5].map(expiryWarning)).toEqual([null, null, "90_days", "90_days", "30_days", "30_days", "expired", "expired"])
  })
})
