import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishProductionBatchWorkflow } from "../../../../../workflows/traceability/workflows/publish-production-batch"
import { refetchBatch } from "../../helpers"

/** Signs the batch record and makes the label resolve. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await publishProductionBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id } })
  res.json({ production_batch: await refetchBatch(req, req.params.id) })
}
