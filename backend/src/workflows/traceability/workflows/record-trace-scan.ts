import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "@ocop/traceability"

export const recordTraceScanWorkflowId = "record-trace-scan"

export type TraceScanInput = {
  gtin: string
  lot?: string | null
  batch_id?: string | null
  country?: string | null
  region?: string | null
  city?: string | null
  client?: string | null
}

/** Counts one resolve of a label (coarse place, no personal data). */
export const recordTraceScanWorkflow = createWorkflow(recordTraceScanWorkflowId, (input: TraceScanInput) => {
  const rows = transform({ input }, ({ input }) => [{ ...input, scanned_at: new Date() }])
  const created = createEntitiesStep({
    moduleRegistrationName: TRACEABILITY_MODULE,
    invokeMethod: "createTraceScans",
    compensateMethod: "deleteTraceScans",
    data: rows,
  }).config({ name: "create-trace-scan-row" })
  return new WorkflowResponse(created)
})
