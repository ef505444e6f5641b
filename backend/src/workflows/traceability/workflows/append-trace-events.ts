import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE, type TraceEventInput } from "@ocop/traceability"
import { updateEntityStep } from "../../common/update-entity"
import { prepareTraceEventsStep } from "../steps/prepare-trace-events"
import { signBatchRecordStep } from "../steps/sign-batch-record"

export const appendTraceEventsWorkflowId = "append-trace-events"

/** Appends events to a batch's chain. */
export const appendTraceEventsWorkflow = createWorkflow(appendTraceEventsWorkflowId, (input: { batch_id: string; events: TraceEventInput[] }) => {
  const prepared = prepareTraceEventsStep(input)
  const created = createEntitiesStep({
    moduleRegistrationName: TRACEABILITY_MODULE,
    invokeMethod: "createTraceEvents",
    compensateMethod: "deleteTraceEvents",
    data: prepared.rows,
  }).config({ name: "create-trace-event-rows" })
  // A published batch is signed again over its new head event; a draft is signed when published.
  const signed = signBatchRecordStep({ batch_id: input.batch_id, only_if_published: true })
  const update = transform({ input, signed }, ({ input, signed }) => ({ module: TRACEABILITY_MODULE, retrieveMethod: "retrieveProductionBatch",
    updateMethod: "updateProductionBatches", id: input.batch_id, changes: signed }))
  updateEntityStep(update)
  return new WorkflowResponse(created as unknown as { id: string; sequence: number; hash: string }[])
})
