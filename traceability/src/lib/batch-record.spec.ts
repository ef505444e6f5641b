// Unit tests of batch-record.ts.
import { batchRecordPayload, signBatchRecord, verifyBatchRecord, type BatchRecordPayload } from "./batch-record"
import { TraceInputError } from "./errors"
import { generateSigningKey, loadSigningKey } from "./signing"

const key = loadSigningKey(generateSigningKey().privateKeyPem)
const input = {
  gtin: "8931234567897",
  lot: "CM-2025-03",
  product_title: "Chả mực Hạ Long",
  producer_name: "HTX Thủy sản Hạ Long",
  harvest_date: "2025-02-27",
  production_date: "2025-03-01",
  expiry_date: new Date("2025-08-31T17:00:00Z"),
  quantity: 120,
  unit: "KGM",
  growing_area_codes: ["VN-QN-002", "VN-QN-001", "VN-QN-002"],
  standards: ["VietGAP", "ISO 22000"],
  head_event_hash: "a".repeat(64),
}

describe("batchRecordPayload", () => {
  it("normalises the batch into a stable plain object", () => {
    expect(batchRecordPayload(input)).toEqual({
      schema: "ocop-batch-record/2",
      gtin: "08931234567897",
      lot: "CM-2025-03",
      product_title: "Chả mực Hạ Long",
      producer_name: "HTX Thủy sản Hạ Long",
      harvest_date: "2025-02-27",
      production_date: "2025-03-01",
      expiry_date: "2025-09-01",
      quantity: 120,
      unit: "KGM",
      growing_area_codes: ["VN-QN-001", "VN-QN-002"],
      standards: ["ISO 22000", "VietGAP"],
      head_event_hash: "a".repeat(64),
    })
    const minimal = batchRecordPayload({ gtin: input.gtin, lot: "L1", product_title: "Mật ong", producer_name: "HTX" })
    expect(minimal).toMatchObject({ harvest_date: null, production_date: null, expiry_date: null, quantity: null, unit: null, growing_area_codes: [], standards: [], head_event_hash: null })
  })
  it("refuses bad fields", () => {
    const bad: [Partial<typeof input>, string][] = [
      [{ gtin: "8931234567891" }, "gtin"],
      [{ lot: "LÔ 1" }, "lot"],
      [{ product_title: " " }, "product_title"],
      [{ producer_name: "" }, "producer_name"],
      [{ production_date: "2025-02-30" }, "production_date"],
      [{ quantity: -1 }, "quantity"],
      [{ growing_area_codes: [""] }, "growing_area_codes"],
      [{ head_event_hash: "xyz" }, "head_event_hash"],
    ]
    for (const [patch, field] of bad) {
      try {
        batchRecordPayload({ ...input, ...patch })
        throw new Error(`accepted ${field}`)
      } catch (e) {
        expect(e).toBeInstanceOf(TraceInputError)
        expect((e as TraceInputError).field).toBe(field)
      }
    }
  })
})

describe("signBatchRecord / verifyBatchRecord", () => {
  const payload = batchRecordPayload(input)
  const signed = signBatchRecord(payload, key)

  it("signs and verifies", () => {
    expect(signed.key_id).toBe(key.keyId)
    expect(signed.payload_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(verifyBatchRecord(payload, signed, [key.publicJwk])).toEqual({ ok: true })
    expect(verifyBatchRecord(payload, signed, { keys: [key.publicJwk] })).toEqual({ ok: true })
    // key order of a payload read back from JSON does not matter
    const reread = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(payload).reverse())))
    expect(verifyBatchRecord(reread, signed, [key.publicJwk])).toEqual({ ok: true })
  })
  it("still verifies a record signed in the version-1 layout, which had no harvest date", () => {
    const v1 = batchRecordPayload(input, "ocop-batch-record/1")
    expect(v1).not.toHaveProperty("harvest_date")
    const signedV1 = signBatchRecord(v1, key)
    expect(verifyBatchRecord(batchRecordPayload(input, "ocop-batch-record/1"), signedV1, [key.publicJwk])).toEqual({ ok: true })
    expect(verifyBatchRecord(batchRecordPayload(input), signedV1, [key.publicJwk]).ok).toBe(false)
  })

  it("reports an unknown key and a bad signature", () => {
    const other = loadSigningKey(generateSigningKey().privateKeyPem)
    expect(verifyBatchRecord(payload, signed, [other.publicJwk])).toEqual({ ok: false, reason: "unknown-key" })
    expect(verifyBatchRecord(payload, signed, [])).toEqual({ ok: false, reason: "unknown-key" })
    expect(verifyBatchRecord(payload, { ...signed, signature: "x" }, [key.publicJwk])).toEqual({ ok: false, reason: "bad-signature" })
    const forgedJwk = { ...other.publicJwk, kid: key.keyId } // right kid, wrong key
    expect(verifyBatchRecord(payload, signed, [forgedJwk])).toEqual({ ok: false, reason: "bad-signature" })
    expect(verifyBatchRecord(payload, { ...signed, payload_hash: "0".repeat(64) }, [key.publicJwk])).toEqual({ ok: false, reason: "bad-signature" })
  })
  it("fails when any payload field is tampered with", () => {
    const tampered: Record<keyof BatchRecordPayload, unknown> = {
      schema: "ocop-batch-record/1",
      gtin: "08931234567880",
      lot: "CM-2025-04",
      product_title: "Chả mực Hạ Long ",
      producer_name: "HTX Thủy sản Hạ long",
      harvest_date: "2025-02-28",
      production_date: "2025-03-02",
      expiry_date: "2026-09-01",
      quantity: 121,
      unit: "GRM",
      growing_area_codes: ["VN-QN-001"],
      standards: ["VietGAP"],
      head_event_hash: "b".repeat(64),
    }
    expect(Object.keys(tampered).sort()).toEqual(Object.keys(payload).sort()) // every field is covered
    for (const [field, value] of Object.entries(tampered)) {
      const changed = { ...payload, [field]: value } as BatchRecordPayload
      expect({ field, result: verifyBatchRecord(changed, signed, [key.publicJwk]) }).toEqual({ field, result: { ok: false, reason: "bad-signature" } })
      const withNull = { ...payload, [field]: null } as unknown as BatchRecordPayload
      expect(verifyBatchRecord(withNull, signed, [key.publicJwk]).ok).toBe(false)
    }
    const extra = { ...payload, note: "added" } as BatchRecordPayload
    expect(verifyBatchRecord(extra, signed, [key.publicJwk]).ok).toBe(false)
  })
})
