// Export of a batch's trace events as an EPCIS 2.0 JSON-LD document (CBV 2.0 vocabulary, Digital Link class URIs).
import { checkGs1Text, encodeAiValue } from "./digital-link"
import { TraceInputError } from "./errors"
import { toIsoDate } from "./gs1-date"
import { toGtin14 } from "./gtin"
import { CBV_BIZ_STEPS, validateTraceEvent, type TraceEventInput, type TraceItem } from "./trace-event"

export * from "./trace-event"

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld"

/**
 * A stored event as read from the database (loosely typed: every event is validated with
 * validateTraceEvent before export). `id` becomes the eventID; `recorded_at` (or `created_at`)
 * is the declaration time of the error declaration a correcting event adds to the event it corrects.
 */
export interface EpcisSourceEvent {
  id?: string | null
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
  parent_id?: string | null
  biz_transactions?: unknown
  corrects_event_id?: string | null
  note?: string | null
  recorded_at?: Date | string | null
  created_at?: Date | string | null
}

type ExportEvent = TraceEventInput & { id?: string; recorded_at?: Date | string }

export interface EpcisExportInput {
  events: EpcisSourceEvent[]
  /** batch facts written as ILMD on the events that create the batch */
  batch?: { expiry_date?: Date | string | null; country_of_origin?: string | null } | null
  gtin: string
  lot: string
  /** origin used for Digital Link class URIs and the site's own identifiers, e.g. https://truyxuat.example.vn */
  baseUrl: string
  /** creationDate of the document (defaults to now) */
  now?: Date
}

type Json = Record<string, unknown>

