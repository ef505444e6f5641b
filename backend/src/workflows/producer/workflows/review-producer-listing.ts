import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { prepareListingReviewStep, type ListingReviewAction } from "../steps/prepare-listing-review"

export const reviewProducerListingWorkflowId = "review-producer-listing"

/** A listing's review: the producer submits it (`proposed`), the operator publishes or rejects it with a reason. */
export const reviewProducerListingWorkflow = createWorkflow(
  reviewProducerListingWorkflowId,
  (input: { product_id: string; review: ListingReviewAction }) => {
    const update = prepareListingReviewStep(input)
    updateProductsWorkflow.runAsStep({
      input: transform({ input, update }, ({ input, update }) => ({ selector: { id: input.product_id }, update: update as any })),
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
