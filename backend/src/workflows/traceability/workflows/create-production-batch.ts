import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { prepareProductionBatchStep, type CreateBatchInput } from "../steps/prepare-production-batch"
import { assignGtinsWorkflow } from "./assign-gtins"

export const createProductionBatchWorkflowId = "create-production-batch"

/** Opens a draft batch (lot) of a variant, giving the variant a GTIN first if it has none. */
export const createProductionBatchWorkflow = createWorkflow(createProductionBatchWorkflowId, (input: CreateBatchInput) => {
  const variants = transform({ input }, ({ input }) => ({ variants: [{ variant_id: input.variant_id }] }))
  assignGtinsWorkflow.runAsStep({ input: variants })
  const batch = prepareProductionBatchStep(input)
  const rows = transform({ batch }, ({ batch }) => [batch])
  const created = createEntitiesStep({
    moduleRegistrationName: TRACEABILITY_MODULE,
    invokeMethod: "createProductionBatches",
    compensateMethod: "deleteProductionBatches",
    data: rows,
  }).config({ name: "create-production-batch-row" })
  const result = transform({ created }, ({ created }) => created[0] as { id: string; gtin: string; lot: string })
  return new WorkflowResponse(result)
})
