/**
 * OCOP facts the code relies on (see the project's domain notes): the six
 * current product groups, the legal forms of producers, stars by score and the
 * 36-month validity of a certificate. Pure functions, no I/O.
 */
export const PRODUCT_GROUPS = ["food", "beverages", "herbal", "handicrafts", "ornamental", "tourism"] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

export const LEGAL_FORMS = ["enterprise", "cooperative", "household"] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

/** A producer's standing on the marketplace: self-registered producers wait for the operator's approval. */
export const PRODUCER_STATUSES = ["pending", "approved", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** Members of a producer: the owner may invite colleagues; staff manage listings and orders. */
export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** The marketplace lists certified OCOP products only: 3★ and above. */
export const STAR_LEVELS = [3, 4, 5] as const
export type StarLevel = (typeof STAR_LEVELS)[number]

export const CERTIFICATE_VALIDITY_MONTHS = 36

/** Stars for a score out of 100: 3★ 50–69, 4★ 70–89, 5★ 90–100; below 50 is not a listed rating. */
export function starsForScore(score: number): StarLevel | null {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  return null
}

/** Decision date + 36 months, the default expiry of a certificate (same day of month, clamped). */
export function defaultExpiry(decisionDate: Date): Date {
  const expiry = new Date(decisionDate.getTime())
  const day = expiry.getUTCDate()
  expiry.setUTCDate(1)
  expiry.setUTCMonth(expiry.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS)
  const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate()
  expiry.setUTCDate(Math.min(day, lastDay))
  return expiry
}

export type CertificateDates = {
  decision_date: Date | string
  expires_at: Date | string
}

/** A certificate is valid from its decision date until (not including) its expiry date. */
export function isCertificateValid(certificate: CertificateDates, now: Date = new Date()): boolean {
  const from = new Date(certificate.decision_date).getTime()
  const until = new Date(certificate.expires_at).getTime()
  return from <= now.getTime() && now.getTime() < until
}

/**
 * The certificate a product shows: among the valid ones, the latest decision.
 * `null` when none is valid today (the badge then disappears by itself).
 */
export function currentCertificate<T extends CertificateDates>(certificates: readonly (T | null | undefined)[], now: Date = new Date()): T | null {
  let best: T | null = null
  for (const certificate of certificates) {
    if (!certificate || !isCertificateValid(certificate, now)) continue
    if (!best || new Date(certificate.decision_date) > new Date(best.decision_date)) best = certificate
  }
  return best
}

/** Whole days until the certificate expires (negative once expired). */
export function daysUntilExpiry(certificate: CertificateDates, now: Date = new Date()): number {
  return Math.ceil((new Date(certificate.expires_at).getTime() - now.getTime()) / 86_400_000)
}

/** How soon a certificate needs a re-rating: "expired", within "30_days", within "90_days", or null. */
export function expiryWarning(daysLeft: number): "expired" | "30_days" | "90_days" | null {
  if (daysLeft <= 0) return "expired"
  if (daysLeft <= 30) return "30_days"
  if (daysLeft <= 90) return "90_days"
  return null
}
