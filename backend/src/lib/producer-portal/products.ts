/**
 * The read side of a producer's listings: products linked to the producer, with
 * their VND price and stock at the marketplace's warehouse, shaped for the portal
 * (docs/producer-api.md, "Product"). Reads through query.graph.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PRODUCER_PRODUCT_FIELDS = [
  "id", "title", "handle", "subtitle", "description", "status", "thumbnail", "metadata", "created_at", "updated_at",
  "images.id", "images.url", "images.rank",
  "options.id", "options.title", "options.values.value",
  "variants.id", "variants.title", "variants.sku", "variants.manage_inventory", "variants.variant_rank", "variants.created_at",
  "variants.options.value", "variants.options.option.title",
  "variants.prices.id", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "producer.id",
]

export type LoadedProduct = Record<string, any> & { id: string; status: string; producer?: { id: string } | null }

export function vndPrice(variant: any): { id: string | null; amount: number | null } {
  const price = (variant.prices ?? []).find((p: any) => p?.currency_code === "vnd")
  return { id: price?.id ?? null, amount: price ? Number(price.amount) : null }
}

/** The inventory item of a variant and its stock at `locationId` (null when it keeps no stock). */
export function variantStock(variant: any, locationId?: string | null) {
  const link = (variant.inventory_items ?? []).find((i: any) => i?.inventory_item_id)
  const levels: any[] = link?.inventory?.location_levels ?? []
  const level = locationId ? levels.find((l) => l?.location_id === locationId) : levels[0]
  return { inventory_item_id: (link?.inventory_item_id as string | undefined) ?? null, location_id: level?.location_id ?? null, stock: level ? Number(level.stocked_quantity) : null }
}

export function shapeProducerProduct(product: LoadedProduct) {
  const images = [...(product.images ?? [])].sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))
  const variants = [...(product.variants ?? [])].sort(
    (a: any, b: any) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || String(a.created_at).localeCompare(String(b.created_at))
  )
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    status: product.status,
    rejection_reason: (product.metadata?.rejection_reason as string | undefined) ?? null,
    thumbnail: product.thumbnail ?? null,
    images: images.map((i: any) => ({ id: i.id, url: i.url })),
    options: (product.options ?? []).map((o: any) => ({ title: o.title, values: (o.values ?? []).map((v: any) => v.value) })),
    variants: variants.map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku ?? null,
      price: vndPrice(v).amount,
      stock: variantStock(v).stock,
      options: Object.fromEntries((v.options ?? []).filter((o: any) => o?.option).map((o: any) => [o.option.title, o.value])),
    })),
    created_at: product.created_at,
    updated_at: product.updated_at,
  }
}

/** Ids of the products linked to a producer. */
export async function producerProductIds(container: MedusaContainer, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  return ((data[0] as any)?.products ?? []).filter(Boolean).map((p: any) => p.id)
}

/** One product with everything the portal shows; null when it does not exist. */
export async function loadProduct(container: MedusaContainer, id: string): Promise<LoadedProduct | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id } })
  return (data[0] as LoadedProduct | undefined) ?? null
}

/** A product of this producer, or 404 exactly as for a product that does not exist. */
export async function loadOwnProduct(container: MedusaContainer, producerId: string, id: string): Promise<LoadedProduct> {
  const product = await loadProduct(container, id)
  if (!product || product.producer?.id !== producerId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  return product
}
