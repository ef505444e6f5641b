import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnProduct, shapeProducerProduct } from "../../../../lib/producer-portal/products"
import { updateProducerProductWorkflow } from "../../../../workflows/producer/workflows/update-producer-product"
import { producerScope } from "../../scope"
import type { ProducerUpdateProduct } from "../validators"

/** One of the producer's own listings (404 for anyone else's). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  res.json({ product: shapeProducerProduct(await loadOwnProduct(req.scope, producer_id, req.params.id)) })
}

/** Edits one of the producer's own listings. */
export const POST = async (req: MedusaRequest<ProducerUpdateProduct>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  await updateProducerProductWorkflow(req.scope).run({
    input: { producer_id, product_id: req.params.id, changes: req.validatedBody as ProducerUpdateProduct },
  })
  res.json({ product: shapeProducerProduct(await loadOwnProduct(req.scope, producer_id, req.params.id)) })
}
