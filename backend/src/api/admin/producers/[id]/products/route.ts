import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkProducerProductsWorkflow } from "../../../../../workflows/ocop/workflows/link-producer-products"
import { refetchProducer } from "../../helpers"
import type { AdminLinkProducerProducts } from "../../validators"

/** Attaches products to the producer (`add`) or detaches them (`remove`). */
export const POST = async (req: MedusaRequest<AdminLinkProducerProducts>, res: MedusaResponse) => {
  const { add, remove } = req.validatedBody as AdminLinkProducerProducts
  await linkProducerProductsWorkflow(req.scope).run({ input: { producer_id: req.params.id, add, remove } })
  res.json({ producer: await refetchProducer(req, req.params.id) })
}
