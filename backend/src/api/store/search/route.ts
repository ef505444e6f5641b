import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { searchCatalog } from "../../../lib/search/engine"
import { searchModule, vocabularyFor, whileIndexIsBuilt } from "../../../lib/search/module"
import { syncSearchDocumentsWorkflow } from "../../../workflows/search/workflows/sync-search-documents"
import type { StoreSearchParams } from "./validators"

/**
 * Full-text search of the products on sale in the publishable key's sales
 * channels, with filters, facets, sorts, highlights and "did you mean"
 * (docs/search.md). Ratings are computed at the time of the request.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchParams>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreSearchParams
  const search = searchModule(req.scope)
  const result = await whileIndexIsBuilt(search, res, () =>
    searchCatalog(search, params, {
      salesChannelIds: req.publishable_key_context?.sales_channel_ids ?? [],
      now: new Date(),
      vocabulary: vocabularyFor(search),
    })
  )
  if (!result) return
  const { stale_ids, ...body } = result
  if (stale_ids.length) {
    // A hit's stored star has changed with time: rewrite it for the next searches, without making this one wait.
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    syncSearchDocumentsWorkflow(req.scope)
      .run({ input: { product_ids: stale_ids } })
      .catch((error: Error) => logger.warn(`Search: could not refresh ratings of ${stale_ids.join(", ")}: ${error.message}`))
  }
  res.json(body)
}
