import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds, SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites a product's search document (or removes it when no longer on sale). */
export default async function searchProductUpdated({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { product_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.productUpdated, context: { subscriberId: "search-product-updated" } }
