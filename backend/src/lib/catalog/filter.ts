/**
 * Filters, sorting, pagination and facet counts over catalog products. Pure.
 */
import type { ProductGroup } from "../../modules/ocop/lib/domain"
import type { CatalogProduct } from "./shape"

export const CATALOG_SORTS = ["newest", "price_asc", "price_desc", "stars"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

export type CatalogFilters = {
  min_stars?: number
  group?: ProductGroup
  producer?: string
  commune?: string
  price_min?: number
  price_max?: number
}

export function matches(product: CatalogProduct, filters: CatalogFilters): boolean {
  if (filters.min_stars !== undefined && (!product.ocop || product.ocop.star < filters.min_stars)) return false
  if (filters.group !== undefined && product.ocop?.product_group !== filters.group) return false
  if (filters.producer !== undefined && product.producer?.handle !== filters.producer) return false
  if (filters.commune !== undefined && product.producer?.commune !== filters.commune) return false
  if (filters.price_min !== undefined && (!product.price || product.price.min < filters.price_min)) return false
  if (filters.price_max !== undefined && (!product.price || product.price.min > filters.price_max)) return false
  return true
}

const byNewest = (a: CatalogProduct, b: CatalogProduct) => b.created_at.localeCompare(a.created_at) || a.handle.localeCompare(b.handle)
const priceOf = (p: CatalogProduct, missing: number) => p.price?.min ?? missing

const COMPARATORS: Record<CatalogSort, (a: CatalogProduct, b: CatalogProduct) => number> = {
  newest: byNewest,
  price_asc: (a, b) => priceOf(a, Infinity) - priceOf(b, Infinity) || byNewest(a, b),
  price_desc: (a, b) => priceOf(b, -Infinity) - priceOf(a, -Infinity) || byNewest(a, b),
  stars: (a, b) => (b.ocop?.star ?? 0) - (a.ocop?.star ?? 0) || (b.ocop?.score ?? 0) - (a.ocop?.score ?? 0) || byNewest(a, b),
}

export function sortProducts(products: CatalogProduct[], sort: CatalogSort): CatalogProduct[] {
  return [...products].sort(COMPARATORS[sort])
}

type Count<T> = { value: T; count: number }

function countBy<T>(products: CatalogProduct[], key: (p: CatalogProduct) => T | undefined): Count<T>[] {
  const counts = new Map<T, number>()
  for (const product of products) {
    const value = key(product)
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts].map(([value, count]) => ({ value, count }))
}

/** Counts for the filter controls; each star count includes the higher ratings ("4★ and up"). */
export function facets(products: CatalogProduct[]) {
  const stars = [5, 4, 3].map((value) => ({ value, count: products.filter((p) => (p.ocop?.star ?? 0) >= value).length }))
  const groups = countBy(products, (p) => p.ocop?.product_group).sort((a, b) => b.count - a.count)
  const communes = countBy(products, (p) => p.producer?.commune).sort((a, b) => a.value.localeCompare(b.value, "vi"))
  const producerNames = new Map(products.filter((p) => p.producer).map((p) => [p.producer!.handle, p.producer!.name]))
  const producers = countBy(products, (p) => p.producer?.handle)
    .map((c) => ({ ...c, label: producerNames.get(c.value)! }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"))
  const prices = products.map((p) => p.price?.min).filter((n): n is number => typeof n === "number")
  return {
    stars,
    groups,
    communes,
    producers,
    price: prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null,
  }
}
