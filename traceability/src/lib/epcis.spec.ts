// Unit tests of epcis.ts.
import { EPCIS_CONTEXT, inOffset, toEpcisDocument, type EpcisSourceEvent } from "./epcis"
import { TraceInputError } from "./errors"

const BASE = "https://truyxuat.example.vn"
const GTIN = "08931234567897"
const LOT = "CM/2025-03"
const CLASS = `${BASE}/01/${GTIN}/10/CM%2F2025-03`

const events: EpcisSourceEvent[] = [
  {
    id: "tev_01",
    event_type: "ObjectEvent",
    event_time: "2025-03-01T01:30:00.000Z",
    event_timezone: "+07:00",
    action: "ADD",
    biz_step: "harvesting",
    disposition: "active",
    read_point: "VN-QN-001",
    outputs: [{ description: "Mực tươi", quantity: 500, uom: "KGM" }],
  },
  {
    id: "6f1c2f4e-8a1b-4c55-9d3e-2b7a1c9e0f11",
    event_type: "TransformationEvent",
    event_time: "2025-03-02T02:00:00.000Z",
    event_timezone: "+07:00",
    biz_step: "transforming",
    biz_location: "0614141000012",
    inputs: [{ description: "Mực tươi", quantity: 500, uom: "KGM" }],
    outputs: [{ quantity: 450, uom: "KGM" }],
  },
  {
    id: "tev_03",
    event_type: "ObjectEvent",
    event_time: "2025-03-03T03:00:00.000Z",
    event_timezone: "+07:00",
    action: "OBSERVE",
    biz_step: "inspecting",
    disposition: "conformant",
  },
  {
    id: "tev_04",
    event_type: "AggregationEvent",
    event_time: "2025-03-03T05:00:00.000Z",
    event_timezone: "+07:00",
    action: "ADD",
    biz_step: "packing",
    parent_id: "376104250021234569",
    inputs: [{ quantity: 20, uom: "H87" }],
  },
  {
    id: "tev_05",
    event_type: "TransactionEvent",
    event_time: "2025-03-04T01:00:00.000Z",
    event_timezone: "+07:00",
    action: "ADD",
    biz_step: "shipping",
    disposition: "in_transit",
    biz_transactions: [{ type: "po", id: "urn:epcglobal:cbv:bt:8931234000006:PO-77" }],
  },
  {
    id: "tev_06",
    event_type: "TransformationEvent",
    event_time: "2025-03-02T02:00:00.000Z",
    event_timezone: "+07:00",
    biz_step: "transforming",
    inputs: [{ description: "Mực tươi", quantity: 500, uom: "KGM" }],
    outputs: [{ quantity: 440, uom: "KGM" }],
    corrects_event_id: "6f1c2f4e-8a1b-4c55-9d3e-2b7a1c9e0f11",
    recorded_at: "2025-03-05T03:00:00.000Z",
  },
  {
    id: "tev_07",
    event_type: "AssociationEvent",
    event_time: "2025-03-04T02:00:00.000Z",
    event_timezone: "+07:00",
    action: "ADD",
    biz_step: "sensor_reporting",
    parent_id: "urn:epc:id:giai:8931234000.LOGGER1",
  },
]

const doc = toEpcisDocument({ events, batch: { expiry_date: "2025-09-01" }, gtin: "8931234567897", lot: LOT, baseUrl: BASE + "/", now: new Date("2025-03-06T00:00:00Z") })
const list = (doc.epcisBody as { eventList: Record<string, unknown>[] }).eventList

