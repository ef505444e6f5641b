/**
 * The storefront's view of a product: price range, current OCOP rating
 * (computed from the certificate dates at the moment of the request) and
 * producer. Pure functions over rows read by `load.ts`.
 */
import { currentCertificate, daysUntilExpiry, isCertificateValid, type ProductGroup, type LegalForm } from "../../modules/ocop/lib/domain"

export type CertificateRow = {
  id: string
  star: number
  score: number | null
  decision_number: string
  issuing_authority: string
  decision_date: string | Date
  expires_at: string | Date
  product_group: ProductGroup
}

export type ProducerRow = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm
  province: string
  commune: string
  verified: boolean
}

export type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  created_at: string | Date
  variants?: ({ id: string; calculated_price?: { calculated_amount: number | null; currency_code?: string } | null } | null)[]
  producer?: ProducerRow | null
  ocop_certificates?: (CertificateRow | null)[]
}

export type OcopRating = {
  star: number
  score: number | null
  product_group: ProductGroup
  decision_number: string
  issuing_authority: string
  decision_date: string
  expires_at: string
  days_left: number
}

export type CatalogProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  created_at: string
  price: { min: number; max: number; currency_code: string } | null
  ocop: OcopRating | null
  producer: ProducerRow | null
}

const iso = (value: string | Date) => new Date(value).toISOString()

export function toRating(certificate: CertificateRow, now: Date): OcopRating {
  return {
    star: certificate.star,
    score: certificate.score,
    product_group: certificate.product_group,
    decision_number: certificate.decision_number,
    issuing_authority: certificate.issuing_authority,
    decision_date: iso(certificate.decision_date),
    expires_at: iso(certificate.expires_at),
    days_left: daysUntilExpiry(certificate, now),
  }
}

export function priceRange(variants: ProductRow["variants"]): CatalogProduct["price"] {
  const amounts: number[] = []
  let currency = "vnd"
  for (const variant of variants ?? []) {
    const amount = variant?.calculated_price?.calculated_amount
    if (typeof amount === "number") {
      amounts.push(amount)
      currency = variant!.calculated_price!.currency_code ?? currency
    }
  }
  if (!amounts.length) return null
  return { min: Math.min(...amounts), max: Math.max(...amounts), currency_code: currency }
}

export function pickProducer(producer: ProductRow["producer"]): ProducerRow | null {
  if (!producer) return null
  const { id, handle, name, legal_form, province, commune, verified } = producer
  return { id, handle, name, legal_form, province, commune, verified }
}

export function toCatalogProduct(row: ProductRow, now: Date): CatalogProduct {
  const current = currentCertificate(row.ocop_certificates ?? [], now)
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    thumbnail: row.thumbnail ?? null,
    created_at: iso(row.created_at),
    price: priceRange(row.variants),
    ocop: current ? toRating(current, now) : null,
    producer: pickProducer(row.producer),
  }
}

/** Every certificate of a product, newest decision first, each saying whether it is valid today. */
export function certificateHistory(rows: (CertificateRow | null)[] | undefined, now: Date) {
  return (rows ?? [])
    .filter((c): c is CertificateRow => !!c)
    .sort((a, b) => +new Date(b.decision_date) - +new Date(a.decision_date))
    .map((c) => ({ id: c.id, ...toRating(c, now), valid: isCertificateValid(c, now) }))
}
