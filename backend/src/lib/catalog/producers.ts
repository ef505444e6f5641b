/**
 * Producers as the store shows them: summary for lists, detail with products.
 */
import type { Query } from "./load"
import type { CatalogProduct } from "./shape"

export const PRODUCER_PUBLIC_FIELDS = [
  "id",
  "handle",
  "name",
  "legal_form",
  "province",
  "commune",
  "street",
  "former_locality",
  "phone",
  "email",
  "description",
  "story",
  "logo_url",
  "cover_url",
  "website",
  "social_links",
  "verified",
  "created_at",
]

const SUMMARY_FIELDS = ["id", "handle", "name", "legal_form", "province", "commune", "description", "logo_url", "cover_url", "verified"] as const

export type PublicProducer = Record<(typeof SUMMARY_FIELDS)[number], any> & Record<string, any>

/** Producers matching `filters` that the operator has approved: pending and suspended ones are not in the shop. */
export async function loadProducers(query: Query, filters: Record<string, unknown>): Promise<PublicProducer[]> {
  const { data } = await query.graph({ entity: "producer", fields: PRODUCER_PUBLIC_FIELDS, filters: { ...filters, status: "approved" } })
  return data as PublicProducer[]
}

/** Products on sale and the best valid rating of each producer, from the catalog. */
export function producerStats(catalog: CatalogProduct[]) {
  const stats = new Map<string, { product_count: number; top_star: number | null }>()
  for (const product of catalog) {
    if (!product.producer) continue
    const entry = stats.get(product.producer.id) ?? { product_count: 0, top_star: null }
    entry.product_count += 1
    if (product.ocop && (entry.top_star === null || product.ocop.star > entry.top_star)) entry.top_star = product.ocop.star
    stats.set(product.producer.id, entry)
  }
  return (producerId: string) => stats.get(producerId) ?? { product_count: 0, top_star: null }
}

export function toProducerSummary(producer: PublicProducer, stats: { product_count: number; top_star: number | null }) {
  const summary: Record<string, unknown> = {}
  for (const field of SUMMARY_FIELDS) summary[field] = producer[field] ?? null
  return { ...summary, ...stats }
}

export function toProducerDetail(producer: PublicProducer, stats: { product_count: number; top_star: number | null }) {
  return { ...producer, social_links: producer.social_links ?? {}, ...stats }
}
