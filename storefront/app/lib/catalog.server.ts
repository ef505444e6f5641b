/**
 * The catalog API (docs/catalog-api.md) through the server-side Medusa SDK.
 * `get…` functions answer `null` for an unknown handle (the API's 404).
 */
import { FetchError } from "@medusajs/js-sdk"
import type {
  CatalogFacets,
  CatalogProductList,
  ProducerDetail,
  ProducerList,
  ProductDetail,
} from "./catalog"
import type { CatalogProductsQuery } from "./filters"
import type { LiveNowLivestream } from "./livestreams"
import { medusa } from "./medusa.server"
import type { SearchQuery, SearchResponse, SuggestResponse } from "./search"

type Query = Record<string, string | number | undefined>

function compact(query: Query): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") out[key] = value
  return out
}

function get<T>(path: string, query: Query = {}): Promise<T> {
  return medusa().client.fetch<T>(path, { method: "GET", query: compact(query) })
}

async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export function listCatalogProducts(query: CatalogProductsQuery = {}): Promise<CatalogProductList> {
  return get<CatalogProductList>("/store/catalog/products", query)
}

export function getCatalogFacets(): Promise<CatalogFacets> {
  return get<CatalogFacets>("/store/catalog/facets")
}

export async function getCatalogProduct(handle: string): Promise<ProductDetail | null> {
  const body = await orNull(get<{ product: ProductDetail }>(`/store/catalog/products/${encodeURIComponent(handle)}`))
  return body?.product ?? null
}

export type ProducersQuery = { commune?: string; legal_form?: string; q?: string; limit?: number; offset?: number }

export function listProducers(query: ProducersQuery = {}): Promise<ProducerList> {
  return get<ProducerList>("/store/producers", query)
}

export async function getProducer(handle: string): Promise<ProducerDetail | null> {
  const body = await orNull(get<{ producer: ProducerDetail }>(`/store/producers/${encodeURIComponent(handle)}`))
  return body?.producer ?? null
}

/** Sessions live right now across producers (GET /store/livestreams/live). */
export async function listLiveNow(limit = 6): Promise<LiveNowLivestream[]> {
  return (await get<{ livestreams: LiveNowLivestream[] }>("/store/livestreams/live", { limit })).livestreams
}

// --- Search (GET /store/search, /store/search/suggest) -----------------------------

export function searchProducts(query: SearchQuery): Promise<SearchResponse> {
  return get<SearchResponse>("/store/search", query)
}

export function suggestProducts(q: string, limit = 8): Promise<SuggestResponse> {
  return get<SuggestResponse>("/store/search/suggest", { q, limit })
}
