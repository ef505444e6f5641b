import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readListedBatches } from "../../../../../lib/trace/trace-reads"
import { requireTradeItem, traceKey } from "../../helpers"

/** A product by GTIN, with its published batches (newest first): the page behind `/01/{gtin}`. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { gtin } = traceKey(req)
  const [item, batches] = await Promise.all([requireTradeItem(req, gtin), readListedBatches(req.scope, gtin, 20)])
  res.json({ item, batches })
}
