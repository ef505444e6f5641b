/**
 * Response types of the catalog API (docs/catalog-api.md), shared by the server
 * client (`catalog.server.ts`) and the components. Money is VND in major units.
 */
import type { LegalForm, ProductGroup, StarLevel } from "./ocop"
import type { Livestream } from "./livestreams"

export type PriceRange = { min: number; max: number; currency_code: string }

export type OcopCertificate = {
  id?: string
  star: StarLevel
  score: number | null
  product_group: ProductGroup
  decision_number: string
  issuing_authority: string
  decision_date: string
  expires_at: string
  days_left?: number
  /** Present in a product's `certificates` history. */
  valid?: boolean
}

export type ProducerRef = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm
  province: string
  commune: string
  verified: boolean
}

export type CatalogProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  created_at: string
  price: PriceRange | null
  /** The current certificate, `null` when none is valid today: then no stars anywhere. */
  ocop: OcopCertificate | null
  producer: ProducerRef | null
}

export type CatalogProductList = {
  products: CatalogProduct[]
  count: number
  limit: number
  offset: number
}

export type Facet<V> = { value: V; count: number }

export type CatalogFacets = {
  stars: Facet<number>[]
  groups: Facet<string>[]
  communes: Facet<string>[]
  producers: (Facet<string> & { label: string })[]
  price: { min: number; max: number } | null
}

export type SocialLinks = { facebook?: string; zalo?: string; tiktok?: string; youtube?: string }

export type ProducerSummary = ProducerRef & {
  description: string | null
  logo_url: string | null
  cover_url: string | null
  product_count: number
  top_star: StarLevel | null
}

export type ProducerDetail = ProducerSummary & {
  street: string | null
  former_locality: string | null
  phone: string | null
  email: string | null
  story: string | null
  website: string | null
  social_links: SocialLinks | null
  products: CatalogProduct[]
  /** Live now and upcoming within 14 days, live first. */
  livestreams?: Livestream[]
}

export type ProducerList = {
  producers: ProducerSummary[]
  count: number
  limit: number
  offset: number
}

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  price: number | null
  options: { option_id: string; value: string }[]
}

export type ProductDetail = Omit<CatalogProduct, "producer"> & {
  description: string | null
  material: string | null
  origin_country: string | null
  metadata: ({ origin?: string; image_sizes?: number[] } & Record<string, unknown>) | null
  images: { id: string; url: string }[]
  options: { id: string; title: string; values: { value: string }[] }[]
  variants: ProductVariant[]
  certificates: OcopCertificate[]
  producer: Omit<ProducerDetail, "products" | "livestreams"> | null
  /** The product's own sessions and its producer's shop-wide ones, live now or within 14 days. */
  livestreams?: Livestream[]
}

/**
 * The product's rating history: every certificate already decided that is not the
 * current one (expired or superseded), newest first. Shown as text, never as a badge.
 */
export function pastCertificates(
  product: Pick<ProductDetail, "certificates" | "ocop">,
  now: Date = new Date(),
): OcopCertificate[] {
  const current = product.ocop
  return (product.certificates ?? [])
    .filter((c) => Date.parse(c.decision_date) <= now.getTime())
    .filter((c) => !(current && c.decision_number === current.decision_number && c.decision_date === current.decision_date))
    .sort((a, b) => Date.parse(b.decision_date) - Date.parse(a.decision_date))
}

/** Whether a certificate's validity has ended (the API's `valid`, else its dates). */
export function isExpired(certificate: Pick<OcopCertificate, "expires_at" | "valid">, now: Date = new Date()): boolean {
  if (Date.parse(certificate.expires_at) <= now.getTime()) return true
  return certificate.valid === false
}

/** The variant chosen by `?variant=`, else the first one. */
export function selectVariant(variants: ProductVariant[], variantId: string | null): ProductVariant | null {
  return variants.find((v) => v.id === variantId) ?? variants[0] ?? null
}
