import { describe, expect, it } from "vitest"
import type { OcopCertificate } from "./catalog"
import {
  appliedStandards,
  batchEvents,
  bizStepLabel,
  dispositionLabel,
  eventDateTime,
  expiryMismatch,
  formatCoordinates,
  formatEventTime,
  formatQuantity,
  invalidKeyReason,
  isNotableDisposition,
  isPastExpiry,
  labelExpiry,
  lastExpiredCertificate,
  offsetMinutes,
  osmLink,
  tamperReason,
  type TraceEvent,
} from "./trace"

describe("business steps in words", () => {
  it.each([
    ["commissioning", "Khởi tạo", "Commissioning"],
    ["harvesting", "Thu hoạch", "Harvesting"],
    ["fishing", "Đánh bắt", "Fishing"],
    ["transforming", "Chế biến", "Processing"],
    ["processing", "Chế biến", "Processing"],
    ["packing", "Đóng gói", "Packing"],
    ["inspecting", "Kiểm tra", "Inspection"],
    ["shipping", "Xuất hàng", "Shipping"],
    ["receiving", "Nhận hàng", "Receiving"],
  ])("%s", (step, vi, en) => {
    expect(bizStepLabel(step, "vi")).toBe(vi)
    expect(bizStepLabel(step, "en")).toBe(en)
  })

  it("reads CBV URIs and keeps an unknown step's own name", () => {
    expect(bizStepLabel("urn:epcglobal:cbv:bizstep:packing", "vi")).toBe("Đóng gói")
    expect(bizStepLabel("https://ref.gs1.org/cbv/BizStep-shipping", "vi")).toBe("Xuất hàng")
    expect(bizStepLabel("https://cho-ocop.example.vn/voc/smoking_fish", "vi")).toBe("Smoking fish")
  })

  it("tells only the dispositions that mean something to a consumer", () => {
    expect(dispositionLabel("conformant", "vi")).toBe("Đạt")
    expect(isNotableDisposition("conformant")).toBe(true)
    expect(isNotableDisposition("active")).toBe(false)
    expect(isNotableDisposition(null)).toBe(false)
  })
})

describe("event times", () => {
  it("shows the time on the clock where the event happened", () => {
    expect(formatEventTime("2026-03-01T22:30:00.000Z", "+07:00")).toBe("02/03/2026 05:30 (+07:00)")
    expect(formatEventTime("2026-03-01T22:30:00.000Z", "+09:00")).toBe("02/03/2026 07:30 (+09:00)")
    expect(formatEventTime("2026-03-01T22:30:00.000Z", "-03:30")).toBe("01/03/2026 19:00 (-03:30)")
    expect(eventDateTime("2026-03-01T22:30:00.000Z", "+07:00")).toBe("2026-03-02T05:30+07:00")
  })

  it("assumes Vietnam's +07:00 for an unreadable offset and shows nothing for a bad time", () => {
    expect(offsetMinutes("GMT+7")).toBe(420)
    expect(formatEventTime("2026-03-01T22:30:00.000Z", null)).toBe("02/03/2026 05:30 (+07:00)")
    expect(formatEventTime("not a time", "+07:00")).toBe("")
  })
})

describe("quantities", () => {
  it("writes UN/ECE units in words", () => {
    expect(formatQuantity({ description: "Cá cơm than tươi", quantity: 1200, uom: "KGM" }, "vi")).toBe("1.200 kg Cá cơm than tươi")
    expect(formatQuantity({ description: "Nước mắm cốt", quantity: 500.5, uom: "LTR" }, "en")).toBe("500.5 L Nước mắm cốt")
    expect(formatQuantity({ gtin: "08939999000017", lot: "NM01", quantity: 24, uom: "H87" }, "vi")).toBe("24 cái GTIN 08939999000017 (lô NM01)")
    expect(formatQuantity({ quantity: 3, uom: "XYZ" }, "vi")).toBe("3 XYZ")
  })
})

describe("expiry", () => {
  const now = new Date("2026-11-25T10:00:00+07:00")

  it("is good through the expiry day, in Vietnam's calendar", () => {
    expect(isPastExpiry("2026-11-25T00:00:00.000Z", now)).toBe(false)
    expect(isPastExpiry("2026-11-24T00:00:00.000Z", now)).toBe(true)
    expect(isPastExpiry(null, now)).toBe(false)
  })

  it("reads a label's ?17=YYMMDD, day 00 meaning the month's end", () => {
    expect(labelExpiry("280901")).toBe("2028-09-01")
    expect(labelExpiry("280200")).toBe("2028-02-29")
    expect(labelExpiry("281301")).toBeNull()
    expect(labelExpiry("280231")).toBeNull()
    expect(labelExpiry("2809")).toBeNull()
    expect(labelExpiry(null)).toBeNull()
  })

  it("notices a label whose expiry disagrees with the record", () => {
    expect(expiryMismatch("280901", "2028-09-01T00:00:00.000Z")).toBe(false)
    expect(expiryMismatch("280101", "2028-09-01T00:00:00.000Z")).toBe(true)
    expect(expiryMismatch(null, "2028-09-01T00:00:00.000Z")).toBe(false)
    expect(expiryMismatch("garbage", "2028-09-01T00:00:00.000Z")).toBe(false)
  })
})

