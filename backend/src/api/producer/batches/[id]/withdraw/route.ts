import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchView } from "../../../../../lib/trace/batches"
import { withdrawProductionBatchWorkflow } from "../../../../../workflows/traceability/workflows/withdraw-production-batch"
import { ownBatch } from "../../helpers"
import type { ProducerWithdrawBatch } from "../../validators"

/** Withdraws (recalls) one of the producer's published batches: its label answers 410 Gone with the reason. */
export const POST = async (req: MedusaRequest<ProducerWithdrawBatch>, res: MedusaResponse) => {
  await ownBatch(req, req.params.id)
  const { reason } = req.validatedBody as ProducerWithdrawBatch
  await withdrawProductionBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id, reason } })
  res.json({ production_batch: await batchView(req.scope, req.params.id) })
}
