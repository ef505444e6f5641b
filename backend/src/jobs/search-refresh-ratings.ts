import type { MedusaContainer } from "@medusajs/framework/types"
import { syncSearchDocumentsWorkflow } from "../workflows/search/workflows/sync-search-documents"

/**
 * Every hour, rewrites the search documents whose stored OCOP rating stopped
 * being the truth (a certificate expired, or another one took over). Searches
 * already compare expiry dates with the time of the request; this keeps the
 * "sort by stars" order and a product's next certificate exact too.
 */
export default async function searchRefreshRatings(container: MedusaContainer) {
  await syncSearchDocumentsWorkflow(container).run({ input: { ratings_stale_at: Date.now() } })
}

export const config = { name: "search-refresh-ratings", schedule: "17 * * * *" }
