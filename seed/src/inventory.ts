/**
 * Stock of the seed: the "Kho Hạ Long" warehouse, linked to the storefront's
 * sales channel, and a stock level there for every seeded variant. Found or
 * created through Medusa's workflows; running it twice changes nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export const STOCK_LOCATION_NAME = "Kho Hạ Long"

/** The warehouse, found by name or created, and linked to the sales channel. */
export async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  let location = data[0] as { id: string; sales_channels?: ({ id: string } | null)[] } | undefined
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Số 2 đường Hạ Long",
              city: "Phường Bãi Cháy",
              province: "Quảng Ninh",
              country_code: "vn",
            },
          },
        ],
      },
    })
    location = { id: result[0].id, sales_channels: [] }
  }
  if (!(location.sales_channels ?? []).some((c) => c?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  }
  return location.id
}

/** Wanted stock of one variant: its SKU and quantity. */
export type StockWanted = { sku: string; quantity: number }

/**
 * Creates the stock level of every given variant (by SKU) that has none at
 * the location yet; levels already there keep their quantity.
 */
export async function ensureInventoryLevels(container: MedusaContainer, locationId: string, wanted: readonly StockWanted[]): Promise<number> {
  if (!wanted.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: wanted.map((w) => w.sku) },
  })
  const itemBySku = new Map<string, string>()
  for (const variant of variants as { sku: string; inventory_items?: ({ inventory_item_id: string } | null)[] }[]) {
    const item = variant.inventory_items?.find((i) => i?.inventory_item_id)?.inventory_item_id
    if (item) itemBySku.set(variant.sku, item)
  }
  const items = [...itemBySku.values()]
  const { data: levels } = items.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id"],
        filters: { location_id: locationId, inventory_item_id: items },
      })
    : { data: [] }
  const stocked = new Set((levels as { inventory_item_id: string }[]).map((l) => l.inventory_item_id))
  const create = wanted
    .filter((w) => itemBySku.has(w.sku) && !stocked.has(itemBySku.get(w.sku)!))
    .map((w) => ({ inventory_item_id: itemBySku.get(w.sku)!, location_id: locationId, stocked_quantity: w.quantity }))
  if (create.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: create } })
  return create.length
}
