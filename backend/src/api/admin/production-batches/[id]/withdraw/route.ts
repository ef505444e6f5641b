import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawProductionBatchWorkflow } from "../../../../../workflows/traceability/workflows/withdraw-production-batch"
import { refetchBatch } from "../../helpers"
import type { AdminWithdrawBatch } from "../../validators"

/** Withdraws (recalls) a published batch: its label answers 410 Gone with the reason. */
export const POST = async (req: MedusaRequest<AdminWithdrawBatch>, res: MedusaResponse) => {
  const { reason } = req.validatedBody as AdminWithdrawBatch
  await withdrawProductionBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id, reason } })
  res.json({ production_batch: await refetchBatch(req, req.params.id) })
}
