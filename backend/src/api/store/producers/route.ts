import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadProducers, producerStats, toProducerSummary } from "../../../lib/catalog/producers"
import { storeCatalog } from "../../../lib/catalog/store"
import { foldVietnamese } from "../../../lib/text"
import type { StoreProducersParams } from "./validators"

/** Producers, by name, with how many products they have on sale and their best valid rating. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreProducersParams>, res: MedusaResponse) => {
  const { commune, legal_form, q, region_id, limit, offset } = req.validatedQuery as StoreProducersParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (commune) filters.commune = commune.normalize("NFC")
  if (legal_form) filters.legal_form = legal_form
  const [producers, catalog] = await Promise.all([loadProducers(query, filters), storeCatalog(req, region_id)])
  const needle = q ? foldVietnamese(q) : ""
  const found = producers
    .filter((p) => !needle || foldVietnamese(p.name).includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
  const stats = producerStats(catalog)
  res.json({
    producers: found.slice(offset, offset + limit).map((p) => toProducerSummary(p, stats(p.id))),
    count: found.length,
    limit,
    offset,
  })
}
