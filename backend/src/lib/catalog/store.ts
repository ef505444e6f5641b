/**
 * The catalog as one store request sees it: the products of the publishable
 * key's sales channels, shaped for the storefront, rated as of now.
 */
import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadProducts, productIdsInChannels, type PricingContext } from "./load"
import { toCatalogProduct, type CatalogProduct, type ProductRow } from "./shape"

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

export async function storeCatalog(req: MedusaStoreRequest, regionId?: string): Promise<CatalogProduct[]> {
  const now = new Date()
  return (await storeProductRows(req, { regionId })).map((row) => toCatalogProduct(row, now))
}
