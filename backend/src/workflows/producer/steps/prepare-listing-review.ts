import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOwnProduct, loadProduct, vndPrice } from "../../../lib/producer-portal/products"

type ListingUpdate = { status: ProductStatus; metadata: Record<string, unknown> }

export const prepareListingReviewStepId = "prepare-listing-review"

export type ListingReviewAction =
  | { action: "submit"; producer_id: string }
  | { action: "publish" }
  | { action: "reject"; reason: string }

/**
 * Checks a listing may move: the producer submits a draft or rejected listing that has a priced
 * variant; the operator publishes or rejects a proposed one (or withdraws a published one with a
 * reason). Answers the product update (status and review notes in metadata). Reads only.
 */
export const prepareListingReviewStep = createStep(
  prepareListingReviewStepId,
  async (input: { product_id: string; review: ListingReviewAction }, { container }): Promise<StepResponse<ListingUpdate>> => {
    const { review } = input
    const product = review.action === "submit" ? await loadOwnProduct(container, review.producer_id, input.product_id) : await loadProduct(container, input.product_id)
    if (!product || !product.producer?.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${input.product_id} was not found`)
    const metadata = { ...(product.metadata ?? {}) } as Record<string, unknown>
    const now = new Date().toISOString()
    if (review.action === "submit") {
      if (product.status !== ProductStatus.DRAFT && product.status !== ProductStatus.REJECTED) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `This listing is already ${product.status === ProductStatus.PROPOSED ? "waiting for review" : "published"}`)
      }
      if (!(product.variants ?? []).some((v: any) => (vndPrice(v).amount ?? 0) > 0)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give at least one variant a price before sending the listing for review")
      }
      return new StepResponse({ status: ProductStatus.PROPOSED, metadata: { ...metadata, rejection_reason: null, submitted_at: now } })
    }
    if (review.action === "publish") {
      if (product.status !== ProductStatus.PROPOSED) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a listing waiting for review can be published")
      return new StepResponse({ status: ProductStatus.PUBLISHED, metadata: { ...metadata, rejection_reason: null, reviewed_at: now } })
    }
    if (product.status !== ProductStatus.PROPOSED && product.status !== ProductStatus.PUBLISHED) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only a listing waiting for review or published can be rejected")
    }
    return new StepResponse({ status: ProductStatus.REJECTED, metadata: { ...metadata, rejection_reason: review.reason.normalize("NFC").trim(), reviewed_at: now } })
  }
)
