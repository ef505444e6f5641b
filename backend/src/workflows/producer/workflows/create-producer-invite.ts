import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerInviteStep, type CreateProducerInviteInput } from "../steps/create-producer-invite"

export const createProducerInviteWorkflowId = "create-producer-invite"

/** An invitation to join a producer, by the operator or the producer's owner; its token is answered once. */
export const createProducerInviteWorkflow = createWorkflow(createProducerInviteWorkflowId, (input: CreateProducerInviteInput) => {
  return new WorkflowResponse(createProducerInviteStep(input))
})
