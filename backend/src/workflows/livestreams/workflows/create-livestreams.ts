import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLivestreamsStep } from "../steps/create-livestreams"
import { prepareLivestreamsStep } from "../steps/prepare-livestreams"
import type { CreateLivestreamInput } from "../types"

export const createLivestreamsWorkflowId = "create-livestreams"

/** Schedules producers' livestreams, each link checked for its platform. */
export const createLivestreamsWorkflow = createWorkflow(createLivestreamsWorkflowId, (input: { livestreams: CreateLivestreamInput[] }) => {
  const records = prepareLivestreamsStep(input.livestreams)
  return new WorkflowResponse(createLivestreamsStep(records))
})
