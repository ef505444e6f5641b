// The trace event input (EPCIS 2.0 shaped) with CBV 2.0 vocabularies, and its validator.
import { checkGs1Text } from "./digital-link"
import { TraceInputError } from "./errors"
import { gtinCheckDigit, toGtin14 } from "./gtin"

export const EVENT_TYPES = ["ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent", "AssociationEvent"] as const
export type TraceEventType = (typeof EVENT_TYPES)[number]
export const ACTIONS = ["ADD", "OBSERVE", "DELETE"] as const
export type TraceAction = (typeof ACTIONS)[number]

/** CBV 2.0 business steps (short names as in the EPCIS 2.0 JSON-LD context). */
export const CBV_BIZ_STEPS = [
  "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance",
  "cycle_counting", "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding",
  "entering_exiting", "holding", "inspecting", "installing", "killing", "loading", "other", "packing", "picking",
  "receiving", "removing", "repackaging", "repairing", "replacing", "reserving", "retail_selling", "sampling",
  "sensor_reporting", "shipping", "staging_outbound", "stock_taking", "stocking", "storing", "transporting",
  "unloading", "unpacking", "void_shipping",
] as const
/** Farm and processing steps that CBV 2.0 lacks; exported to EPCIS as URIs under the site's vocabulary. */
export const OCOP_BIZ_STEPS = ["planting", "caring", "harvesting", "fishing", "processing", "transforming"] as const
/** CBV 2.0 dispositions. */
export const CBV_DISPOSITIONS = [
  "active", "available", "completeness_verified", "completeness_inferred", "conformant", "container_closed",
  "container_open", "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired", "in_progress", "in_transit",
  "inactive", "mismatch_instance", "mismatch_class", "mismatch_quantity", "needs_replacement", "no_pedigree_match",
  "non_conformant", "non_sellable_other", "partially_dispensed", "recalled", "reserved", "retail_sold", "returned",
  "sellable_accessible", "sellable_not_accessible", "stolen", "unavailable", "unknown",
] as const

/** Common unit words and their UN/ECE Recommendation 20 codes (EPCIS `uom`). */
const UOM_ALIASES: Record<string, string> = {
  kg: "KGM", g: "GRM", mg: "MGM", t: "TNE", "tấn": "TNE", l: "LTR", "lít": "LTR", ml: "MLT",
  pcs: "H87", piece: "H87", "cái": "H87", "chiếc": "H87", "quả": "H87", "con": "H87",
}

export interface TraceItem {
  /** GTIN of the item (stored as 14 digits); absent with no description = this batch */
  gtin?: string
  lot?: string
  /** what it is when it has no GTIN, e.g. "Mực tươi" */
  description?: string
  quantity: number
  /** UN/ECE Rec 20 code, e.g. KGM, LTR, H87 */
  uom: string
}

