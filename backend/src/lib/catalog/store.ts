/**
 * The catalog as one store request sees it: the products of the publishable
 * key's sales channels, shaped for the storefront, rated as of now.
 *
 * The product rows of a channel set (and region) are kept in this process's
 * `catalogSnapshots` cache: fresh for 5 s, then served while one background
 * refresh runs, never older than 30 s (`CATALOG_MAX_AGE_MS`). The
 * subscriber `catalog-cache-invalidate.ts` drops every snapshot on the events
 * that change what the catalog shows, so this process shows a write at once and
 * other processes within 30 s. Ratings are computed per request from the cached
 * certificates, since they depend on today's date.
 */
import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SnapshotCache } from "./cache"
import { loadProducts, productIdsInChannels, type PricingContext } from "./load"
import { toCatalogProduct, type CatalogProduct, type ProductRow } from "./shape"

export const CATALOG_FRESH_MS = 5_000
export const CATALOG_MAX_AGE_MS = 30_000

export const catalogSnapshots = new SnapshotCache<ProductRow[]>({
  freshMs: CATALOG_FRESH_MS,
  maxAgeMs: CATALOG_MAX_AGE_MS,
  // A few channel sets times regions in practice; `region_id` comes from the request, so bound it.
  maxKeys: 32,
  onError: (error) => console.error("[catalog] refreshing the catalog snapshot failed; serving the previous one", error),
})

export function pricingFor(regionId?: string): PricingContext {
  return regionId ? { currency_code: "vnd", region_id: regionId } : { currency_code: "vnd" }
}

function salesChannels(req: MedusaStoreRequest): string[] {
  return req.publishable_key_context?.sales_channel_ids ?? []
}

/** Which of `productIds` the key's sales channels sell (published or not: the caller checks the status). */
export function channelProductsOf(req: MedusaStoreRequest) {
  return async (productIds: string[]): Promise<Set<string>> => {
    const channels = salesChannels(req)
    if (!productIds.length || !channels.length) return new Set()
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { product_id: productIds, sales_channel_id: channels },
    })
    return new Set(data.map((row: any) => row.product_id as string))
  }
}

export async function storeProductRows(
  req: MedusaStoreRequest,
  options: { handle?: string; regionId?: string; extraFields?: string[] } = {}
): Promise<ProductRow[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = pricingFor(options.regionId)
  if (options.handle) {
    // One product: read it by its handle and check its sales channels, rather than listing every product on sale.
    const channels = new Set(salesChannels(req))
    const rows = await loadProducts(query, { handle: options.handle, pricing, extraFields: [...(options.extraFields ?? []), "sales_channels.id"] })
    return rows.filter((row) => ((row as { sales_channels?: ({ id: string } | null)[] }).sales_channels ?? []).some((c) => !!c && channels.has(c.id)))
  }
  const ids = await productIdsInChannels(query, salesChannels(req))
  return loadProducts(query, { ids, pricing, extraFields: options.extraFields })
}

/** Every product on sale in the key's sales channels, from this process's snapshot (see the header). */
export async function storeCatalog(req: MedusaStoreRequest, regionId?: string): Promise<CatalogProduct[]> {
  const key = JSON.stringify([[...salesChannels(req)].sort(), regionId ?? null])
  const rows = await catalogSnapshots.get(key, () => storeProductRows(req, { regionId }))
  const now = new Date()
  return rows.map((row) => toCatalogProduct(row, now))
}
