import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds, SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites the search document of a product whose OCOP certificate changed. */
export default async function searchOcopCertificateUpdated({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { certificate_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.certificateUpdated, context: { subscriberId: "search-ocop-certificate-updated" } }
