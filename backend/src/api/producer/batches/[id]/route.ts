import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchView } from "../../../../lib/trace/batches"
import { ownBatch } from "../helpers"

/** One of the producer's batches with its events, label URI, verification and scans. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await ownBatch(req, req.params.id)
  res.json({ production_batch: await batchView(req.scope, req.params.id) })
}
