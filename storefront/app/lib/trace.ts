/**
 * The traceability store API as the storefront reads it (docs/traceability.md:
 * `GET /store/trace/items/:gtin[/lots/:lot]`), and the pure helpers that turn a
 * batch record into what a consumer reads: business steps in words, times in the
 * event's own offset, units, expiry, and why a record failed verification.
 */
import type { OcopCertificate } from "./catalog"
import type { Lang } from "./i18n"
import type { LegalForm } from "./ocop"

export type TraceProducer = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm | string
  province: string
  commune: string
  street: string | null
  former_locality?: string | null
  phone: string | null
  email?: string | null
  logo_url?: string | null
  verified: boolean
}

/** A product variant with a GTIN, as the resolver describes it. */
export type TraceItem = {
  gtin: string
  variant: { id: string; title: string; sku: string | null }
  product: { id: string; handle: string; title: string; subtitle: string | null; thumbnail: string | null; origin: string | null }
  producer: TraceProducer | null
  /** The certificate valid today, `null` when none is: then no stars anywhere. */
  ocop: OcopCertificate | null
  certificates: OcopCertificate[]
}

export type AreaType = "crop_area" | "aquaculture_area" | "packing_house"

export type GrowingArea = {
  id: string
  code: string
  area_type: AreaType | string
  name: string
  crop: string | null
  area_ha: number | null
  province: string | null
  commune: string | null
  latitude: number | null
  longitude: number | null
  issuer: string | null
  valid_from?: string | null
  valid_to?: string | null
  certifications: string[] | null
}

/** An EPCIS quantity: a GTIN (and lot) or a plain description, with a UN/ECE Rec 20 unit. */
export type TraceQuantity = { gtin?: string | null; lot?: string | null; description?: string | null; quantity: number; uom: string }

export type TraceEvent = {
  id: string
  sequence: number
  event_type: string
  event_time: string
  event_timezone: string
  action: string | null
  biz_step: string
  disposition: string | null
  read_point: string | null
  biz_location: string | null
  inputs: TraceQuantity[] | null
  outputs: TraceQuantity[] | null
  note: string | null
  corrects_event_id: string | null
}

export type BatchStatus = "draft" | "published" | "withdrawn"

export type TraceBatch = {
  id: string
  gtin: string
  lot: string
  status: BatchStatus
  harvest_date: string | null
  production_date: string
  expiry_date: string | null
  quantity: number
  unit: string
  standards: string[] | null
  published_at: string | null
  withdrawn_at: string | null
  withdrawal_reason: string | null
  record_hash: string | null
  key_id: string | null
  growing_areas: (GrowingArea | null)[] | null
  events: (TraceEvent | null)[] | null
}

export type Verification = { status: "verified" | "tampered" | "unsigned"; reason?: string }

export type ScanSignal = { scans: number; places: number; suspicious: boolean; reasons: string[] }

/** `GET /store/trace/items/:gtin/lots/:lot` (200, or 410 when withdrawn). */
export type BatchResolution = { item: TraceItem; batch: TraceBatch; verification: Verification; scans: ScanSignal }

export type BatchSummary = { lot: string; production_date: string; expiry_date: string | null; status: BatchStatus }

/** `GET /store/trace/items/:gtin`. */
export type ItemResolution = { item: TraceItem; batches: BatchSummary[] }

// --- Words ---------------------------------------------------------------------

type Words = Record<Lang, string>

