import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { catalogSnapshots } from "../lib/catalog/store"
import { hiddenProductSnapshots } from "../lib/catalog/hidden-products"
import { SEARCH_EVENTS } from "../lib/search/events"
import { tradeItemSources } from "../lib/trace/trade-item-sources"

/**
 * Drops this process's catalog snapshots and its set of hidden products
 * (lib/catalog/hidden-products.ts) and the product side of trace labels (lib/trace/trade-item-sources.ts) when something the store catalog shows changes (products, variants and their prices, certificates, producers and their status), so the
 * next read here sees the change. Other processes catch up within `CATALOG_MAX_AGE_MS`.
 */
const CATALOG_EVENTS = [...Object.values(SEARCH_EVENTS), "ocop.producer.created", "ocop.producer.deleted"]

export default async function catalogCacheInvalidate(_args: SubscriberArgs<unknown>) {
  catalogSnapshots.invalidate()
  hiddenProductSnapshots.invalidate()
  tradeItemSources.invalidate()
}

export const config: SubscriberConfig = { event: CATALOG_EVENTS, context: { subscriberId: "catalog-cache-invalidate" } }
