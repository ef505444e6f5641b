import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Query } from "../../../lib/catalog/load"
import { documentIdsWhere, isCatalogIndexLive, searchModule } from "../../../lib/search/module"
import { productIdsOfCertificates, productIdsOfProducers, productIdsOfVariants } from "../../../lib/search/source"
import type { SyncSearchDocumentsInput } from "../types"

export const resolveSearchProductsStepId = "resolve-search-products"

/**
 * The products whose search documents a change touches: through the links as
 * they are now, and through the index as it was (a deleted certificate, a
 * producer's former products, ratings that have changed with time are only
 * known there). None before the index was first filled, which will read
 * everything anyway. Reads only.
 */
export const resolveSearchProductsStep = createStep(resolveSearchProductsStepId, async (input: SyncSearchDocumentsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const search = searchModule(container)
  if (!(await isCatalogIndexLive(search))) return new StepResponse([] as string[])
  const certificates = input.certificate_ids ?? []
  const producers = input.producer_ids ?? []
  const found = await Promise.all([
    productIdsOfVariants(query, input.variant_ids ?? []),
    productIdsOfCertificates(query, certificates),
    productIdsOfProducers(query, producers),
    certificates.length ? documentIdsWhere(search, { "certificates.id": certificates }) : [],
    producers.length ? documentIdsWhere(search, { "producer.id": producers }) : [],
    input.ratings_stale_at !== undefined ? documentIdsWhere(search, { ocop_next_change_at: { $lte: input.ratings_stale_at } }) : [],
  ])
  return new StepResponse([...new Set([...(input.product_ids ?? []), ...found.flat()])])
})