/** CBV 2.0 business steps and the farm steps the backend adds (harvesting, fishing…). */
const BIZ_STEPS: Record<string, Words> = {
  commissioning: { vi: "Khởi tạo", en: "Commissioning" },
  planting: { vi: "Gieo trồng", en: "Planting" },
  caring: { vi: "Chăm sóc", en: "Tending" },
  harvesting: { vi: "Thu hoạch", en: "Harvesting" },
  fishing: { vi: "Đánh bắt", en: "Fishing" },
  transforming: { vi: "Chế biến", en: "Processing" },
  processing: { vi: "Chế biến", en: "Processing" },
  creating_class_instance: { vi: "Sản xuất", en: "Production" },
  assembling: { vi: "Lắp ráp", en: "Assembling" },
  packing: { vi: "Đóng gói", en: "Packing" },
  repackaging: { vi: "Đóng gói lại", en: "Repackaging" },
  encoding: { vi: "In mã", en: "Labelling" },
  inspecting: { vi: "Kiểm tra", en: "Inspection" },
  sampling: { vi: "Lấy mẫu", en: "Sampling" },
  storing: { vi: "Lưu kho", en: "Storage" },
  stocking: { vi: "Nhập kho", en: "Stocking" },
  holding: { vi: "Tạm giữ", en: "On hold" },
  loading: { vi: "Xếp hàng", en: "Loading" },
  unloading: { vi: "Dỡ hàng", en: "Unloading" },
  shipping: { vi: "Xuất hàng", en: "Shipping" },
  departing: { vi: "Rời kho", en: "Departure" },
  transporting: { vi: "Vận chuyển", en: "Transport" },
  arriving: { vi: "Đến nơi", en: "Arrival" },
  receiving: { vi: "Nhận hàng", en: "Receiving" },
  accepting: { vi: "Tiếp nhận", en: "Acceptance" },
  retail_selling: { vi: "Bán lẻ", en: "Retail sale" },
  destroying: { vi: "Tiêu huỷ", en: "Destruction" },
  decommissioning: { vi: "Ngừng sử dụng", en: "Decommissioning" },
  other: { vi: "Khác", en: "Other" },
}

const DISPOSITIONS: Record<string, Words> = {
  conformant: { vi: "Đạt", en: "Conformant" },
  non_conformant: { vi: "Không đạt", en: "Non-conformant" },
  in_transit: { vi: "Đang vận chuyển", en: "In transit" },
  in_progress: { vi: "Đang thực hiện", en: "In progress" },
  recalled: { vi: "Bị thu hồi", en: "Recalled" },
  expired: { vi: "Hết hạn", en: "Expired" },
  damaged: { vi: "Hư hỏng", en: "Damaged" },
  destroyed: { vi: "Đã tiêu huỷ", en: "Destroyed" },
  sellable_accessible: { vi: "Sẵn sàng bán", en: "Ready for sale" },
  retail_sold: { vi: "Đã bán", en: "Sold" },
}

/** UN/ECE Recommendation 20 codes (EPCIS `uom`) in words. */
const UNITS: Record<string, Words> = {
  KGM: { vi: "kg", en: "kg" },
  GRM: { vi: "g", en: "g" },
  MGM: { vi: "mg", en: "mg" },
  TNE: { vi: "tấn", en: "t" },
  LTR: { vi: "lít", en: "L" },
  MLT: { vi: "ml", en: "ml" },
  H87: { vi: "cái", en: "pcs" },
}

const AREA_TYPES: Record<string, Words> = {
  crop_area: { vi: "Vùng trồng", en: "Growing area" },
  aquaculture_area: { vi: "Vùng nuôi, khai thác thủy sản", en: "Aquaculture or fishing area" },
  packing_house: { vi: "Cơ sở đóng gói", en: "Packing house" },
}

