import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sortProducts } from "../../../../lib/catalog/filter"
import { producerLivestreams } from "../../../../lib/catalog/livestreams"
import { loadProducers, producerStats, toProducerDetail } from "../../../../lib/catalog/producers"
import { channelProductsOf, storeCatalog } from "../../../../lib/catalog/store"
import type { StoreProducerParams } from "../validators"

/** One producer with its products on sale, best rated first, and its livestreams (live now and the next 14 days). */
export const GET = async (req: MedusaStoreRequest<unknown, StoreProducerParams>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreProducerParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [producer] = await loadProducers(query, { handle: req.params.handle })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer has the handle "${req.params.handle}"`)
  const catalog = await storeCatalog(req, region_id)
  const products = sortProducts(
    catalog.filter((p) => p.producer?.id === producer.id),
    "stars"
  )
  const livestreams = await producerLivestreams(query, producer.id, new Date(), channelProductsOf(req))
  res.json({ producer: { ...toProducerDetail(producer, producerStats(catalog)(producer.id)), products, livestreams } })
}
