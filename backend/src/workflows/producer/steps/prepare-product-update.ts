import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { marketplaceChannelAndLocation } from "../../../lib/producer-portal/marketplace"
import { loadOwnProduct, variantStock, vndPrice } from "../../../lib/producer-portal/products"

export const prepareProductUpdateStepId = "prepare-product-update"

export type ListingChanges = {
  title?: string
  subtitle?: string | null
  description?: string | null
  images?: string[]
  variants?: { id: string; title?: string; sku?: string | null; price?: number; stock?: number }[]
}

const nfc = (s: string) => s.normalize("NFC").trim()

/**
 * Splits a producer's edit into Medusa updates: product text and pictures, variants (title, SKU),
 * VND prices, and stock levels at the marketplace warehouse. Changing what shoppers read or see
 * of a published listing sends it back to review (`proposed`); price and stock do not.
 * 404 for a product or variant that is not this producer's. Reads only.
 */
export const prepareProductUpdateStep = createStep(
  prepareProductUpdateStepId,
  async (input: { producer_id: string; product_id: string; changes: ListingChanges }, { container }) => {
    const product = await loadOwnProduct(container, input.producer_id, input.product_id)
    const { changes } = input
    const update: Record<string, unknown> = {}
    if (changes.title !== undefined) update.title = nfc(changes.title)
    if (changes.subtitle !== undefined) update.subtitle = changes.subtitle ? nfc(changes.subtitle) : null
    if (changes.description !== undefined) update.description = changes.description ? nfc(changes.description) : null
    if (changes.images !== undefined) {
      update.images = changes.images.map((url) => ({ url }))
      update.thumbnail = changes.images[0] ?? null
    }
    const contentChanged = Object.keys(update).length > 0 || (changes.variants ?? []).some((v) => v.title !== undefined)
    if (contentChanged && product.status === ProductStatus.PUBLISHED) update.status = ProductStatus.PROPOSED

    const { location_id } = await marketplaceChannelAndLocation(container)
    const variantUpdates: Record<string, unknown>[] = []
    const priceUpdates: { variant_id: string; amount: number }[] = []
    const levelUpdates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    const levelCreates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const change of changes.variants ?? []) {
      const variant = (product.variants ?? []).find((v: any) => v.id === change.id)
      if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${change.id} was not found in product ${product.id}`)
      const variantUpdate: Record<string, unknown> = { id: variant.id }
      if (change.title !== undefined) variantUpdate.title = nfc(change.title)
      if (change.sku !== undefined) variantUpdate.sku = change.sku
      if (change.price !== undefined && change.price !== vndPrice(variant).amount) priceUpdates.push({ variant_id: variant.id, amount: change.price })
      if (Object.keys(variantUpdate).length > 1) variantUpdates.push(variantUpdate)
      if (change.stock !== undefined) {
        const stock = variantStock(variant, location_id)
        if (!stock.inventory_item_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant "${variant.title}" does not keep stock`)
        const level = { inventory_item_id: stock.inventory_item_id, location_id, stocked_quantity: change.stock }
        if (stock.location_id) levelUpdates.push(level)
        else levelCreates.push(level)
      }
    }
    return new StepResponse({
      product_update: Object.keys(update).length ? update : null,
      variant_updates: variantUpdates,
      price_updates: priceUpdates,
      level_updates: levelUpdates,
      level_creates: levelCreates,
    })
  }
)
