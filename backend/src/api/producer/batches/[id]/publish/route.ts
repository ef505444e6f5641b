import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchView } from "../../../../../lib/trace/batches"
import { publishProductionBatchWorkflow } from "../../../../../workflows/traceability/workflows/publish-production-batch"
import { ownBatch } from "../../helpers"

/** Signs one of the producer's draft batches and makes its label resolve. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await ownBatch(req, req.params.id)
  await publishProductionBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id } })
  res.json({ production_batch: await batchView(req.scope, req.params.id) })
}
