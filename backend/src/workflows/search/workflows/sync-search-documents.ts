import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildSearchDocumentsStep } from "../steps/build-search-documents"
import { resolveSearchProductsStep } from "../steps/resolve-search-products"
import { writeSearchDocumentsStep } from "../steps/write-search-documents"
import type { SyncSearchDocumentsInput } from "../types"

export const syncSearchDocumentsWorkflowId = "sync-search-documents"

/**
 * Brings the catalog's search documents in line with a change to products,
 * variants (prices), certificates or producers: finds the products concerned,
 * rebuilds their documents from the catalog, writes them (or removes those no
 * longer on sale).
 */
export const syncSearchDocumentsWorkflow = createWorkflow(syncSearchDocumentsWorkflowId, (input: SyncSearchDocumentsInput) => {
  const productIds = resolveSearchProductsStep(input)
  const built = buildSearchDocumentsStep(productIds)
  return new WorkflowResponse(writeSearchDocumentsStep(built))
})
