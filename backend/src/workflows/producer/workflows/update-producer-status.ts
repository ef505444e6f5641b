import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerStatus } from "../../../modules/ocop/lib/domain"
import { updateEntityStep } from "../../common/update-entity"

export const updateProducerStatusWorkflowId = "update-producer-status"

/** The operator approves, suspends (with a reason shown to the members) or sets a producer back to pending. */
export const updateProducerStatusWorkflow = createWorkflow(
  updateProducerStatusWorkflowId,
  (input: { producer_id: string; status: ProducerStatus; reason?: string | null }) => {
    const producer = updateEntityStep(
      transform({ input }, ({ input }) => ({
        module: "ocop",
        retrieveMethod: "retrieveProducer",
        updateMethod: "updateProducers",
        id: input.producer_id,
        changes: { status: input.status, status_reason: input.status === "suspended" ? (input.reason?.normalize("NFC").trim() ?? null) : null },
      }))
    )
    return new WorkflowResponse(producer)
  }
)
