/**
 * Search and sharing metadata: schema.org JSON-LD for product pages.
 * Stars appear only from the current (valid) certificate.
 */
import type { ProductDetail } from "./catalog"
import { groupLabel } from "./i18n"
import { largestImage } from "./images"

const IN_STOCK = "https://schema.org/InStock"

export type JsonLd = Record<string, unknown>

function clean<T extends JsonLd>(object: T): T {
  for (const key of Object.keys(object)) {
    const value = object[key]
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) delete object[key]
  }
  return object
}

/** Plain text for a description: no markup, single spaces, at most `max` characters. */
export function plainText(value: string | null | undefined, max = 300): string {
  const text = (value ?? "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(" ")
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * schema.org `Product` with one `Offer` per priced variant (VND, whole đồng),
 * the producer as brand and manufacturer.
 */
export function productJsonLd(product: ProductDetail, options: { url: string; producerUrl?: string }): JsonLd {
  const widths = product.metadata?.image_sizes
  const images = (product.images.length ? product.images.map((i) => i.url) : [product.thumbnail])
    .map((url) => largestImage(url, widths))
    .filter((url): url is string => Boolean(url))
  const producer = product.producer
  const organization = producer
    ? clean({
        "@type": "Organization",
        name: producer.name,
        url: options.producerUrl,
        address: clean({
          "@type": "PostalAddress",
          streetAddress: producer.street ?? undefined,
          addressLocality: producer.commune,
          addressRegion: producer.province,
          addressCountry: "VN",
        }),
      })
    : undefined
  const offers = product.variants
    .filter((v) => typeof v.price === "number" && Number.isFinite(v.price))
    .map((v) =>
      clean({
        "@type": "Offer",
        name: v.title,
        sku: v.sku ?? undefined,
        price: Math.round(v.price as number),
        priceCurrency: "VND",
        availability: IN_STOCK,
        itemCondition: "https://schema.org/NewCondition",
        url: `${options.url}?variant=${encodeURIComponent(v.id)}`,
        seller: organization,
      }),
    )
  const ocop = product.ocop
  return clean({
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: plainText(product.description ?? product.subtitle, 5000) || undefined,
    url: options.url,
    image: images,
    sku: product.variants.length === 1 ? (product.variants[0].sku ?? undefined) : undefined,
    category: ocop ? groupLabel("vi", ocop.product_group) : undefined,
    countryOfOrigin: product.origin_country ? product.origin_country.toUpperCase() : undefined,
    brand: producer ? { "@type": "Brand", name: producer.name } : undefined,
    manufacturer: organization,
    award: ocop ? `OCOP ${ocop.star} sao (${ocop.decision_number}, ${ocop.issuing_authority})` : undefined,
    offers: offers.length === 1 ? offers[0] : offers,
  })
}
