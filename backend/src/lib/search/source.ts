/**
 * Where search documents come from: the catalog's own read path
 * (`loadProducts` in lib/catalog/load.ts, shaped by lib/catalog/shape.ts), so a
 * document says what `GET /store/catalog/products` says. Used by the index's
 * seed (full builds, reindex, catch-up) and by the sync workflow.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { loadProducts, type Query } from "../catalog/load"
import { pricingFor } from "../catalog/store"
import { SEARCH_EXTRA_FIELDS, toSearchDocument, type CatalogSearchDocument, type SearchProductRow } from "./documents"

/** Products read per page while seeding. */
export const SEED_BATCH = 200

export type BuiltDocuments = {
  documents: CatalogSearchDocument[]
  /** Ids asked for that are not on sale (deleted, unpublished): their documents must go. */
  removed: string[]
}

/** The documents of the given products; those no longer on sale are reported as removed. */
export async function buildSearchDocuments(query: Query, ids: readonly string[], now = new Date()): Promise<BuiltDocuments> {
  const unique = [...new Set(ids)]
  if (!unique.length) return { documents: [], removed: [] }
  const rows = (await loadProducts(query, { ids: unique, pricing: pricingFor(), extraFields: SEARCH_EXTRA_FIELDS })) as SearchProductRow[]
  const documents = rows.map((row) => toSearchDocument(row, now))
  const found = new Set(documents.map((d) => d.id))
  return { documents, removed: unique.filter((id) => !found.has(id)) }
}

const idsOf = (rows: any[], pick: (row: any) => unknown): string[] =>
  [...new Set(rows.flatMap((row) => [pick(row)].flat()).filter((id): id is string => typeof id === "string"))]

/** Products of the given certificates, through the product ↔ certificate link. */
export async function productIdsOfCertificates(query: Query, certificateIds: readonly string[]): Promise<string[]> {
  if (!certificateIds.length) return []
  const { data } = await query.graph({ entity: "ocop_certificate", fields: ["id", "product.id"], filters: { id: [...certificateIds] } })
  return idsOf(data, (row) => row.product?.id)
}

/** Products of the given producers, through the producer ↔ product link. */
export async function productIdsOfProducers(query: Query, producerIds: readonly string[]): Promise<string[]> {
  if (!producerIds.length) return []
  const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: [...producerIds] } })
  return idsOf(data, (row) => (row.products ?? []).map((p: any) => p?.id))
}

/** Products of the given variants, deleted variants included. */
export async function productIdsOfVariants(query: Query, variantIds: readonly string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: [...variantIds] }, withDeleted: true })
  return idsOf(data, (row) => row.product_id)
}

/** Products touched at or after `since`: their own rows (deleted ones too), their certificates and their producers. */
export async function productIdsChangedSince(query: Query, since: Date): Promise<string[]> {
  const changed = { updated_at: { $gte: since } }
  const [products, certificates, producers] = await Promise.all([
    query.graph({ entity: "product", fields: ["id"], filters: changed, withDeleted: true }),
    query.graph({ entity: "ocop_certificate", fields: ["id", "product.id"], filters: changed }),
    query.graph({ entity: "producer", fields: ["id", "products.id"], filters: changed }),
  ])
  return [
    ...new Set([
      ...idsOf(products.data, (row) => row.id),
      ...idsOf(certificates.data, (row) => row.product?.id),
      ...idsOf(producers.data, (row) => (row.products ?? []).map((p: any) => p?.id)),
    ]),
  ]
}

function andFilters(filters: Record<string, unknown> | undefined, extra: Record<string, unknown> | undefined) {
  if (!extra) return filters ?? {}
  if (!filters || !Object.keys(filters).length) return extra
  const existing = Array.isArray(filters.$and) ? (filters.$and as unknown[]) : []
  return { ...filters, $and: [...existing, extra] }
}

/**
 * The index definition's `seed`: every product on sale in pages of
 * `SEED_BATCH` ordered by id (so an interrupted run resumes from `last_key`),
 * or, for the catch-up pass after a full build, what changed since it began.
 */
export async function* seedCatalogSearch(context: SearchTypes.SearchSeedContext): AsyncGenerator<SearchTypes.SearchMutation[]> {
  const query = context.container.query as unknown as Query
  if (context.catchup) {
    const ids = await productIdsChangedSince(query, context.catchup.since)
    for (let start = 0; start < ids.length; start += SEED_BATCH) {
      const { documents, removed } = await buildSearchDocuments(query, ids.slice(start, start + SEED_BATCH))
      const mutations: SearchTypes.SearchMutation[] = []
      if (documents.length) mutations.push({ action: "upsert", documents })
      if (removed.length) mutations.push({ action: "delete", filters: { id: removed } })
      if (mutations.length) yield mutations
    }
    return
  }
  let cursor = context.last_key
  while (true) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: andFilters(context.filters, cursor ? { id: { $gt: cursor } } : undefined),
      pagination: { take: SEED_BATCH, order: { id: "ASC" } },
    })
    if (!data.length) return
    const ids = data.map((row: any) => row.id as string)
    const { documents } = await buildSearchDocuments(query, ids)
    // In id order: the module resumes an interrupted run after the last document it wrote.
    documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    if (documents.length) yield [{ action: "upsert", documents }]
    if (data.length < SEED_BATCH) return
    cursor = ids[ids.length - 1]
  }
}
