import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders } from "../../../lib/producer-portal/orders"
import { producerScope } from "../scope"
import type { ProducerOrdersParams } from "./validators"

/** The producer's own part of shoppers' orders, newest first. */
export const GET = async (req: MedusaRequest<unknown, ProducerOrdersParams>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const { status, limit, offset } = req.validatedQuery as ProducerOrdersParams
  res.json({ ...(await listProducerOrders(req.scope, producer_id, { status, limit, offset })), limit, offset })
}
