/**
 * Where producers' listings are sold, stocked and shipped from: the store's default sales
 * channel, the marketplace warehouse and the default shipping profile (when delivery is set up).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The marketplace's warehouse (the seed creates it under this name, seed/src/inventory.ts). */
export const MARKETPLACE_STOCK_LOCATION = "Kho Hạ Long"

export async function marketplaceChannelAndLocation(container: MedusaContainer): Promise<{ sales_channel_id: string; location_id: string; shipping_profile_id: string | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: locations }, { data: profiles }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "stock_location", fields: ["id"], filters: { name: MARKETPLACE_STOCK_LOCATION } }),
    query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } }),
  ])
  const salesChannelId = (stores[0] as any)?.default_sales_channel_id
  const locationId = (locations[0] as any)?.id
  if (!salesChannelId || !locationId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The marketplace is not set up yet (no default sales channel or no stock location "${MARKETPLACE_STOCK_LOCATION}")`)
  }
  return { sales_channel_id: salesChannelId, location_id: locationId, shipping_profile_id: (profiles[0] as any)?.id ?? null }
}
