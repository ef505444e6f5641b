import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnProducerOrder } from "../../../../lib/producer-portal/orders"
import { producerScope } from "../../scope"

/** One of the producer's own orders, with the address to ship to (404 for anyone else's). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ producer_order: await loadOwnProducerOrder(req.scope, producerScope(req).producer_id, req.params.id) })
}
