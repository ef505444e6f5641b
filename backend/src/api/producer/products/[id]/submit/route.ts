import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnProduct, shapeProducerProduct } from "../../../../../lib/producer-portal/products"
import { reviewProducerListingWorkflow } from "../../../../../workflows/producer/workflows/review-producer-listing"
import { producerScope } from "../../../scope"

/** Sends a draft or rejected listing to the operator for review. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  await reviewProducerListingWorkflow(req.scope).run({ input: { product_id: req.params.id, review: { action: "submit", producer_id } } })
  res.json({ product: shapeProducerProduct(await loadOwnProduct(req.scope, producer_id, req.params.id)) })
}
