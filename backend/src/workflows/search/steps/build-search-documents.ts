import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Query } from "../../../lib/catalog/load"
import { buildSearchDocuments } from "../../../lib/search/source"

export const buildSearchDocumentsStepId = "build-search-documents"

/** Builds the search documents of products from the catalog read path; products no longer on sale come back as removed. Reads only. */
export const buildSearchDocumentsStep = createStep(buildSearchDocumentsStepId, async (productIds: string[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  return new StepResponse(await buildSearchDocuments(query, productIds))
})
