import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeText } from "../normalize"
import { createProducersStep } from "../steps/create-producers"
import { validateProducerHandlesStep } from "../steps/validate-producer-handle"
import type { CreateProducerInput } from "../types"

export const createProducersWorkflowId = "create-producers"

/** Creates producers with NFC text and handles no other producer uses. */
export const createProducersWorkflow = createWorkflow(createProducersWorkflowId, (input: { producers: CreateProducerInput[] }) => {
  const producers = transform({ input }, ({ input }) => input.producers.map((p) => normalizeText(p)))
  validateProducerHandlesStep(producers)
  return new WorkflowResponse(createProducersStep(producers))
})
