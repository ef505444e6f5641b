/**
 * OCOP ratings in the search index, kept honest over time.
 *
 * A product's current certificate is its latest valid one (modules/ocop/lib/domain.ts),
 * so it changes by itself: when it expires, or when a certificate dated in the
 * future starts. The index therefore stores dates, and every search compares
 * them with the time of the request:
 *
 * - documents hold every certificate; a hit's `ocop` is computed from them at
 *   request time (`currentRating`), exactly like the catalog API;
 * - the current certificate's star, group and expiry are stored as numbers,
 *   and the star and group filters and facets require `ocop_valid_until > now`,
 *   so an expired star stops matching on its expiry day without any write;
 * - `ocop_next_change_at` says when the stored star stops being the truth; the
 *   `search-refresh-ratings` job (and any search that meets such a hit)
 *   rewrites those documents, which only matters when another certificate
 *   takes over (a newer one dated in the future, or an older one still valid).
 */
import { currentCertificate } from "../../modules/ocop/lib/domain"
import { toRating, type CertificateRow, type OcopRating } from "../catalog/shape"
import type { ProductGroup } from "../../modules/ocop/lib/domain"

export type RatingFields = {
  ocop_star: number | null
  ocop_score: number | null
  ocop_group: ProductGroup | null
  ocop_valid_until: number | null
  ocop_next_change_at: number | null
}

const time = (value: string | Date) => new Date(value).getTime()

export function ratingFields(certificates: readonly CertificateRow[], now: Date): RatingFields {
  const current = currentCertificate(certificates, now)
  const changes = certificates.map((c) => time(c.decision_date)).filter((t) => t > now.getTime())
  if (current) changes.push(time(current.expires_at))
  return {
    ocop_star: current?.star ?? null,
    ocop_score: current?.score ?? null,
    ocop_group: current?.product_group ?? null,
    ocop_valid_until: current ? time(current.expires_at) : null,
    ocop_next_change_at: changes.length ? Math.min(...changes) : null,
  }
}

/** The rating a product shows at `now`, from the certificates its document holds. */
export function currentRating(certificates: readonly CertificateRow[] | null | undefined, now: Date): OcopRating | null {
  const current = currentCertificate(certificates ?? [], now)
  return current ? toRating(current, now) : null
}

/** Whether a document's stored star is out of date at `now` and the document should be rewritten. */
export function isRatingStale(document: { ocop_next_change_at?: number | null }, now: Date): boolean {
  return typeof document.ocop_next_change_at === "number" && document.ocop_next_change_at <= now.getTime()
}
