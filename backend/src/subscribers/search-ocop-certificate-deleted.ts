import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds, SEARCH_EVENTS } from "../lib/search/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/** Rewrites the search document of a product whose OCOP certificate was deleted. */
export default async function searchOcopCertificateDeleted({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { certificate_ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = { event: SEARCH_EVENTS.certificateDeleted, context: { subscriberId: "search-ocop-certificate-deleted" } }
