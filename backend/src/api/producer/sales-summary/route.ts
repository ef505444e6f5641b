import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producerSalesSummary } from "../../../lib/producer-portal/orders"
import type { ProducerSalesSummaryParams } from "../orders/validators"
import { producerScope } from "../scope"

/** Orders and revenue of the producer by month (Vietnam's time), oldest month first. */
export const GET = async (req: MedusaRequest<unknown, ProducerSalesSummaryParams>, res: MedusaResponse) => {
  const { months } = req.validatedQuery as ProducerSalesSummaryParams
  res.json(await producerSalesSummary(req.scope, producerScope(req).producer_id, months))
}
