import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { liveNow } from "../../../../lib/catalog/livestreams"
import { channelProductsOf } from "../../../../lib/catalog/store"
import type { StoreLiveLivestreamsParams } from "../validators"

/** Sessions live right now across producers, for the home page's "live now" strip. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreLiveLivestreamsParams>, res: MedusaResponse) => {
  const { limit } = req.validatedQuery as StoreLiveLivestreamsParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const sessions = await liveNow(query, now, channelProductsOf(req))
  res.json({ livestreams: sessions.slice(0, limit), count: sessions.length, now: now.toISOString() })
}
