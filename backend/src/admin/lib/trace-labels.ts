/**
 * Vietnamese labels for the traceability vocabulary (batch statuses, area
 * types, EPCIS event types, CBV business steps and dispositions, units) and
 * the small formatting helpers of the traceability screens. The vocabularies
 * come from the traceability package's pure validator, so a label map that
 * misses a business step does not type-check.
 */
import { ACTIONS, CBV_BIZ_STEPS, CBV_DISPOSITIONS, OCOP_BIZ_STEPS, type TraceAction } from "@ocop/traceability/src/lib/trace-event"

export const BATCH_STATUSES = ["draft", "published", "withdrawn"] as const
export type BatchStatus = (typeof BATCH_STATUSES)[number]
export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = { draft: "Nháp", published: "Đã công bố", withdrawn: "Đã thu hồi" }
export const BATCH_STATUS_COLORS: Record<BatchStatus, "grey" | "green" | "red"> = { draft: "grey", published: "green", withdrawn: "red" }

export const AREA_TYPES = ["crop_area", "aquaculture_area", "packing_house"] as const
export type AreaType = (typeof AREA_TYPES)[number]
export const AREA_TYPE_LABELS: Record<AreaType, string> = { crop_area: "Vùng trồng", aquaculture_area: "Vùng nuôi", packing_house: "Cơ sở đóng gói" }
export const areaTypeLabel = (value?: string | null) => (value && AREA_TYPE_LABELS[value as AreaType]) || value || "–"

/** The event types the operator records by hand; the API knows the other EPCIS types too. */
export const FORM_EVENT_TYPES = ["ObjectEvent", "TransformationEvent"] as const
export type FormEventType = (typeof FORM_EVENT_TYPES)[number]
export const EVENT_TYPE_LABELS: Record<string, string> = {
  ObjectEvent: "Sự kiện đối tượng",
  TransformationEvent: "Chế biến/biến đổi",
  AggregationEvent: "Gộp/đóng kiện",
  TransactionEvent: "Giao dịch",
  AssociationEvent: "Liên kết",
}
export const eventTypeLabel = (value: string) => EVENT_TYPE_LABELS[value] ?? value

export { ACTIONS }
export type { TraceAction }
export const ACTION_LABELS: Record<TraceAction, string> = { ADD: "Tạo mới (ADD)", OBSERVE: "Ghi nhận (OBSERVE)", DELETE: "Kết thúc (DELETE)" }

type BizStep = (typeof CBV_BIZ_STEPS)[number] | (typeof OCOP_BIZ_STEPS)[number]
export const BIZ_STEP_LABELS: Record<BizStep, string> = {
  planting: "Gieo trồng/thả giống",
  caring: "Chăm sóc",
  harvesting: "Thu hoạch",
  fishing: "Khai thác/đánh bắt",
  processing: "Sơ chế",
  transforming: "Chế biến",
  commissioning: "Khởi tạo",
  inspecting: "Kiểm tra",
  sampling: "Lấy mẫu",
  packing: "Đóng gói",
  repackaging: "Đóng gói lại",
  unpacking: "Mở gói",
  encoding: "Gắn mã",
  storing: "Lưu kho",
  holding: "Tạm giữ",
  stocking: "Xếp kho",
  stock_taking: "Kiểm kê",
  cycle_counting: "Kiểm đếm định kỳ",
  picking: "Lấy hàng",
  loading: "Bốc hàng lên xe",
  unloading: "Dỡ hàng",
  staging_outbound: "Chuẩn bị xuất",
  departing: "Rời kho",
  shipping: "Xuất hàng",
  transporting: "Vận chuyển",
  arriving: "Đến nơi",
  receiving: "Nhận hàng",
  accepting: "Nghiệm thu",
  consigning: "Ký gửi",
  retail_selling: "Bán lẻ",
  dispensing: "Cấp phát",
  assembling: "Lắp ráp",
  disassembling: "Tháo rời",
  collecting: "Thu gom",
  creating_class_instance: "Tạo lô sản phẩm",
  decommissioning: "Ngừng sử dụng mã",
  destroying: "Tiêu hủy",
  killing: "Vô hiệu hóa mã",
  entering_exiting: "Ra/vào",
  installing: "Lắp đặt",
  removing: "Tháo gỡ",
  repairing: "Sửa chữa",
  replacing: "Thay thế",
  reserving: "Đặt trước",
  sensor_reporting: "Số liệu cảm biến",
  void_shipping: "Hủy xuất hàng",
  other: "Khác",
}
export const bizStepLabel = (value: string) => BIZ_STEP_LABELS[value as BizStep] ?? value

/** The business steps offered in the event form, in the order a batch goes through them. */
export const FORM_BIZ_STEPS: BizStep[] = [
  "planting",
  "caring",
  "harvesting",
  "fishing",
  "commissioning",
  "processing",
  "transforming",
  "inspecting",
  "sampling",
  "packing",
  "encoding",
  "storing",
  "shipping",
  "transporting",
  "receiving",
  "retail_selling",
  "destroying",
  "other",
]

