import { describe, expect, it } from "vitest"
import { buildVietQrPayload, crc16, hasValidCrc, parseTlv, tlv, VietQrInputError } from "./emvco"

/**
 * Published payloads, each with the CRC its generator printed:
 * - PAYOS: a payOS payment QR kept in a public project's database dump
 *   (bank 970422, virtual account, 7,000 ₫, memo "TL89 100");
 * - NAPAS_SAMPLE: the flood-relief transfer vector (970415, 120,000 ₫, "ung ho lu lut") quoted from
 *   the VietQR generator reference in a public project's tests;
 * - CARD_TRANSFER: a QRIBFTTC (transfer to a card) payload from another public project's CRC tests.
 */
const PAYOS = "00020101021238570010A000000727012700069704220113VQRQADAIJ55120208QRIBFTTA5303704540470005802VN62120808TL89 1006304E346"
const NAPAS_SAMPLE = "00020101021238570010A0000007270127000697041501130011001932418" + "0208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C"
const CARD_TRANSFER = "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203"

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogue check value for 123456789", () => {
    expect(crc16("123456789")).toBe("29B1")
  })

  it("matches the CRC of published VietQR payloads", () => {
    for (const payload of [PAYOS, NAPAS_SAMPLE, CARD_TRANSFER]) {
      expect(crc16(payload.slice(0, -4))).toBe(payload.slice(-4))
      expect(hasValidCrc(payload)).toBe(true)
    }
    expect(hasValidCrc(PAYOS.replace("54047000", "54047001"))).toBe(false)
  })
})

describe("buildVietQrPayload", () => {
  it("reproduces published payloads byte for byte", () => {
    expect(buildVietQrPayload({ bankBin: "970422", accountNo: "VQRQADAIJ5512", amount: 7000, reference: "TL89 100" })).toBe(PAYOS)
    expect(buildVietQrPayload({ bankBin: "970415", accountNo: "0011001932418", amount: 120000, reference: "ung ho lu lut" })).toBe(NAPAS_SAMPLE)
  })

  it("lays out the fields NAPAS expects for an order of 125.000 ₫", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNo: "1023456789", amount: 125000, reference: "OCOP7F3K9QXZ" })
    const parsed = parseTlv(payload)
    expect(parsed.map((f) => f.id)).toEqual(["00", "01", "38", "53", "54", "58", "62", "63"])
    const fields = Object.fromEntries(parsed.map((f) => [f.id, f.value]))
    expect(fields).toMatchObject({ "00": "01", "01": "12", "53": "704", "54": "125000", "58": "VN" })
    expect(parseTlv(fields["38"])).toEqual([
      { id: "00", value: "A000000727" },
      { id: "01", value: "0006970436" + "01101023456789" },
      { id: "02", value: "QRIBFTTA" },
    ])
    expect(parseTlv(fields["62"])).toEqual([{ id: "08", value: "OCOP7F3K9QXZ" }])
    expect(fields["63"]).toMatch(/^[0-9A-F]{4}$/)
    expect(hasValidCrc(payload)).toBe(true)
  })

  it("accepts the longest values the limits allow", () => {
    const payload = buildVietQrPayload({ bankBin: "970436", accountNo: "1".repeat(19), amount: 9_999_999_999_999, reference: "A".repeat(25) })
    expect(hasValidCrc(payload)).toBe(true)
  })

  it.each([
    [{ amount: 0 }, /positive whole number/],
    [{ amount: -125000 }, /positive whole number/],
    [{ amount: 125000.5 }, /positive whole number/],
    [{ amount: Number.NaN }, /positive whole number/],
    [{ amount: 10_000_000_000_000 }, /more than 13 digits/],
    [{ bankBin: "97043" }, /BIN must be 6 digits/],
    [{ bankBin: "VCB001" }, /BIN must be 6 digits/],
    [{ accountNo: "1".repeat(20) }, /account number/],
    [{ accountNo: "1023-456" }, /account number/],
    [{ reference: "A".repeat(26) }, /reference/],
    [{ reference: "" }, /reference/],
    [{ reference: "Đơn hàng 12" }, /reference/],
    [{ reference: "OCOP#12" }, /reference/],
    [{ reference: " OCOP12" }, /reference/],
    [{ reference: "OCOP  12" }, /reference/],
  ])("refuses %o", (change, message) => {
    const input = { bankBin: "970436", accountNo: "1023456789", amount: 125000, reference: "OCOP7F3K9QXZ", ...change }
    expect(() => buildVietQrPayload(input)).toThrow(VietQrInputError)
    expect(() => buildVietQrPayload(input)).toThrow(message)
  })
})

describe("tlv", () => {
  it("encodes the length in two digits and refuses values over 99 characters", () => {
    expect(tlv("58", "VN")).toBe("5802VN")
    expect(tlv("62", "x".repeat(99))).toHaveLength(103)
    expect(() => tlv("62", "x".repeat(100))).toThrow(/99/)
    expect(() => tlv("62", "")).toThrow(VietQrInputError)
    expect(() => tlv("6", "x")).toThrow(VietQrInputError)
  })

  it("parses back what it encodes and refuses truncated input", () => {
    expect(parseTlv("0002010102120208QRIBFTTA")).toEqual([
      { id: "00", value: "01" },
      { id: "01", value: "12" },
      { id: "02", value: "QRIBFTTA" },
    ])
    expect(() => parseTlv("0010A0000007")).toThrow(VietQrInputError)
  })
})
