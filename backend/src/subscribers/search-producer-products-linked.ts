import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites the search documents of products attached to or detached from a producer. */
export default async function searchProducerProductsLinked({ event, container }: SubscriberArgs<{ producer_id: string; product_ids: string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { product_ids: event.data?.product_ids ?? [] } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.producerProductsLinked, context: { subscriberId: "search-producer-products-linked" } }
