import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLivestreamsStep } from "../steps/delete-livestreams"
import { findLivestreamStep } from "../steps/find-livestream"
import type { DeleteLivestreamInput } from "../types"

export const deleteLivestreamWorkflowId = "delete-livestream"

/** Removes one livestream; a producer's routes pass `producer_id` to remove only their own. */
export const deleteLivestreamWorkflow = createWorkflow(deleteLivestreamWorkflowId, (input: DeleteLivestreamInput) => {
  const stored = findLivestreamStep({ id: input.id, producer_id: input.producer_id })
  const ids = transform({ stored }, ({ stored }) => [stored.id])
  deleteLivestreamsStep(ids)
  return new WorkflowResponse({ id: input.id })
})
