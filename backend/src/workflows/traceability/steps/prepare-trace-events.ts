import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventHash, validateTraceEvent, TRACEABILITY_MODULE, type TraceabilityModuleService, type TraceEventInput } from "@ocop/traceability"
import { hashableEvent } from "../../../lib/trace/records"
import { asInvalidData, invalid } from "../errors"

export const prepareTraceEventsStepId = "prepare-trace-events"

/**
 * Validates new events (EPCIS shape), numbers them after the batch's last
 * event and chains their hashes. A withdrawn batch takes no more events; a
 * correction must name an event of the same batch. Reads only.
 */
export const prepareTraceEventsStep = createStep(
  prepareTraceEventsStepId,
  async (input: { batch_id: string; events: TraceEventInput[] }, { container }) => {
    const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const [batch] = await traceability.listProductionBatches({ id: input.batch_id }, { select: ["id", "status"] })
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${input.batch_id} not found`)
    if (batch.status === "withdrawn") throw invalid("This batch has been withdrawn: it takes no more events")
    const existing = await traceability.listTraceEvents({ batch_id: batch.id }, { select: ["id", "sequence", "hash"], order: { sequence: "DESC" } })
    const known = new Set(existing.map((e) => e.id))
    let previous: string | null = existing[0]?.hash ?? null
    let sequence = existing[0]?.sequence ?? 0
    const rows = input.events.map((raw) => {
      const event = asInvalidData(() => validateTraceEvent(raw))
      if (event.corrects_event_id && !known.has(event.corrects_event_id)) {
        throw invalid(`Event ${event.corrects_event_id} is not an event of this batch, so it cannot be corrected here`)
      }
      const row = {
        batch_id: batch.id,
        sequence: ++sequence,
        event_type: event.event_type,
        event_time: new Date(event.event_time),
        event_timezone: event.event_timezone,
        action: event.action ?? null,
        biz_step: event.biz_step,
        disposition: event.disposition ?? null,
        read_point: event.read_point ?? null,
        biz_location: event.biz_location ?? null,
        inputs: event.inputs ?? null,
        outputs: event.outputs ?? null,
        note: event.note?.normalize("NFC") ?? null,
        corrects_event_id: event.corrects_event_id ?? null,
        previous_hash: previous,
      }
      const hash = eventHash(hashableEvent(row), previous)
      previous = hash
      return { ...row, hash }
    })
    return new StepResponse({ rows })
  }
)
