import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { appendTraceEventsWorkflow } from "../../../../../workflows/traceability/workflows/append-trace-events"
import { refetchBatch } from "../../helpers"
import type { AdminAppendEvents } from "../../validators"

/** Appends supply-chain events to a batch (events are never edited: a correction is a new event). */
export const POST = async (req: MedusaRequest<AdminAppendEvents>, res: MedusaResponse) => {
  const { events } = req.validatedBody as AdminAppendEvents
  await appendTraceEventsWorkflow(req.scope).run({ input: { batch_id: req.params.id, events: events as any } })
  res.status(201).json({ production_batch: await refetchBatch(req, req.params.id) })
}