type Disposition = (typeof CBV_DISPOSITIONS)[number]
export const DISPOSITION_LABELS: Partial<Record<Disposition, string>> = {
  active: "Đang lưu hành",
  in_progress: "Đang xử lý",
  in_transit: "Đang vận chuyển",
  conformant: "Đạt yêu cầu",
  non_conformant: "Không đạt yêu cầu",
  sellable_accessible: "Sẵn sàng bán",
  sellable_not_accessible: "Có thể bán, chưa lên kệ",
  available: "Sẵn có",
  reserved: "Đã đặt trước",
  retail_sold: "Đã bán lẻ",
  returned: "Bị trả lại",
  recalled: "Bị thu hồi",
  expired: "Hết hạn",
  damaged: "Hư hỏng",
  destroyed: "Đã tiêu hủy",
  inactive: "Ngừng lưu hành",
  unknown: "Không rõ",
}
export const dispositionLabel = (value?: string | null) => (value ? (DISPOSITION_LABELS[value as Disposition] ?? value) : "–")
export const FORM_DISPOSITIONS = Object.keys(DISPOSITION_LABELS) as Disposition[]

/** UN/ECE Rec 20 units the API takes for event quantities. */
export const UOMS = ["KGM", "GRM", "TNE", "LTR", "MLT", "H87"] as const
export const UOM_LABELS: Record<string, string> = { KGM: "kg", GRM: "g", TNE: "tấn", LTR: "lít", MLT: "ml", H87: "cái" }
/** In the unit select: H87 (a piece) is how bottles, jars and boxes are counted. */
export const UOM_OPTION_LABELS: Record<string, string> = { ...UOM_LABELS, H87: "cái/chai/hộp" }
export const uomLabel = (value: string) => UOM_LABELS[value] ?? value

export const UTC_OFFSETS = ["+07:00", "+08:00", "+09:00", "+00:00", "+01:00", "+02:00", "-05:00", "-08:00"] as const

/** "2026-09-01T00:30:00.000Z" at "+07:00" → "01/09/2026 07:30 (UTC+07:00)": the time where it happened. */
export function formatEventTime(instant: string, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0
  const date = new Date(new Date(instant).getTime() + minutes * 60_000)
  if (Number.isNaN(date.getTime())) return instant
  const two = (n: number) => String(n).padStart(2, "0")
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} (UTC${m ? offset : "+00:00"})`
}

/** A stored instant as date and time on the Vietnamese clock: "25/11/2026 14:05". */
export function formatDateTime(value?: string | null): string {
  if (!value) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "–"
  return date.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" })
}

/** Now on the Vietnamese clock, as a datetime-local value ("2026-09-01T07:30"). */
export function nowInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16)
}

export const COUNTERFEIT_REASON_LABELS: Record<string, string> = {
  too_many_scans: "Số lượt quét vượt xa số lượng sản phẩm của lô",
  too_many_places: "Mã được quét ở quá nhiều địa điểm khác nhau",
}

/** The verification's English reason, in Vietnamese (the patterns are those of the backend's verifier). */
export function verificationReason(reason?: string): string | null {
  if (!reason) return null
  const known: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^The batch has not been published yet/, () => "Lô chưa được công bố nên chưa có chữ ký."],
    [/^The product is not on sale/, () => "Sản phẩm chưa được đăng bán (chưa ở trạng thái Đã đăng), nên không đối chiếu được chữ ký."],
    [/^Signed with a key we do not know/, () => "Bản ghi được ký bằng một khóa không có trong danh sách khóa công khai."],
    [/^The stored record does not match its signature/, () => "Dữ liệu lô đang lưu không khớp với chữ ký: thông tin lô đã bị sửa sau khi ký."],
    [/^the first event points at an earlier event/, () => "Sự kiện đầu tiên trỏ tới một sự kiện trước đó: thiếu sự kiện ở đầu chuỗi."],
    [/^event (\d+) does not follow event (\d+)/, (m) => `Sự kiện ${m[1]} không nối tiếp sự kiện ${m[2]}: có sự kiện bị xóa, chèn thêm hoặc đổi thứ tự.`],
    [/^event (\d+) was changed after it was recorded/, (m) => `Sự kiện ${m[1]} đã bị sửa sau khi ghi: mã băm không khớp.`],
    [/events are missing at the end/, () => "Thiếu sự kiện ở cuối chuỗi."],
    [/^The event chain is broken/, () => "Chuỗi sự kiện bị đứt."],
  ]
  for (const [pattern, text] of known) {
    const m = pattern.exec(reason)
    if (m) return text(m)
  }
  return reason
}

/** "TCVN 5107:2018, VietGAP" → ["TCVN 5107:2018", "VietGAP"]. */
export const splitList = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)

/** A number input's value for the API: "" → null, "21,07" → 21.07. */
export function toNumber(text: string): number | null {
  const t = text.trim().replace(",", ".")
  if (t === "") return null
  const n = Number(t)
  return Number.isFinite(n) ? n : NaN
}
