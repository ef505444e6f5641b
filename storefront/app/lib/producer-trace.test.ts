import { describe, expect, it } from "vitest"
import { readAreaForm, readBatchForm, readEventForm } from "./producer-trace"

const form = (values: Record<string, string | string[]>) => ({
  get: (name: string) => {
    const v = values[name]
    return Array.isArray(v) ? v[0] : (v ?? null)
  },
  getAll: (name: string) => {
    const v = values[name]
    return Array.isArray(v) ? v : v === undefined ? [] : [v]
  },
})

describe("traceability forms", () => {
  it("writes a step on Vietnam's clock at +07:00, adding what it produced", () => {
    const { body, errors } = readEventForm(form({ biz_step: "harvesting", event_time: "2026-11-20T06:00", description: "Hoa chè tươi", quantity: "12,5", uom: "KGM", read_point: "VN-QN-BC-0012" }))
    expect(errors).toEqual({})
    expect(body?.events[0]).toEqual({
      event_type: "ObjectEvent",
      event_time: "2026-11-20T06:00:00+07:00",
      event_timezone: "+07:00",
      action: "ADD",
      biz_step: "harvesting",
      read_point: "VN-QN-BC-0012",
      outputs: [{ description: "Hoa chè tươi", quantity: 12.5, uom: "KGM" }],
    })
    expect(readEventForm(form({ biz_step: "inspecting", event_time: "2026-11-20T06:00" })).body?.events[0]).toMatchObject({ action: "OBSERVE" })
  })

  it("refuses an unknown step and a time that is not one", () => {
    expect(readEventForm(form({ biz_step: "dancing", event_time: "yesterday" })).errors).toEqual({ biz_step: "portal.invalid.required", event_time: "portal.invalid.date" })
  })

  it("opens a batch with a GS1 lot, real dates and a quantity typed the Vietnamese way", () => {
    const { body, errors } = readBatchForm(form({ variant_id: "variant_1", lot: "l2611a", production_date: "2026-11-20", expiry_date: "", quantity: "1.200", unit: "hộp", growing_area_ids: ["ga_1", "ga_2"] }))
    expect(errors).toEqual({})
    expect(body).toEqual({ variant_id: "variant_1", lot: "L2611A", production_date: "2026-11-20", quantity: 1200, unit: "hộp", growing_area_ids: ["ga_1", "ga_2"] })
    expect(readBatchForm(form({ variant_id: "v", lot: "Lô 1", production_date: "2026-02-30", quantity: "0", unit: "hộp" })).errors).toEqual({
      lot: "portal.trace.batch.lot.hint",
      production_date: "portal.invalid.required",
      quantity: "portal.invalid.number",
    })
  })

  it("registers an area with an upper-case code", () => {
    const { body } = readAreaForm(form({ code: "vn-qn-bc-0012", area_type: "crop_area", name: "Đồi chè Khe Lặng", commune: "Xã Ba Chẽ", area_ha: "2,5" }))
    expect(body).toEqual({ areas: [{ code: "VN-QN-BC-0012", area_type: "crop_area", name: "Đồi chè Khe Lặng", commune: "Xã Ba Chẽ", area_ha: 2.5 }] })
  })
})
