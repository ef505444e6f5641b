/**
 * Products the shop does not sell because their producer is not approved (pending or
 * suspended). `loadProducts` leaves them out of our catalog; Medusa's standard store routes
 * (`/store/products`, `/store/product-variants`, products embedded in collections,
 * categories, tags and types, and carts) leave them out through
 * `api/store/product-visibility/middlewares.ts`, which asks this module. Products without a
 * producer (the operator's own) are on sale.
 *
 * The set of hidden ids is kept like the catalog snapshot (`store.ts`): fresh for 5 s, never
 * older than 30 s, dropped at once in this process by `subscribers/catalog-cache-invalidate.ts`.
 * Adding to a cart does not use it: `variantsNotOnSale` reads the producer's status of the
 * variants asked for, so a suspension stops sales on every process at once.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SnapshotCache } from "./cache"
import type { Query } from "./load"
import { CATALOG_FRESH_MS, CATALOG_MAX_AGE_MS } from "./store"

export const hiddenProductSnapshots = new SnapshotCache<ReadonlySet<string>>({
  freshMs: CATALOG_FRESH_MS,
  maxAgeMs: CATALOG_MAX_AGE_MS,
  maxKeys: 1,
  onError: (error) => console.error("[catalog] refreshing the hidden products failed; using the previous set", error),
})

/** Ids of the products whose producer is not approved, read now. */
export async function loadHiddenProductIds(query: Query): Promise<ReadonlySet<string>> {
  const { data } = await query.graph({ entity: "producer", fields: ["id", "status", "products.id"], filters: { status: { $ne: "approved" } } })
  const ids = new Set<string>()
  for (const producer of data as { products?: ({ id: string } | null)[] | null }[]) {
    for (const product of producer.products ?? []) if (product?.id) ids.add(product.id)
  }
  return ids
}

/** Ids of the products whose producer is not approved, from this process's cache (see the header). */
export function hiddenProductIds(scope: MedusaContainer): Promise<ReadonlySet<string>> {
  return hiddenProductSnapshots.get("hidden", () => loadHiddenProductIds(scope.resolve(ContainerRegistrationKeys.QUERY)))
}

/**
 * An id filter (as Medusa's validators and link filters leave it: nothing, one id, a list, or
 * an operator object) narrowed to exclude `hidden`. A list that loses every id becomes `[]`,
 * which finds nothing, as Medusa's own sales-channel filter does.
 */
export function excludingIds(filter: unknown, hidden: ReadonlySet<string>): unknown {
  if (!hidden.size) return filter
  if (filter === undefined || filter === null) return { $nin: [...hidden] }
  if (typeof filter === "string" || Array.isArray(filter)) return [filter].flat().filter((id) => !hidden.has(id as string))
  const operators = filter as { $nin?: string[] }
  return { ...operators, $nin: [...(operators.$nin ?? []), ...hidden] }
}

/**
 * Removes hidden products from every `products` list in an answer (collections, categories
 * and their children, tags, types); returns how many were removed.
 */
export function removeHiddenProducts(value: unknown, hidden: ReadonlySet<string>): number {
  if (!hidden.size || !value || typeof value !== "object") return 0
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + removeHiddenProducts(item, hidden), 0)
  let removed = 0
  const record = value as Record<string, unknown>
  for (const [key, child] of Object.entries(record)) {
    if (key === "products" && Array.isArray(child)) {
      const kept = child.filter((product) => !(product && typeof product === "object" && hidden.has((product as { id?: string }).id ?? "")))
      removed += child.length - kept.length
      record[key] = kept
    }
    removed += removeHiddenProducts(record[key], hidden)
  }
  return removed
}

export type VariantNotOnSale = { variant_id: string; product_title: string }

/** The variants among `variantIds` whose product's producer is not approved, read now (no cache). */
export async function variantsNotOnSale(query: Query, variantIds: string[]): Promise<VariantNotOnSale[]> {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.title", "product.producer.status"],
    filters: { id: ids },
  })
  return (data as { id: string; product?: { title?: string; producer?: { status?: string } | null } | null }[])
    .filter((variant) => variant.product?.producer && variant.product.producer.status !== "approved")
    .map((variant) => ({ variant_id: variant.id, product_title: variant.product?.title ?? "" }))
}
