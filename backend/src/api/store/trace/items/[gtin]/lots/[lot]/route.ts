import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { loadBatch, scanSignal, verifyBatch } from "../../../../../../../lib/trace/resolve"
import { requireTradeItem, traceKey } from "../../../../helpers"

/**
 * A published batch with everything its label promises: product, producer,
 * OCOP rating, growing areas, events, verification and a counterfeit signal.
 * 404 `unknown_lot` (the product exists: go up to /01/{gtin}); 410 when withdrawn.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { gtin, lot } = traceKey(req)
  const [item, batch] = await Promise.all([requireTradeItem(req, gtin), loadBatch(req.scope, gtin, lot!)])
  if (!batch || batch.status === "draft") {
    res.status(404).json({ type: "unknown_lot", message: `GTIN ${gtin} has no published lot ${lot}`, product_path: `/01/${gtin}` })
    return
  }
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const verification = verifyBatch(batch, item, traceability.publicKeys())
  const scans = await scanSignal(req.scope, batch)
  const { record_hash, signature: _signature, key_id, ...shown } = batch
  const body = { item, batch: { ...shown, record_hash, key_id }, verification, scans }
  res.status(batch.status === "withdrawn" ? 410 : 200).json(body)
}
