import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { updateEntityStep } from "../../common/update-entity"
import { findLivestreamStep } from "../steps/find-livestream"
import { prepareLivestreamUpdateStep } from "../steps/prepare-livestream-update"
import type { UpdateLivestreamInput } from "../types"

export const updateLivestreamWorkflowId = "update-livestream"

/** Changes one livestream (link, title, schedule, product); a producer's routes pass `producer_id` to change only their own. */
export const updateLivestreamWorkflow = createWorkflow(updateLivestreamWorkflowId, (input: UpdateLivestreamInput) => {
  const stored = findLivestreamStep({ id: input.id, producer_id: input.producer_id })
  const changes = prepareLivestreamUpdateStep({ input, stored })
  const update = transform({ input, changes }, ({ input, changes }) => ({
    module: OCOP_MODULE,
    retrieveMethod: "retrieveLivestream",
    updateMethod: "updateLivestreams",
    id: input.id,
    changes,
  }))
  return new WorkflowResponse(updateEntityStep(update))
})