describe("tamperReason", () => {
  it("explains the backend's reasons in Vietnamese", () => {
    expect(tamperReason("event 3 was changed after it was recorded: its hash does not match", "vi")).toBe("Bước thứ 3 đã bị sửa sau khi được ghi nhận.")
    expect(tamperReason("event 2 does not follow event 1: an event was removed, inserted or moved", "vi")).toMatch(/bước thứ 2.*xoá, chèn thêm hoặc đổi thứ tự/)
    expect(tamperReason("The stored record does not match its signature", "vi")).toBe("Thông tin lô hàng đang lưu không khớp với bản đã ký.")
    expect(tamperReason("Signed with a key we do not know", "vi")).toMatch(/khoá/)
    expect(tamperReason(undefined, "vi")).toBe("Thông tin lô hàng đang lưu không khớp với bản đã ký.")
  })

  it("keeps the backend's words in English", () => {
    expect(tamperReason("event 3 was changed after it was recorded", "en")).toBe("Event 3 was changed after it was recorded")
  })
})

describe("invalidKeyReason", () => {
  it.each([
    ["GTIN 08939999000018 has a wrong check digit: the last digit should be 7", "trace.invalid.gtinCheck"],
    ["GTIN 12345 has 5 digits; a GTIN has 8, 12, 13 or 14 digits", "trace.invalid.gtinLength"],
    ['GTIN "12a45678" must contain only digits', "trace.invalid.gtinDigits"],
    ["GTIN 00000000 is all zeros", "trace.invalid.gtinZeros"],
    ['The batch/lot "XXXXXXXXXXXXXXXXXXXXXXXXX" has 25 characters; at most 20 are allowed', "trace.invalid.lotLength"],
    ['The batch/lot "LÔ-1" contains "Ô", which GS1 does not allow (allowed: …)', "trace.invalid.lotChars"],
    ["something else", "trace.invalid.other"],
  ])("%s", (message, key) => {
    expect(invalidKeyReason(message)).toBe(key)
  })
})

describe("certificates, standards, places", () => {
  const cert = (decision: string, expires: string, valid?: boolean): OcopCertificate => ({
    star: 4,
    score: 80,
    product_group: "food",
    decision_number: decision,
    issuing_authority: "UBND tỉnh Quảng Ninh",
    decision_date: decision.startsWith("old") ? "2020-01-01T00:00:00Z" : "2022-01-01T00:00:00Z",
    expires_at: expires,
    valid,
  })

  it("finds the certificate that ended most recently", () => {
    const now = new Date("2026-11-25T00:00:00Z")
    const list = [cert("old/QĐ", "2023-01-01T00:00:00Z"), cert("new/QĐ", "2025-01-01T00:00:00Z")]
    expect(lastExpiredCertificate(list, now)?.decision_number).toBe("new/QĐ")
    expect(lastExpiredCertificate([cert("x", "2029-01-01T00:00:00Z", true)], now)).toBeNull()
    expect(lastExpiredCertificate([], now)).toBeNull()
  })

  it("lists the batch's standards, then its areas' certifications, once each", () => {
    const areas = [{ certifications: ["VietGAP", "TCVN 5107:2018"] }, null, { certifications: null }] as never
    expect(appliedStandards({ standards: ["TCVN 5107:2018", "HACCP"], growing_areas: areas })).toEqual(["TCVN 5107:2018", "HACCP", "VietGAP"])
    expect(appliedStandards({ standards: null, growing_areas: null })).toEqual([])
  })

  it("links a point to OpenStreetMap and writes its coordinates", () => {
    expect(osmLink(21.0725, 107.4236)).toBe("https://www.openstreetmap.org/?mlat=21.0725&mlon=107.4236#map=14/21.0725/107.4236")
    expect(formatCoordinates(21.0725, 107.4236)).toBe("21.0725° N, 107.4236° E")
  })

  it("orders events by sequence and drops holes", () => {
    const e = (sequence: number) => ({ id: `e${sequence}`, sequence }) as TraceEvent
    expect(batchEvents({ events: [e(2), null, e(1)] }).map((x) => x.sequence)).toEqual([1, 2])
  })
})