/** An EPCIS 2.0 EPCISDocument holding `events` in the order given; each event is validated first. */
export function toEpcisDocument(input: EpcisExportInput): Json {
  if (typeof input.baseUrl !== "string" || !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/i.test(input.baseUrl)) {
    throw new TraceInputError("baseUrl", `The base URL "${String(input.baseUrl)}" must look like https://truyxuat.example.vn`)
  }
  const base = input.baseUrl.replace(/\/+$/, "")
  const batchClass = classUri(base, toGtin14(input.gtin), checkGs1Text(input.lot, "lot", "batch/lot"))
  const events = input.events.map((e, i) => {
    try {
      const event: ExportEvent = validateTraceEvent(e)
      if (e.id) event.id = e.id
      const recorded = e.recorded_at ?? e.created_at
      if (recorded) event.recorded_at = recorded
      return event
    } catch (err) {
      if (err instanceof TraceInputError) throw new TraceInputError(`events[${i}].${err.field}`, `Event ${i + 1}: ${err.message}`)
      throw err
    }
  })
  const corrections = new Map<string, { ids: string[]; time: string }>()
  for (const e of events) {
    if (!e.corrects_event_id || !e.id) continue
    const entry = corrections.get(e.corrects_event_id) ?? { ids: [], time: "" }
    const declared = inOffset(e.recorded_at ? new Date(e.recorded_at).toISOString() : e.event_time, e.event_timezone)
    entry.ids.push(eventUri(base, e.id))
    if (!entry.time || Date.parse(declared) < Date.parse(entry.time)) entry.time = declared
    corrections.set(e.corrects_event_id, entry)
  }
  return {
    "@context": [EPCIS_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: (input.now ?? new Date()).toISOString(),
    epcisBody: { eventList: events.map((e) => toEpcisEvent(e, base, batchClass, input, corrections.get(e.id ?? ""))) },
  }
}

function toEpcisEvent(e: ExportEvent, base: string, batchClass: string, input: EpcisExportInput, correction?: { ids: string[]; time: string }): Json {
  const out: Json = { type: e.event_type }
  if (e.id) out.eventID = eventUri(base, e.id)
  out.eventTime = inOffset(e.event_time, e.event_timezone)
  out.eventTimeZoneOffset = e.event_timezone
  if (e.action) out.action = e.action
  const quantities = (items?: TraceItem[]) => (items ?? []).map((it) => quantityElement(base, batchClass, it))
  const all = [...quantities(e.inputs), ...quantities(e.outputs)]
  switch (e.event_type) {
    case "TransformationEvent":
      out.inputQuantityList = quantities(e.inputs)
      out.outputQuantityList = quantities(e.outputs)
      break
    case "AggregationEvent":
    case "AssociationEvent":
      if (e.parent_id) out.parentID = parentUri(base, e.parent_id)
      if (all.length) out.childQuantityList = all
      break
    default: // ObjectEvent, TransactionEvent
      if (e.parent_id) out.parentID = parentUri(base, e.parent_id)
      out.quantityList = all.length ? all : [{ epcClass: batchClass }]
  }
  out.bizStep = (CBV_BIZ_STEPS as readonly string[]).includes(e.biz_step) || e.biz_step.includes(":") ? e.biz_step : `${base}/voc/BizStep-${e.biz_step}`
  if (e.disposition) out.disposition = e.disposition
  if (e.read_point) out.readPoint = { id: locationUri(base, e.read_point) }
  if (e.biz_location) out.bizLocation = { id: locationUri(base, e.biz_location) }
  if (e.biz_transactions) out.bizTransactionList = e.biz_transactions.map((t) => (t.type ? { type: t.type, bizTransaction: t.id } : { bizTransaction: t.id }))
  const createsBatch =
    (e.event_type === "ObjectEvent" && e.action === "ADD" && (out.quantityList as Json[]).some((q) => q.epcClass === batchClass)) ||
    (e.event_type === "TransformationEvent" && (out.outputQuantityList as Json[]).some((q) => q.epcClass === batchClass))
  if (createsBatch) out.ilmd = ilmd(input)
  if (correction) out.errorDeclaration = { declarationTime: correction.time, reason: "incorrect_data", correctiveEventIDs: correction.ids }
  return out
}

function ilmd(input: EpcisExportInput): Json {
  const out: Json = { "cbvmda:lotNumber": input.lot }
  if (input.batch?.expiry_date) out["cbvmda:itemExpirationDate"] = toIsoDate(input.batch.expiry_date, "batch.expiry_date")
  out["cbvmda:countryOfOrigin"] = input.batch?.country_of_origin ?? "VN"
  return out
}

function classUri(base: string, gtin14: string, lot?: string): string {
  return `${base}/01/${gtin14}` + (lot ? `/10/${encodeAiValue(lot)}` : "")
}

function quantityElement(base: string, batchClass: string, it: TraceItem): Json {
  let epcClass = batchClass
  if (it.gtin) epcClass = classUri(base, it.gtin, it.lot)
  else if (it.description) epcClass = `${base}/class/${encodeURIComponent(it.description)}` + (it.lot ? `?lot=${encodeURIComponent(it.lot)}` : "")
  return { epcClass, quantity: it.quantity, uom: it.uom }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** eventID of a stored event: a URI as is, a UUID as urn:uuid:, any other id under {base}/events/. */
export function eventUri(base: string, id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`
  if (HAS_SCHEME.test(id)) return id
  return `${base}/events/${encodeURIComponent(id)}`
}

function locationUri(base: string, place: string): string {
  if (/^\d{13}$/.test(place)) return `${base}/414/${place}` // GLN as a Digital Link
  if (HAS_SCHEME.test(place)) return place
  return `${base}/location/${encodeURIComponent(place)}`
}

function parentUri(base: string, parent: string): string {
  return /^\d{18}$/.test(parent) ? `${base}/00/${parent}` : parent // SSCC as a Digital Link
}

/** An ISO instant written in the given offset, e.g. 2025-03-01T01:30:00Z at +07:00 → 2025-03-01T08:30:00+07:00. */
export function inOffset(isoInstant: string, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  if (!m) throw new TraceInputError("event_timezone", `"${offset}" is not an offset like +07:00`)
  const minutes = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
  const t = new Date(isoInstant).getTime()
  const local = new Date(t + minutes * 60_000).toISOString() // shifted clock reading, then relabelled
  const ms = local.slice(19, 23)
  return local.slice(0, 19) + (ms === ".000" ? "" : ms) + offset
}