export interface TraceEventInput {
  event_type: TraceEventType
  /** ISO 8601 instant, normalised to UTC ("…Z") */
  event_time: string
  /** the local offset where it happened, e.g. "+07:00" */
  event_timezone: string
  action?: TraceAction
  /** CBV short name (e.g. "harvesting", "packing") or a URI */
  biz_step: string
  disposition?: string
  /** a GLN (13 digits), a URI or a place code such as a growing-area code */
  read_point?: string
  biz_location?: string
  inputs?: TraceItem[]
  outputs?: TraceItem[]
  /** AggregationEvent / AssociationEvent parent: an SSCC (18 digits) or a URI */
  parent_id?: string
  /** TransactionEvent business transactions (CBV type such as "po", "inv", "desadv"; id a URI) */
  biz_transactions?: { type?: string; id: string }[]
  corrects_event_id?: string
  note?: string
}

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/** Checks and normalises a trace event; throws TraceInputError (field like "outputs[0].quantity"). */
export function validateTraceEvent(e: unknown): TraceEventInput {
  if (!e || typeof e !== "object" || Array.isArray(e)) throw new TraceInputError("event", "A trace event must be an object")
  const raw = e as Record<string, unknown>
  const type = raw.event_type as TraceEventType
  if (!EVENT_TYPES.includes(type)) {
    throw new TraceInputError("event_type", `Unknown event type "${String(raw.event_type)}" (expected one of ${EVENT_TYPES.join(", ")})`)
  }
  const out: TraceEventInput = {
    event_type: type,
    event_time: eventTime(raw.event_time),
    event_timezone: timezone(raw.event_timezone),
    biz_step: vocabulary(raw.biz_step, "biz_step", "business step", [...CBV_BIZ_STEPS, ...OCOP_BIZ_STEPS], ["urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"]),
  }
  if (type === "TransformationEvent") {
    if (raw.action != null) throw new TraceInputError("action", "A TransformationEvent has no action (ADD/OBSERVE/DELETE)")
  } else {
    const action = typeof raw.action === "string" ? raw.action.toUpperCase() : raw.action
    if (!ACTIONS.includes(action as TraceAction)) {
      throw new TraceInputError("action", `A ${type} needs an action: ADD, OBSERVE or DELETE (got "${String(raw.action)}")`)
    }
    out.action = action as TraceAction
  }
  if (raw.disposition != null) {
    out.disposition = vocabulary(raw.disposition, "disposition", "disposition", CBV_DISPOSITIONS, ["urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"])
  }
  if (raw.read_point != null) out.read_point = place(raw.read_point, "read_point")
  if (raw.biz_location != null) out.biz_location = place(raw.biz_location, "biz_location")
  if (raw.inputs != null) out.inputs = items(raw.inputs, "inputs")
  if (raw.outputs != null) out.outputs = items(raw.outputs, "outputs")
  if (type === "TransformationEvent" && (!out.inputs?.length || !out.outputs?.length)) {
    throw new TraceInputError(out.inputs?.length ? "outputs" : "inputs", "A TransformationEvent needs at least one input and one output")
  }
  if (raw.parent_id != null) out.parent_id = parentId(raw.parent_id)
  if (!out.parent_id && (type === "AssociationEvent" || (type === "AggregationEvent" && out.action !== "OBSERVE"))) {
    throw new TraceInputError("parent_id", `A ${type} with action ${out.action} needs a parent_id (an SSCC or a URI)`)
  }
  if (raw.biz_transactions != null) out.biz_transactions = bizTransactions(raw.biz_transactions)
  if (type === "TransactionEvent" && !out.biz_transactions?.length) {
    throw new TraceInputError("biz_transactions", "A TransactionEvent needs at least one business transaction (e.g. an order or invoice)")
  }
  if (raw.corrects_event_id != null) out.corrects_event_id = text(raw.corrects_event_id, "corrects_event_id", 200)
  if (raw.note != null) out.note = text(raw.note, "note", 2000)
  return out
}

function eventTime(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : value
  if (typeof text !== "string" || !ISO_INSTANT.test(text) || Number.isNaN(Date.parse(text))) {
    throw new TraceInputError("event_time", `event_time "${String(value)}" must be an ISO 8601 date-time with a time zone, e.g. 2025-03-01T08:30:00+07:00`)
  }
  return new Date(text).toISOString()
}

function timezone(value: unknown): string {
  const m = typeof value === "string" ? /^([+-])(\d{2}):(\d{2})$/.exec(value) : null
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : NaN
  if (!m || Number(m[3]) > 59 || minutes < -12 * 60 || minutes > 14 * 60) {
    throw new TraceInputError("event_timezone", `event_timezone "${String(value)}" must be an offset from -12:00 to +14:00 such as "+07:00"`)
  }
  return value as string
}

