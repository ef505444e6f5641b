import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "@ocop/traceability"

export const recordTraceScanWorkflowId = "record-trace-scan"

export type TraceScanInput = {
  /** The row's id, when the caller gave it one (queued scans: lib/trace/scan-queue.ts). */
  id?: string
  gtin: string
  lot?: string | null
  batch_id?: string | null
  country?: string | null
  region?: string | null
  city?: string | null
  client?: string | null
  /** When the label was resolved (a queued scan is written a moment later); now when absent. */
  scanned_at?: Date
}

/** Counts resolves of labels (coarse place, no personal data): one row per scan, one insert for all. */
export const recordTraceScanWorkflow = createWorkflow(recordTraceScanWorkflowId, (input: { scans: TraceScanInput[] }) => {
  const rows = transform({ input }, ({ input }) => input.scans.map((scan) => ({ ...scan, scanned_at: scan.scanned_at ?? new Date() })))
  const created = createEntitiesStep({
    moduleRegistrationName: TRACEABILITY_MODULE,
    invokeMethod: "createTraceScans",
    compensateMethod: "deleteTraceScans",
    data: rows,
  }).config({ name: "create-trace-scan-row" })
  return new WorkflowResponse(created)
})
