import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProduct, shapeProducerProduct } from "../../../../../lib/producer-portal/products"
import { reviewProducerListingWorkflow } from "../../../../../workflows/producer/workflows/review-producer-listing"
import type { AdminRejectListing } from "../../validators"

/** The operator rejects a listing (or withdraws a published one) with a reason the producer reads. */
export const POST = async (req: MedusaRequest<AdminRejectListing>, res: MedusaResponse) => {
  const { reason } = req.validatedBody as AdminRejectListing
  await reviewProducerListingWorkflow(req.scope).run({ input: { product_id: req.params.id, review: { action: "reject", reason } } })
  res.json({ product: shapeProducerProduct((await loadProduct(req.scope, req.params.id))!) })
}
