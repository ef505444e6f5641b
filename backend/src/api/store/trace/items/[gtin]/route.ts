import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requireTradeItem, traceKey } from "../../helpers"

/** A product by GTIN, with its published batches (newest first): the page behind `/01/{gtin}`. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { gtin } = traceKey(req)
  const item = await requireTradeItem(req, gtin)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: batches } = await query.graph({
    entity: "production_batch",
    fields: ["lot", "production_date", "expiry_date", "status"],
    filters: { gtin, status: ["published", "withdrawn"] },
    pagination: { take: 20, skip: 0, order: { production_date: "DESC" } },
  })
  res.json({ item, batches })
}
