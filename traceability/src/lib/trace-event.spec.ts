// Unit tests of trace-event.ts.
import { TraceInputError } from "./errors"
import { validateTraceEvent } from "./epcis"

const harvest = {
  event_type: "ObjectEvent",
  event_time: "2025-03-01T08:30:00+07:00",
  event_timezone: "+07:00",
  action: "add",
  biz_step: "harvesting",
  disposition: "active",
  read_point: "VN-QN-001",
  outputs: [{ quantity: 500, uom: "kg" }],
}

function field(event: unknown): string {
  try {
    validateTraceEvent(event)
  } catch (e) {
    expect(e).toBeInstanceOf(TraceInputError)
    return (e as TraceInputError).field
  }
  throw new Error("expected a TraceInputError")
}

describe("validateTraceEvent", () => {
  it("normalises a good event", () => {
    expect(validateTraceEvent(harvest)).toEqual({
      event_type: "ObjectEvent",
      event_time: "2025-03-01T01:30:00.000Z",
      event_timezone: "+07:00",
      action: "ADD",
      biz_step: "harvesting",
      disposition: "active",
      read_point: "VN-QN-001",
      outputs: [{ quantity: 500, uom: "KGM" }],
    })
  })
  it("accepts CBV URIs and user vocabulary URIs", () => {
    expect(validateTraceEvent({ ...harvest, biz_step: "urn:epcglobal:cbv:bizstep:packing" }).biz_step).toBe("packing")
    expect(validateTraceEvent({ ...harvest, biz_step: "https://ref.gs1.org/cbv/BizStep-shipping" }).biz_step).toBe("shipping")
    expect(validateTraceEvent({ ...harvest, biz_step: "https://example.vn/voc/drying" }).biz_step).toBe("https://example.vn/voc/drying")
    expect(validateTraceEvent({ ...harvest, disposition: "urn:epcglobal:cbv:disp:in_transit" }).disposition).toBe("in_transit")
  })
  it("accepts a transformation with inputs and outputs and no action", () => {
    const e = validateTraceEvent({
      event_type: "TransformationEvent",
      event_time: new Date("2025-03-02T02:00:00Z"),
      event_timezone: "+07:00",
      biz_step: "transforming",
      inputs: [{ description: "Mực tươi", quantity: 500, uom: "KGM" }],
      outputs: [{ gtin: "8931234567897", lot: "CM-01", quantity: 450, uom: "KGM" }],
    })
    expect(e.outputs).toEqual([{ gtin: "08931234567897", lot: "CM-01", quantity: 450, uom: "KGM" }])
    expect(e.action).toBeUndefined()
  })
  it("refuses bad input with the field at fault", () => {
    expect(field(null)).toBe("event")
    expect(field({ ...harvest, event_type: "HarvestEvent" })).toBe("event_type")
    expect(field({ ...harvest, biz_step: "dancing" })).toBe("biz_step")
    expect(field({ ...harvest, disposition: "happy" })).toBe("disposition")
    expect(field({ ...harvest, event_timezone: "+7:00" })).toBe("event_timezone")
    expect(field({ ...harvest, event_timezone: "+15:00" })).toBe("event_timezone")
    expect(field({ ...harvest, event_timezone: "Asia/Ho_Chi_Minh" })).toBe("event_timezone")
    expect(field({ ...harvest, event_time: "2025-03-01 08:30" })).toBe("event_time")
    expect(field({ ...harvest, event_time: "2025-03-01T08:30:00" })).toBe("event_time") // no time zone
    expect(field({ ...harvest, action: undefined })).toBe("action")
    expect(field({ ...harvest, action: "MOVE" })).toBe("action")
    expect(field({ ...harvest, outputs: [{ quantity: 0, uom: "KGM" }] })).toBe("outputs[0].quantity")
    expect(field({ ...harvest, outputs: [{ quantity: -3, uom: "KGM" }] })).toBe("outputs[0].quantity")
    expect(field({ ...harvest, outputs: [{ quantity: 1, uom: "kilos" }] })).toBe("outputs[0].uom")
    expect(field({ ...harvest, outputs: [{ quantity: 1, uom: "KGM", gtin: "8931234567891" }] })).toBe("outputs[0].gtin")
    expect(field({ ...harvest, outputs: [{ quantity: 1, uom: "KGM", gtin: "8931234567897", lot: "A B" }] })).toBe("outputs[0].lot")
    expect(field({ ...harvest, read_point: "0614141000011" })).toBe("read_point") // GLN with a wrong check digit
    const transform = { event_type: "TransformationEvent", event_time: harvest.event_time, event_timezone: "+07:00", biz_step: "transforming" }
    expect(field(transform)).toBe("inputs")
    expect(field({ ...transform, inputs: [{ description: "Mực", quantity: 1, uom: "KGM" }] })).toBe("outputs")
    expect(field({ ...transform, action: "ADD", inputs: [], outputs: [] })).toBe("action")
    expect(field({ ...harvest, event_type: "AggregationEvent" })).toBe("parent_id")
    expect(field({ ...harvest, event_type: "AggregationEvent", parent_id: "376104250021234568" })).toBe("parent_id") // SSCC check digit
    expect(field({ ...harvest, event_type: "TransactionEvent" })).toBe("biz_transactions")
    expect(field({ ...harvest, event_type: "TransactionEvent", biz_transactions: [{ id: "PO 1" }] })).toBe("biz_transactions[0].id")
  })
})
