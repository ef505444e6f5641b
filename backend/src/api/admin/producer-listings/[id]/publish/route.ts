import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProduct, shapeProducerProduct } from "../../../../../lib/producer-portal/products"
import { reviewProducerListingWorkflow } from "../../../../../workflows/producer/workflows/review-producer-listing"

/** The operator publishes a listing waiting for review: shoppers see it. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await reviewProducerListingWorkflow(req.scope).run({ input: { product_id: req.params.id, review: { action: "publish" } } })
  res.json({ product: shapeProducerProduct((await loadProduct(req.scope, req.params.id))!) })
}
