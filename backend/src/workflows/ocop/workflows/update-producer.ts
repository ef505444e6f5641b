import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeText } from "../normalize"
import { updateProducerStep } from "../steps/update-producer"
import { validateProducerHandlesStep } from "../steps/validate-producer-handle"
import type { UpdateProducerInput } from "../types"

export const updateProducerWorkflowId = "update-producer"

/** Updates one producer's fields. */
export const updateProducerWorkflow = createWorkflow(updateProducerWorkflowId, (input: UpdateProducerInput) => {
  const changes = transform({ input }, ({ input }) => normalizeText(input))
  const handles = transform({ changes }, ({ changes }) => [changes])
  validateProducerHandlesStep(handles)
  return new WorkflowResponse(updateProducerStep(changes))
})
