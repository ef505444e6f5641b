/**
 * What is hashed and signed for a batch, built the same way when writing and
 * when verifying, from the stored rows. Changing any stored field changes the
 * hash, so a tampered row is detected.
 */
import { batchRecordPayload, type BatchRecordSchema } from "@ocop/traceability"

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)

export type EventRow = {
  sequence: number
  event_type: string
  event_time: string | Date
  event_timezone: string
  action?: string | null
  biz_step: string
  disposition?: string | null
  read_point?: string | null
  biz_location?: string | null
  inputs?: unknown
  outputs?: unknown
  note?: string | null
  corrects_event_id?: string | null
}

/** The fields of an event covered by its hash. */
export function hashableEvent(event: EventRow) {
  return {
    sequence: event.sequence,
    event_type: event.event_type,
    event_time: iso(event.event_time),
    event_timezone: event.event_timezone,
    action: event.action ?? null,
    biz_step: event.biz_step,
    disposition: event.disposition ?? null,
    read_point: event.read_point ?? null,
    biz_location: event.biz_location ?? null,
    inputs: event.inputs ?? null,
    outputs: event.outputs ?? null,
    note: event.note ?? null,
    corrects_event_id: event.corrects_event_id ?? null,
  }
}

export type BatchRow = {
  gtin: string
  lot: string
  production_date: string | Date
  harvest_date?: string | Date | null
  expiry_date?: string | Date | null
  quantity: number
  unit: string
  standards?: unknown
  growing_areas?: ({ code: string } | null)[] | null
}

/** The payload signed for a published batch, in the current layout or the one a stored record was signed in. */
export function batchPayload(
  batch: BatchRow,
  context: { productTitle: string; producerName: string; headEventHash: string | null },
  schema?: BatchRecordSchema
) {
  return batchRecordPayload({
    gtin: batch.gtin,
    lot: batch.lot,
    product_title: context.productTitle,
    producer_name: context.producerName,
    harvest_date: batch.harvest_date ?? null,
    production_date: batch.production_date,
    expiry_date: batch.expiry_date ?? null,
    quantity: batch.quantity,
    unit: batch.unit,
    growing_area_codes: (batch.growing_areas ?? []).filter(Boolean).map((a) => a!.code).sort(),
    standards: (batch.standards as string[] | null) ?? [],
    head_event_hash: context.headEventHash,
  }, schema)
}
