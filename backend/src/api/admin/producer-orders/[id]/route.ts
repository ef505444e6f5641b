import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchProducerOrder } from "../helpers"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ producer_order: await refetchProducerOrder(req.scope, req.params.id) })
}
