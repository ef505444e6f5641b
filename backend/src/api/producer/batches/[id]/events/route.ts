import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchView } from "../../../../../lib/trace/batches"
import { appendTraceEventsWorkflow } from "../../../../../workflows/traceability/workflows/append-trace-events"
import { ownBatch } from "../../helpers"
import type { ProducerAppendEvents } from "../../validators"

/** Appends supply-chain events to one of the producer's batches (never edited: a correction is a new event). */
export const POST = async (req: MedusaRequest<ProducerAppendEvents>, res: MedusaResponse) => {
  await ownBatch(req, req.params.id)
  const { events } = req.validatedBody as ProducerAppendEvents
  await appendTraceEventsWorkflow(req.scope).run({ input: { batch_id: req.params.id, events: events as any } })
  res.status(201).json({ production_batch: await batchView(req.scope, req.params.id) })
}
