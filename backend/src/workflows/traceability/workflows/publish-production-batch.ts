import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { updateEntityStep } from "../../common/update-entity"
import { signBatchRecordStep } from "../steps/sign-batch-record"

export const publishProductionBatchWorkflowId = "publish-production-batch"

/** Signs a batch's record and makes its label resolvable; from now on it only takes new events. */
export const publishProductionBatchWorkflow = createWorkflow(publishProductionBatchWorkflowId, (input: { batch_id: string }) => {
  const signed = signBatchRecordStep(input)
  const update = transform({ input, signed }, ({ input, signed }) => ({
    module: TRACEABILITY_MODULE,
    retrieveMethod: "retrieveProductionBatch",
    updateMethod: "updateProductionBatches",
    id: input.batch_id,
    changes: { ...signed, status: "published", published_at: new Date() },
  }))
  return new WorkflowResponse(updateEntityStep(update))
})
