import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sortProducts } from "../../../../lib/catalog/filter"
import { loadProducers, producerStats, toProducerDetail } from "../../../../lib/catalog/producers"
import { storeCatalog } from "../../../../lib/catalog/store"
import type { StoreProducerParams } from "../validators"

/** One producer with its products on sale, best rated first. */
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
  res.json({ producer: { ...toProducerDetail(producer, producerStats(catalog)(producer.id)), products } })
}
