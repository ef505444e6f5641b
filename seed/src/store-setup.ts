/**
 * The store's fixed parts, found or created: VND as the store currency, the
 * Việt Nam region, the sales channel and the storefront's publishable API key.
 * Every write runs a Medusa workflow; running it twice changes nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Default Sales Channel"
export const REGION_NAME = "Việt Nam"
export const PUBLISHABLE_KEY_TITLE = "Storefront"

/** How Vietnamese shoppers pay: cash on delivery, VietQR transfer, and cards when Stripe is configured. */
export function regionPaymentProviders(): string[] {
  const providers = ["pp_system_default", "pp_cod_cod", "pp_vietqr_vietqr"]
  if (process.env.STRIPE_API_KEY) providers.push("pp_stripe_stripe")
  return providers
}

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  publishableKey: string
}

export async function ensureStoreSetup(container: MedusaContainer): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: SALES_CHANNEL_NAME },
  })
  let salesChannelId = channels[0]?.id as string | undefined
  if (!salesChannelId) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
    })
    salesChannelId = result[0].id
  }

  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const store = stores[0]
  const currencies = (store.supported_currencies ?? []).map((c: { currency_code: string }) => c.currency_code)
  if (store.default_sales_channel_id !== salesChannelId || currencies.length !== 1 || currencies[0] !== "vnd") {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Chợ OCOP Quảng Ninh",
          supported_currencies: [{ currency_code: "vnd", is_default: true }],
          default_sales_channel_id: salesChannelId,
        },
      },
    })
  }

  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: REGION_NAME } })
  let regionId = regions[0]?.id as string | undefined
  const paymentProviders = regionPaymentProviders()
  if (!regionId) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "vnd",
            countries: ["vn"],
            payment_providers: paymentProviders,
            automatic_taxes: true,
          },
        ],
      },
    })
    regionId = result[0].id
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "vn", provider_id: "tp_system" }],
    })
    logger.info(`Created region ${REGION_NAME} (VND)`)
  } else {
    const current = new Set((regions[0].payment_providers ?? []).map((p: { id: string } | null) => p?.id))
    if (paymentProviders.some((id) => !current.has(id))) {
      await updateRegionsWorkflow(container).run({ input: { selector: { id: regionId }, update: { payment_providers: paymentProviders } } })
    }
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "created_at"],
    filters: { type: "publishable" },
  })
  let key = keys
    .filter((k: { revoked_at: unknown }) => !k.revoked_at)
    .sort((a: { created_at: string | Date }, b: { created_at: string | Date }) => +new Date(a.created_at) - +new Date(b.created_at))[0] as
    | { id: string; token: string }
    | undefined
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
  }
  const { data: keyChannels } = await query.graph({
    entity: "api_key",
    fields: ["sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = (keyChannels[0]?.sales_channels ?? []).some((c: { id: string } | null) => c?.id === salesChannelId)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }

  return { salesChannelId, regionId, publishableKey: key.token }
}