/** The last part of a URI (`urn:epcglobal:cbv:bizstep:packing`, `https://…/voc/Bizstep-packing`). */
function shortName(value: string): string {
  const tail = value.split(/[:/#]/).pop() ?? value
  return tail.replace(/^(bizstep|disp|BizStep|Bizstep|Disp)-/i, "")
}

function humanize(value: string): string {
  const text = value.replace(/_/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A business step in words ("packing" → "Đóng gói"); an unknown step keeps its own name. */
export function bizStepLabel(step: string, lang: Lang): string {
  const name = shortName(step)
  return BIZ_STEPS[name]?.[lang] ?? humanize(name)
}

export function dispositionLabel(disposition: string, lang: Lang): string {
  const name = shortName(disposition)
  return DISPOSITIONS[name]?.[lang] ?? humanize(name)
}

/** Dispositions worth telling a consumer; "active" and the like say nothing to them. */
export function isNotableDisposition(disposition: string | null | undefined): disposition is string {
  return !!disposition && shortName(disposition) in DISPOSITIONS
}

export function areaTypeLabel(type: string, lang: Lang): string {
  return AREA_TYPES[type]?.[lang] ?? humanize(type)
}

const numberFormat: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }),
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat[lang].format(value)
}

/** "1.200 kg Cá cơm than tươi"; a quantity of another lot names that lot. */
export function formatQuantity(q: TraceQuantity, lang: Lang): string {
  const unit = UNITS[q.uom]?.[lang] ?? q.uom
  const what = q.description || (q.gtin ? `GTIN ${q.gtin}` : "")
  const lot = q.lot ? ` (${lang === "vi" ? "lô" : "lot"} ${q.lot})` : ""
  return `${formatNumber(q.quantity, lang)} ${unit}${what ? ` ${what}` : ""}${lot}`.trim()
}

// --- Time ------------------------------------------------------------------------

const OFFSET = /^([+-])(\d{2}):(\d{2})$/

/** Minutes east of UTC of an offset like "+07:00"; Vietnam's +07:00 when it cannot be read. */
export function offsetMinutes(offset: string | null | undefined): number {
  const m = OFFSET.exec(offset ?? "")
  if (!m) return 7 * 60
  const minutes = Number(m[2]) * 60 + Number(m[3])
  return m[1] === "-" ? -minutes : minutes
}

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * An event's time as it was on the clock where it happened: "02/03/2026 05:30 (+07:00)".
 * Empty for a value that is not a date.
 */
export function formatEventTime(time: string, offset: string | null | undefined): string {
  const instant = Date.parse(time)
  if (Number.isNaN(instant)) return ""
  const minutes = offsetMinutes(offset)
  const local = new Date(instant + minutes * 60_000)
  const sign = minutes < 0 ? "-" : "+"
  const abs = Math.abs(minutes)
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} (${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`
}

/** The event time with its offset, for `<time dateTime>`: "2026-03-02T05:30+07:00". */
export function eventDateTime(time: string, offset: string | null | undefined): string {
  const instant = Date.parse(time)
  if (Number.isNaN(instant)) return ""
  const minutes = offsetMinutes(offset)
  const local = new Date(instant + minutes * 60_000)
  const sign = minutes < 0 ? "-" : "+"
  const abs = Math.abs(minutes)
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

const vnDay = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Ho_Chi_Minh" })

/** Whether the batch is past its expiry date (Vietnam's calendar day: it is good through that day). */
export function isPastExpiry(expiry: string | null | undefined, now: Date = new Date()): boolean {
  if (!expiry) return false
  const date = new Date(expiry)
  if (Number.isNaN(date.getTime())) return false
  return vnDay.format(now) > vnDay.format(date)
}

/**
 * The expiry a label's Digital Link carries (`?17=YYMMDD`) as yyyy-mm-dd, or null when absent
 * or not a date. Day 00 means the end of the month (GS1). Years 00–49 are 20xx, 50–99 are 19xx
 * (the GS1 sliding window, simplified).
 */
export function labelExpiry(value: string | null | undefined): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(value ?? "")
  if (!m) return null
  const year = Number(m[1]) < 50 ? 2000 + Number(m[1]) : 1900 + Number(m[1])
  const month = Number(m[2])
  if (month < 1 || month > 12) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Number(m[3]) === 0 ? last : Number(m[3])
  if (day > last) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/** True when the label's `?17=` and the batch record disagree on the expiry day. */
export function expiryMismatch(label: string | null | undefined, recordExpiry: string | null | undefined): boolean {
  const fromLabel = labelExpiry(label)
  if (!fromLabel || !recordExpiry) return false
  const date = new Date(recordExpiry)
  if (Number.isNaN(date.getTime())) return false
  return vnDay.format(date) !== fromLabel
}

// --- Verification ----------------------------------------------------------------

/** Why a record is "tampered", in the reader's language (the API explains in English). */
export function tamperReason(reason: string | null | undefined, lang: Lang): string {
  const text = (reason ?? "").trim()
  if (lang === "en") return text ? text.charAt(0).toUpperCase() + text.slice(1) : "The record does not match its signature"
  let m: RegExpExecArray | null
  if ((m = /event (\d+) was changed/i.exec(text))) return `Bước thứ ${m[1]} đã bị sửa sau khi được ghi nhận.`
  if ((m = /event (\d+) does not follow/i.exec(text))) return `Từ bước thứ ${m[1]}, có bước đã bị xoá, chèn thêm hoặc đổi thứ tự.`
  if (/missing from the start/i.test(text)) return "Các bước đầu tiên đã bị xoá."
  if (/missing at the end/i.test(text)) return "Các bước cuối cùng đã bị xoá."
  if (/key we do not know/i.test(text)) return "Hồ sơ được ký bằng một khoá không phải của Chợ OCOP."
  if (/does not match its signature/i.test(text) || text === "") return "Thông tin lô hàng đang lưu không khớp với bản đã ký."
  if (/chain is broken/i.test(text)) return "Chuỗi các bước đã bị thay đổi."
  return text
}

// --- Certificates ----------------------------------------------------------------

/** The most recent certificate that has already ended, to explain why no stars are shown. */
export function lastExpiredCertificate(certificates: OcopCertificate[] | null | undefined, now: Date = new Date()): OcopCertificate | null {
  const ended = (certificates ?? [])
    .filter((c) => c.valid === false || Date.parse(c.expires_at) <= now.getTime())
    .filter((c) => Date.parse(c.decision_date) <= now.getTime())
    .sort((a, b) => Date.parse(b.expires_at) - Date.parse(a.expires_at))
  return ended[0] ?? null
}

/** Standards a batch applies: its own, then its growing areas' certifications, without repeats. */
export function appliedStandards(batch: Pick<TraceBatch, "standards" | "growing_areas">): string[] {
  const all = [...(batch.standards ?? []), ...(batch.growing_areas ?? []).flatMap((a) => a?.certifications ?? [])]
  return [...new Set(all.map((s) => s.trim()).filter(Boolean))]
}

/** An OpenStreetMap link centred on a point (no map library needed). */
export function osmLink(latitude: number, longitude: number, zoom = 14): string {
  const lat = Number(latitude.toFixed(5))
  const lon = Number(longitude.toFixed(5))
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`
}

/** Coordinates as people read them: "21.0725° N, 107.4236° E". */
export function formatCoordinates(latitude: number, longitude: number): string {
  const ns = latitude >= 0 ? "N" : "S"
  const ew = longitude >= 0 ? "E" : "W"
  return `${Math.abs(latitude).toFixed(4)}° ${ns}, ${Math.abs(longitude).toFixed(4)}° ${ew}`
}

/** Non-null events in sequence order, and growing areas without holes. */
export function batchEvents(batch: Pick<TraceBatch, "events">): TraceEvent[] {
  return (batch.events ?? []).filter((e): e is TraceEvent => !!e).sort((a, b) => a.sequence - b.sequence)
}

export function batchAreas(batch: Pick<TraceBatch, "growing_areas">): GrowingArea[] {
  return (batch.growing_areas ?? []).filter((a): a is GrowingArea => !!a)
}

// --- Invalid keys ------------------------------------------------------------------

export type InvalidKeyReason =
  | "trace.invalid.gtinCheck"
  | "trace.invalid.gtinLength"
  | "trace.invalid.gtinDigits"
  | "trace.invalid.gtinZeros"
  | "trace.invalid.lotLength"
  | "trace.invalid.lotChars"
  | "trace.invalid.other"

/** Why the resolver refused a key (its 400 message, in English), as a message key for the reader. */
export function invalidKeyReason(message: string | null | undefined): InvalidKeyReason {
  const text = message ?? ""
  if (/check digit/i.test(text)) return "trace.invalid.gtinCheck"
  if (/must contain only digits/i.test(text)) return "trace.invalid.gtinDigits"
  if (/8, 12, 13 or 14 digits|GTIN is required/i.test(text)) return "trace.invalid.gtinLength"
  if (/all zeros/i.test(text)) return "trace.invalid.gtinZeros"
  if (/characters; at most|too big|at most 20/i.test(text)) return "trace.invalid.lotLength"
  if (/does not allow|not valid UTF-8|not followed by two hex/i.test(text)) return "trace.invalid.lotChars"
  return "trace.invalid.other"
}