describe("toEpcisDocument", () => {
  it("writes an EPCIS 2.0 document header", () => {
    expect(doc["@context"]).toEqual([EPCIS_CONTEXT])
    expect(doc.type).toBe("EPCISDocument")
    expect(doc.schemaVersion).toBe("2.0")
    expect(doc.creationDate).toBe("2025-03-06T00:00:00.000Z")
    expect(list).toHaveLength(events.length)
  })
  it("writes an ObjectEvent with what, when, where, why", () => {
    expect(list[0]).toEqual({
      type: "ObjectEvent",
      eventID: `${BASE}/events/tev_01`,
      eventTime: "2025-03-01T08:30:00+07:00",
      eventTimeZoneOffset: "+07:00",
      action: "ADD",
      quantityList: [{ epcClass: `${BASE}/class/M%E1%BB%B1c%20t%C6%B0%C6%A1i`, quantity: 500, uom: "KGM" }],
      bizStep: `${BASE}/voc/BizStep-harvesting`,
      disposition: "active",
      readPoint: { id: `${BASE}/location/VN-QN-001` },
    })
  })
  it("writes a TransformationEvent with input and output lists, ILMD and its error declaration", () => {
    expect(list[1]).toEqual({
      type: "TransformationEvent",
      eventID: "urn:uuid:6f1c2f4e-8a1b-4c55-9d3e-2b7a1c9e0f11",
      eventTime: "2025-03-02T09:00:00+07:00",
      eventTimeZoneOffset: "+07:00",
      inputQuantityList: [{ epcClass: `${BASE}/class/M%E1%BB%B1c%20t%C6%B0%C6%A1i`, quantity: 500, uom: "KGM" }],
      outputQuantityList: [{ epcClass: CLASS, quantity: 450, uom: "KGM" }],
      bizStep: `${BASE}/voc/BizStep-transforming`,
      bizLocation: { id: `${BASE}/414/0614141000012` },
      ilmd: { "cbvmda:lotNumber": LOT, "cbvmda:itemExpirationDate": "2025-09-01", "cbvmda:countryOfOrigin": "VN" },
      errorDeclaration: { declarationTime: "2025-03-05T10:00:00+07:00", reason: "incorrect_data", correctiveEventIDs: [`${BASE}/events/tev_06`] },
    })
    expect(list[1]).not.toHaveProperty("action")
  })
  it("uses the batch class when an event names no items", () => {
    expect(list[2]).toMatchObject({ action: "OBSERVE", bizStep: "inspecting", disposition: "conformant", quantityList: [{ epcClass: CLASS }] })
    expect(list[2]).not.toHaveProperty("ilmd")
  })
  it("writes aggregation, transaction and association events", () => {
    expect(list[3]).toMatchObject({ type: "AggregationEvent", parentID: `${BASE}/00/376104250021234569`, childQuantityList: [{ epcClass: CLASS, quantity: 20, uom: "H87" }], bizStep: "packing" })
    expect(list[4]).toMatchObject({
      type: "TransactionEvent",
      bizStep: "shipping",
      bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:8931234000006:PO-77" }],
      quantityList: [{ epcClass: CLASS }],
    })
    expect(list[6]).toMatchObject({ type: "AssociationEvent", parentID: "urn:epc:id:giai:8931234000.LOGGER1", bizStep: "sensor_reporting" })
  })
  it("validates every event and names the one at fault", () => {
    const bad = [{ ...events[0] }, { ...events[2], biz_step: "dancing" }]
    try {
      toEpcisDocument({ events: bad, gtin: GTIN, lot: LOT, baseUrl: BASE })
      throw new Error("accepted")
    } catch (e) {
      expect(e).toBeInstanceOf(TraceInputError)
      expect((e as TraceInputError).field).toBe("events[1].biz_step")
      expect((e as TraceInputError).message).toMatch(/^Event 2: Unknown business step "dancing"/)
    }
  })
  it("takes database rows with nulls and Date times", () => {
    const row = { id: "tev_9", event_type: "ObjectEvent", event_time: new Date("2025-03-01T01:30:00Z"), event_timezone: "+07:00", action: "ADD", biz_step: "commissioning", disposition: null, read_point: null, biz_location: null, inputs: null, outputs: null, parent_id: null, biz_transactions: null, corrects_event_id: null, note: null, recorded_at: null }
    const [event] = (toEpcisDocument({ events: [row], gtin: GTIN, lot: LOT, baseUrl: BASE, now: new Date(0) }).epcisBody as { eventList: unknown[] }).eventList
    expect(event).toEqual({
      type: "ObjectEvent",
      eventID: `${BASE}/events/tev_9`,
      eventTime: "2025-03-01T08:30:00+07:00",
      eventTimeZoneOffset: "+07:00",
      action: "ADD",
      quantityList: [{ epcClass: CLASS }],
      bizStep: "commissioning",
      ilmd: { "cbvmda:lotNumber": LOT, "cbvmda:countryOfOrigin": "VN" },
    })
    expect(() => toEpcisDocument({ events: [], gtin: GTIN, lot: "L 1", baseUrl: BASE })).toThrow(TraceInputError)
    expect(() => toEpcisDocument({ events: [], gtin: GTIN, lot: LOT, baseUrl: "example.vn" })).toThrow(/base URL/)
  })
  it("writes times in the event's own offset", () => {
    expect(inOffset("2025-03-01T01:30:00.000Z", "+07:00")).toBe("2025-03-01T08:30:00+07:00")
    expect(inOffset("2025-03-01T01:30:00.250Z", "-03:30")).toBe("2025-02-28T22:00:00.250-03:30")
    expect(inOffset("2025-03-01T01:30:00Z", "+00:00")).toBe("2025-03-01T01:30:00+00:00")
  })
})
