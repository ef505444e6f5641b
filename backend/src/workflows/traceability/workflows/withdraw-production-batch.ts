import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { updateEntityStep } from "../../common/update-entity"

export const withdrawProductionBatchWorkflowId = "withdraw-production-batch"

const requirePublishedBatchStep = createStep("require-published-batch", async (id: string, { container }) => {
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [batch] = await traceability.listProductionBatches({ id }, { select: ["id", "status"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${id} not found`)
  if (batch.status !== "published") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only a published batch can be withdrawn (this one is ${batch.status})`)
  return new StepResponse(batch.id)
})

/** Withdraws a published batch (recall): its label then answers 410 Gone with the reason. */
export const withdrawProductionBatchWorkflow = createWorkflow(withdrawProductionBatchWorkflowId, (input: { batch_id: string; reason: string }) => {
  requirePublishedBatchStep(input.batch_id)
  const update = transform({ input }, ({ input }) => ({
    module: TRACEABILITY_MODULE,
    retrieveMethod: "retrieveProductionBatch",
    updateMethod: "updateProductionBatches",
    id: input.batch_id,
    changes: { status: "withdrawn", withdrawn_at: new Date(), withdrawal_reason: input.reason.normalize("NFC").trim() },
  }))
  return new WorkflowResponse(updateEntityStep(update))
})
