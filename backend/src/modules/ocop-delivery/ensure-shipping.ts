/**
 * Shipping set-up for delivery by producers, found or created (running it twice
 * changes nothing): a default shipping profile that every product without one
 * joins, the warehouse's shipping fulfillment set with a service zone for
 * Việt Nam, the warehouse allowed to use the `ocop-delivery` provider, and the
 * calculated shipping option "Giao hàng tận nơi" (one parcel per producer).
 * Called by the seed after the stock location exists; every write is a Medusa workflow.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { OCOP_DELIVERY_PROVIDER_ID, PARCEL_OPTION_ID, PARCEL_OPTION_TYPE_CODE } from "./constants"
import { DEFAULT_PARCEL_RATES, type ParcelRates } from "./lib/parcels"

export const SHIPPING_PROFILE_NAME = "Hàng OCOP"
export const SHIPPING_OPTION_NAME = "Giao hàng tận nơi"
export const SERVICE_ZONE_NAME = "Việt Nam"

export type ShippingSetup = {
  shippingProfileId: string
  fulfillmentSetId: string
  serviceZoneId: string
  shippingOptionId: string
  /** Products that had no shipping profile and were given this one. */
  productsLinked: number
}

export type EnsureShippingOptions = {
  /** The warehouse parcels leave from in Medusa's books; default: the first stock location. */
  stockLocationId?: string
  /** Rates of a newly created shipping option (an existing option keeps its own). */
  rates?: ParcelRates
}

const vnd = (n: number) => new Intl.NumberFormat("vi-VN").format(n)

export async function ensureShipping(container: MedusaContainer, options: EnsureShippingOptions = {}): Promise<ShippingSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const providers = await fulfillment.listFulfillmentProviders({ id: OCOP_DELIVERY_PROVIDER_ID })
  if (!providers.length) {
    throw new Error(`The fulfillment provider ${OCOP_DELIVERY_PROVIDER_ID} is not registered: add backend/src/modules/ocop-delivery to the fulfillment module's providers in medusa-config.ts`)
  }

  // Shipping profile
  const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id", "name", "type"], filters: { type: "default" } })
  let shippingProfileId = (profiles as { id: string }[])[0]?.id
  if (!shippingProfileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: SHIPPING_PROFILE_NAME, type: "default" }] } })
    shippingProfileId = result[0].id
    logger.info(`Created shipping profile ${SHIPPING_PROFILE_NAME}`)
  }

  // The warehouse and the provider it may use
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.type"],
    filters: options.stockLocationId ? { id: options.stockLocationId } : {},
  })
  const location = (locations as any[]).sort((a, b) => String(a.id).localeCompare(String(b.id)))[0]
  if (!location) throw new Error(options.stockLocationId ? `Stock location ${options.stockLocationId} not found` : "Create a stock location before the shipping set-up")
  if (!(location.fulfillment_providers ?? []).some((p: { id: string } | null) => p?.id === OCOP_DELIVERY_PROVIDER_ID)) {
    await createLinksWorkflow(container).run({
      input: [{ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: OCOP_DELIVERY_PROVIDER_ID } }],
    })
  }

  // Fulfillment set and service zone
  let fulfillmentSetId = (location.fulfillment_sets ?? []).find((s: { type: string } | null) => s?.type === "shipping")?.id as string | undefined
  if (!fulfillmentSetId) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: `Giao hàng từ ${location.name}`, type: "shipping" } },
    })
    const { data } = await query.graph({ entity: "stock_location", fields: ["fulfillment_sets.id", "fulfillment_sets.type"], filters: { id: location.id } })
    fulfillmentSetId = (data[0] as any).fulfillment_sets.find((s: { type: string } | null) => s?.type === "shipping").id
    logger.info(`Created the shipping fulfillment set of ${location.name}`)
  }
  const { data: sets } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id", "service_zones.id", "service_zones.geo_zones.type", "service_zones.geo_zones.country_code"],
    filters: { id: fulfillmentSetId },
  })
  let serviceZoneId = ((sets[0] as any)?.service_zones ?? []).find((z: any) =>
    (z?.geo_zones ?? []).some((g: any) => g?.type === "country" && g?.country_code === "vn")
  )?.id as string | undefined
  if (!serviceZoneId) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: { data: [{ fulfillment_set_id: fulfillmentSetId!, name: SERVICE_ZONE_NAME, geo_zones: [{ type: "country", country_code: "vn" }] }] },
    })
    serviceZoneId = result[0].id
  }

  // The calculated shipping option
  const { data: shippingOptions } = await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { provider_id: OCOP_DELIVERY_PROVIDER_ID, service_zone_id: serviceZoneId },
  })
  let shippingOptionId = (shippingOptions as { id: string }[])[0]?.id
  if (!shippingOptionId) {
    const rates = options.rates ?? DEFAULT_PARCEL_RATES
    const free = rates.free_over === null ? "" : `, miễn phí khi hàng của nhà sản xuất từ ${vnd(rates.free_over)} ₫`
    const { result } = await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: SHIPPING_OPTION_NAME,
          price_type: "calculated",
          provider_id: OCOP_DELIVERY_PROVIDER_ID,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          data: { id: PARCEL_OPTION_ID, parcel_fee: rates.parcel_fee, free_over: rates.free_over },
          type: {
            label: SHIPPING_OPTION_NAME,
            description: `Mỗi nhà sản xuất gửi một kiện: ${vnd(rates.parcel_fee)} ₫ mỗi kiện${free}`,
            code: PARCEL_OPTION_TYPE_CODE,
          },
          rules: [
            { attribute: "enabled_in_store", operator: "eq", value: "true" },
            { attribute: "is_return", operator: "eq", value: "false" },
          ],
        },
      ],
    })
    shippingOptionId = result[0].id
    logger.info(`Created shipping option ${SHIPPING_OPTION_NAME}`)
  }

  // Every product ships: those without a shipping profile get this one.
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "shipping_profile.id"] })
  const unprofiled = (products as { id: string; shipping_profile?: { id: string } | null }[]).filter((p) => !p.shipping_profile?.id)
  for (let i = 0; i < unprofiled.length; i += 200) {
    await createLinksWorkflow(container).run({
      input: unprofiled.slice(i, i + 200).map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId } })),
    })
  }

  return { shippingProfileId, fulfillmentSetId: fulfillmentSetId!, serviceZoneId, shippingOptionId, productsLinked: unprofiled.length }
}
