/**
 * The producer's traceability forms → bodies of `/producer/growing-areas`,
 * `/producer/batches` and `/producer/batches/:id/events` (the same rules as the operator's,
 * docs/traceability.md). Events are written on Vietnam's clock at +07:00. Pure.
 */
import type { MessageKey } from "./i18n"
import { parseDateInput, parseStock, vietnamLocalToIso } from "./producer-portal"

type FormLike = { get(name: string): unknown; getAll?(name: string): unknown[] }
type Errors = Record<string, MessageKey>

const text = (form: FormLike, name: string, max = 200) => String(form.get(name) ?? "").normalize("NFC").trim().slice(0, max)

export const AREA_TYPES = ["crop_area", "aquaculture_area", "packing_house"] as const
/** The steps a household records, in the order they happen (CBV 2.0 names and the backend's farm steps). */
export const EVENT_STEPS = ["planting", "caring", "harvesting", "fishing", "processing", "packing", "inspecting", "storing", "shipping"] as const
/** Units of an event's quantity (UN/ECE Rec. 20). */
export const EVENT_UNITS = ["KGM", "GRM", "TNE", "LTR", "MLT", "H87"] as const
/** Steps that create something (ADD); the others observe it. */
const ADDING_STEPS = new Set(["planting", "harvesting", "fishing", "processing", "packing"])

export type AreaValues = { code: string; area_type: string; name: string; crop: string; area_ha: string; commune: string }

export function readAreaForm(form: FormLike) {
  const values: AreaValues = {
    code: text(form, "code", 40).toUpperCase(),
    area_type: text(form, "area_type"),
    name: text(form, "name"),
    crop: text(form, "crop"),
    area_ha: text(form, "area_ha", 20),
    commune: text(form, "commune", 100),
  }
  const errors: Errors = {}
  if (!/^[A-Z0-9][A-Z0-9-]{2,39}$/.test(values.code)) errors.code = "portal.trace.area.code.hint"
  if (!(AREA_TYPES as readonly string[]).includes(values.area_type)) errors.area_type = "portal.invalid.required"
  if (!values.name) errors.name = "portal.invalid.required"
  if (!values.commune) errors.commune = "portal.invalid.required"
  const hectares = values.area_ha ? Number(values.area_ha.replace(",", ".")) : null
  if (hectares !== null && !(hectares > 0 && hectares <= 1_000_000)) errors.area_ha = "portal.invalid.number"
  if (Object.keys(errors).length) return { values, errors, body: null }
  return {
    values,
    errors,
    body: { areas: [{ code: values.code, area_type: values.area_type, name: values.name, commune: values.commune, ...(values.crop ? { crop: values.crop } : {}), ...(hectares ? { area_ha: hectares } : {}) }] },
  }
}

export type BatchValues = { variant_id: string; lot: string; production_date: string; expiry_date: string; quantity: string; unit: string; growing_area_ids: string[] }

export function readBatchForm(form: FormLike) {
  const values: BatchValues = {
    variant_id: text(form, "variant_id", 100),
    lot: text(form, "lot", 40).toUpperCase(),
    production_date: text(form, "production_date", 20),
    expiry_date: text(form, "expiry_date", 20),
    quantity: text(form, "quantity", 20),
    unit: text(form, "unit", 20),
    growing_area_ids: (form.getAll?.("growing_area_ids") ?? []).map(String).filter(Boolean).slice(0, 50),
  }
  const errors: Errors = {}
  if (!values.variant_id) errors.variant_id = "portal.invalid.required"
  // GS1 batch/lot: up to 20 characters of the GS1 set; a person types letters, digits and dashes.
  if (!/^[A-Z0-9][A-Z0-9./-]{0,19}$/.test(values.lot)) errors.lot = "portal.trace.batch.lot.hint"
  const produced = parseDateInput(values.production_date)
  if (!produced) errors.production_date = "portal.invalid.required"
  const expires = values.expiry_date ? parseDateInput(values.expiry_date) : null
  if (values.expiry_date && !expires) errors.expiry_date = "portal.invalid.date"
  const quantity = parseStock(values.quantity)
  if (!quantity) errors.quantity = "portal.invalid.number"
  if (!values.unit) errors.unit = "portal.invalid.required"
  if (Object.keys(errors).length || !produced || !quantity) return { values, errors, body: null }
  return {
    values,
    errors,
    body: {
      variant_id: values.variant_id,
      lot: values.lot,
      production_date: produced,
      ...(expires ? { expiry_date: expires } : {}),
      quantity,
      unit: values.unit,
      ...(values.growing_area_ids.length ? { growing_area_ids: values.growing_area_ids } : {}),
    },
  }
}

export type EventValues = { biz_step: string; event_time: string; description: string; quantity: string; uom: string; read_point: string; note: string }

export function readEventForm(form: FormLike) {
  const values: EventValues = {
    biz_step: text(form, "biz_step", 40),
    event_time: text(form, "event_time", 30),
    description: text(form, "description"),
    quantity: text(form, "quantity", 20),
    uom: text(form, "uom", 10),
    read_point: text(form, "read_point"),
    note: text(form, "note", 1000),
  }
  const errors: Errors = {}
  if (!(EVENT_STEPS as readonly string[]).includes(values.biz_step)) errors.biz_step = "portal.invalid.required"
  const time = vietnamLocalToIso(values.event_time)
  if (!time) errors.event_time = "portal.invalid.date"
  const quantity = values.quantity ? Number(values.quantity.replace(",", ".")) : null
  if (quantity !== null && !(quantity > 0)) errors.quantity = "portal.invalid.number"
  const uom = (EVENT_UNITS as readonly string[]).includes(values.uom) ? values.uom : "H87"
  if (Object.keys(errors).length || !time) return { values, errors, body: null }
  const output = values.description || quantity ? [{ ...(values.description ? { description: values.description } : {}), quantity: quantity ?? 1, uom }] : null
  return {
    values,
    errors,
    body: {
      events: [
        {
          event_type: "ObjectEvent",
          event_time: time,
          event_timezone: "+07:00",
          action: ADDING_STEPS.has(values.biz_step) ? "ADD" : "OBSERVE",
          biz_step: values.biz_step,
          ...(values.read_point ? { read_point: values.read_point } : {}),
          ...(output ? { outputs: output } : {}),
          ...(values.note ? { note: values.note } : {}),
        },
      ],
    },
  }
}
