/**
 * OCOP certificates of the seed products, planned deterministically so the
 * star mix looks like Quảng Ninh's (about 75% 3★, 23% 4★, 2% 5★) and, seen
 * from SEED_TODAY, about 8% of the products have only an expired certificate
 * and a few were re-rated (an expired older certificate plus a current one).
 * Expiry dates are not stored here: the certificate workflow defaults them to
 * decision date + 36 months.
 */
import type { ProductGroup, StarLevel } from "../../backend/src/modules/ocop/lib/domain"
import { createRng, type Rng } from "./prng"

/** The day the dataset is written for: validity below is as seen on this day. */
export const SEED_TODAY = "2026-11-25"

export const PROVINCE_AUTHORITY = "UBND tỉnh Quảng Ninh"
/** The ministry that recognised 5★ products until it merged on 1 March 2025. */
export const MINISTRY_BEFORE_2025 = "Bộ Nông nghiệp và Phát triển nông thôn"
export const MINISTRY_SINCE_2025 = "Bộ Nông nghiệp và Môi trường"
const MINISTRY_MERGER = "2025-03-01"

export type SeedCertificate = {
  decision_number: string
  issuing_authority: string
  /** YYYY-MM-DD */
  decision_date: string
  star: StarLevel
  score: number
}

/** What the planner needs to know about a product. */
export type CertificateSubject = {
  handle: string
  group: ProductGroup
  household: boolean
  /** The district committee that recognised 3★ products before 2023. */
  district: string
  /** A star fixed by the dataset (flagship products). */
  star?: StarLevel
}

export type CertificateStatus = "current" | "expired" | "rerated"

const SHARES = { four: 0.23, expired: 0.08, rerated: 0.04 }

const DAY = 86_400_000
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
const toIso = (date: Date) => date.toISOString().slice(0, 10)

/** A weekday between two dates (both included): decisions are signed on working days. */
function dateBetween(rng: Rng, from: string, to: string): string {
  const start = toDate(from).getTime()
  const days = Math.round((toDate(to).getTime() - start) / DAY)
  const date = new Date(start + rng.int(0, days) * DAY)
  const weekday = date.getUTCDay()
  if (weekday === 6) date.setUTCDate(date.getUTCDate() - 1)
  if (weekday === 0) date.setUTCDate(date.getUTCDate() - 2)
  return toIso(date)
}

function scoreFor(rng: Rng, star: StarLevel): number {
  if (star === 5) return rng.int(90, 96)
  if (star === 4) return rng.int(70, 86)
  return rng.int(52, 69)
}

function authorityFor(rng: Rng, star: StarLevel, date: string, district: string): string {
  if (star === 5) return date < MINISTRY_MERGER ? MINISTRY_BEFORE_2025 : MINISTRY_SINCE_2025
  if (star === 3 && date < "2023-01-01" && rng.chance(0.6)) return district
  return PROVINCE_AUTHORITY
}

function decisionNumbers(rng: Rng) {
  const used = new Set<string>()
  return (authority: string) => {
    const suffix = authority === MINISTRY_BEFORE_2025 ? "QĐ-BNN-VPĐP" : authority === MINISTRY_SINCE_2025 ? "QĐ-BNNMT" : "QĐ-UBND"
    for (;;) {
      const number = `${rng.int(authority.startsWith("Bộ") ? 300 : 100, authority === PROVINCE_AUTHORITY ? 4999 : 3999)}/${suffix}`
      if (!used.has(number)) {
        used.add(number)
        return number
      }
    }
  }
}

/** Plans every product's certificates, oldest first. Decision numbers are unique across the dataset. */
export function planCertificates(subjects: CertificateSubject[]): Map<string, { status: CertificateStatus; certificates: SeedCertificate[] }> {
  const rng = createRng("ocop-certificates")
  const total = subjects.length

  // Stars of the current (or last) certificate.
  const star = new Map<string, StarLevel>()
  for (const s of subjects) if (s.star) star.set(s.handle, s.star)
  const wantedFours = Math.round(total * SHARES.four) - subjects.filter((s) => s.star === 4).length
  const candidates = subjects
    .filter((s) => !s.star)
    .map((s) => ({ s, weight: rng.next() * (s.household ? 0.55 : 1) * (s.group === "tourism" ? 0.8 : 1) }))
    .sort((a, b) => b.weight - a.weight)
  candidates.forEach(({ s }, i) => star.set(s.handle, i < wantedFours ? 4 : 3))

  // Which products have only an expired certificate, which were re-rated.
  const free = rng.shuffle(subjects.filter((s) => !s.star))
  const expired = new Set(free.slice(0, Math.round(total * SHARES.expired)).map((s) => s.handle))
  const rerated = new Set(
    free.slice(expired.size, expired.size + Math.round(total * SHARES.rerated)).map((s) => s.handle)
  )

  const number = decisionNumbers(rng)
  const certificate = (subject: CertificateSubject, level: StarLevel, from: string, to: string): SeedCertificate => {
    const decision_date = dateBetween(rng, from, to)
    const issuing_authority = authorityFor(rng, level, decision_date, subject.district)
    return { decision_number: number(issuing_authority), issuing_authority, decision_date, star: level, score: scoreFor(rng, level) }
  }

  const plans = new Map<string, { status: CertificateStatus; certificates: SeedCertificate[] }>()
  for (const subject of subjects) {
    const level = star.get(subject.handle)!
    if (level === 5) {
      // A 5★ product was first rated 4★ by the province; that certificate has run out.
      const older = certificate(subject, 4, "2020-06-01", "2022-06-30")
      const current = rng.chance(0.5)
        ? certificate(subject, 5, "2024-01-08", "2024-12-20")
        : certificate(subject, 5, "2025-04-01", "2026-09-30")
      plans.set(subject.handle, { status: "rerated", certificates: [older, current] })
    } else if (expired.has(subject.handle)) {
      plans.set(subject.handle, { status: "expired", certificates: [certificate(subject, level, "2020-03-02", "2023-10-31")] })
    } else if (rerated.has(subject.handle)) {
      const older = certificate(subject, 3, "2020-01-06", "2022-12-30")
      plans.set(subject.handle, { status: "rerated", certificates: [older, certificate(subject, level, "2024-01-08", "2026-10-30")] })
    } else {
      plans.set(subject.handle, { status: "current", certificates: [certificate(subject, level, "2023-12-01", "2026-10-30")] })
    }
  }
  return plans
}
