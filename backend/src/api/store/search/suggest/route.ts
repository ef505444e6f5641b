import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { suggest } from "../../../../lib/search/engine"
import { searchModule, vocabularyFor, whileIndexIsBuilt } from "../../../../lib/search/module"
import type { StoreSearchSuggestParams } from "../validators"

/** Up to 8 products for a search box while the shopper types (title, handle, thumbnail, highlighted title). */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchSuggestParams>, res: MedusaResponse) => {
  const { q, limit } = req.validatedQuery as StoreSearchSuggestParams
  const search = searchModule(req.scope)
  const context = { salesChannelIds: req.publishable_key_context?.sales_channel_ids ?? [], now: new Date(), vocabulary: vocabularyFor(search) }
  const result = await whileIndexIsBuilt(search, res, () => suggest(search, q, context, limit))
  if (result) res.json(result)
}
