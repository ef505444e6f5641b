import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds, SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites the search documents of a producer's products (name, commune). */
export default async function searchProducerUpdated({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { producer_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.producerUpdated, context: { subscriberId: "search-producer-updated" } }
