import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds, SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites the search document of a product that gained a variant (its price range). */
export default async function searchProductVariantCreated({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { variant_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.variantCreated, context: { subscriberId: "search-product-variant-created" } }