function vocabulary(value: unknown, field: string, label: string, known: readonly string[], prefixes: string[]): string {
  if (typeof value === "string") {
    const prefix = prefixes.find((p) => value.startsWith(p))
    const short = prefix ? value.slice(prefix.length) : value
    if (known.includes(short)) return short
    if (!prefix && /^(https?:\/\/[^/\s]+\/\S*|urn:\S+)$/i.test(value)) return value // user vocabulary URI
  }
  throw new TraceInputError(field, `Unknown ${label} "${String(value)}" (use a CBV name such as ${known.slice(0, 4).join(", ")}, or a URI)`)
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== "string" || value.trim() === "") throw new TraceInputError(field, `${field} must be a non-empty text`)
  if (value.length > max) throw new TraceInputError(field, `${field} is longer than ${max} characters`)
  return value
}

function place(value: unknown, field: string): string {
  const v = text(value, field, 200)
  if (/^\d{13}$/.test(v) && gtinCheckDigit(v.slice(0, 12)) !== Number(v[12])) {
    throw new TraceInputError(field, `GLN ${v} has a wrong check digit: the last digit should be ${gtinCheckDigit(v.slice(0, 12))}`)
  }
  if (/\s/.test(v) && !URI.test(v)) throw new TraceInputError(field, `${field} "${v}" must be a GLN, a URI or a code without spaces`)
  return v
}

function parentId(value: unknown): string {
  const v = text(value, "parent_id", 300)
  if (/^\d{18}$/.test(v)) {
    const expected = gtinCheckDigit(v.slice(0, 17))
    if (Number(v[17]) !== expected) throw new TraceInputError("parent_id", `SSCC ${v} has a wrong check digit: the last digit should be ${expected}`)
    return v
  }
  if (!URI.test(v)) throw new TraceInputError("parent_id", `parent_id "${v}" must be an SSCC (18 digits) or a URI`)
  return v
}

function items(value: unknown, field: string): TraceItem[] {
  if (!Array.isArray(value)) throw new TraceInputError(field, `${field} must be a list`)
  return value.map((item, i) => {
    const f = `${field}[${i}]`
    if (!item || typeof item !== "object") throw new TraceInputError(f, `${f} must be an object`)
    const it = item as Record<string, unknown>
    if (typeof it.quantity !== "number" || !Number.isFinite(it.quantity) || it.quantity <= 0) {
      throw new TraceInputError(`${f}.quantity`, `${f}.quantity must be a number greater than 0 (got ${String(it.quantity)})`)
    }
    const quantity = it.quantity
    const unit = uom(it.uom, `${f}.uom`)
    const out = {} as TraceItem
    if (it.gtin != null) out.gtin = toGtin14(String(it.gtin), `${f}.gtin`)
    if (it.lot != null) out.lot = checkGs1Text(it.lot, `${f}.lot`, "batch/lot")
    if (it.description != null) out.description = text(it.description, `${f}.description`, 200)
    if (out.lot && !out.gtin && !out.description) {
      throw new TraceInputError(`${f}.lot`, `${f} has a lot but no GTIN or description to say what it is a lot of`)
    }
    out.quantity = quantity
    out.uom = unit
    return out
  })
}

function uom(value: unknown, field: string): string {
  if (typeof value === "string") {
    const alias = UOM_ALIASES[value.trim().toLowerCase()]
    if (alias) return alias
    if (/^[A-Z0-9]{2,3}$/.test(value)) return value
  }
  throw new TraceInputError(field, `Unit "${String(value)}" is not a UN/ECE Rec 20 code such as KGM, GRM, LTR or H87 (or kg, g, l, ml, cái)`)
}

function bizTransactions(value: unknown): { type?: string; id: string }[] {
  if (!Array.isArray(value)) throw new TraceInputError("biz_transactions", "biz_transactions must be a list")
  return value.map((t, i) => {
    const f = `biz_transactions[${i}]`
    const rec = (t ?? {}) as Record<string, unknown>
    const id = text(rec.id, `${f}.id`, 300)
    if (!URI.test(id)) throw new TraceInputError(`${f}.id`, `${f}.id "${id}" must be a URI (e.g. urn:epcglobal:cbv:bt:0614141000005:PO-1)`)
    return rec.type == null ? { id } : { type: text(rec.type, `${f}.type`, 100), id }
  })
}
