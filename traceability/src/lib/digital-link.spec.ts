// Unit tests of digital-link.ts.
import { TraceInputError } from "./errors"
import { encodeAiValue, formatDigitalLink, parseDigitalLink, type DigitalLinkParts } from "./digital-link"
import { makeGtin14 } from "./gtin"

const BASE = "https://truyxuat.example.vn"
const GTIN = "08931234567897"

function refusal(fn: () => unknown): TraceInputError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(TraceInputError)
    return e as TraceInputError
  }
  throw new Error("expected a TraceInputError")
}

describe("formatDigitalLink", () => {
  it("builds /01/{gtin14}/10/{lot}/21/{serial}?17=YYMMDD", () => {
    expect(formatDigitalLink({ base: BASE, gtin: GTIN, lot: "L2025-01" })).toBe(`${BASE}/01/${GTIN}/10/L2025-01`)
    expect(formatDigitalLink({ base: BASE + "/", gtin: "8931234567897", lot: "A", serial: "S1", expiry: "2027-12-31" })).toBe(
      `${BASE}/01/${GTIN}/10/A/21/S1?17=271231`,
    )
    expect(formatDigitalLink({ base: BASE, gtin: GTIN, expiry: new Date("2027-12-30T17:00:00Z") })).toBe(`${BASE}/01/${GTIN}?17=271231`)
    expect(formatDigitalLink({ base: BASE, gtin: GTIN, lot: "A", expiry: "271200" })).toBe(`${BASE}/01/${GTIN}/10/A?17=271200`)
  })
  it("percent-encodes every character but A-Z a-z 0-9 - . _", () => {
    expect(formatDigitalLink({ base: BASE, gtin: GTIN, lot: "ABC/12" })).toBe(`${BASE}/01/${GTIN}/10/ABC%2F12`)
    expect(encodeAiValue(`!"%&'()*+,-./:;<=>?_`)).toBe("%21%22%25%26%27%28%29%2A%2B%2C-.%2F%3A%3B%3C%3D%3E%3F_")
  })
  it("refuses a bad base, GTIN, lot, serial or expiry", () => {
    expect(refusal(() => formatDigitalLink({ base: "truyxuat.example.vn", gtin: GTIN })).field).toBe("base")
    expect(refusal(() => formatDigitalLink({ base: BASE + "/x?y", gtin: GTIN })).field).toBe("base")
    expect(refusal(() => formatDigitalLink({ base: BASE, gtin: "08931234567891" })).field).toBe("gtin")
    expect(refusal(() => formatDigitalLink({ base: BASE, gtin: GTIN, lot: "LÔ 1" })).field).toBe("lot")
    expect(refusal(() => formatDigitalLink({ base: BASE, gtin: GTIN, lot: "" })).field).toBe("lot")
    expect(refusal(() => formatDigitalLink({ base: BASE, gtin: GTIN, serial: "x".repeat(21) })).field).toBe("serial")
    expect(refusal(() => formatDigitalLink({ base: BASE, gtin: GTIN, expiry: "271301" })).field).toBe("expiry")
  })
})

describe("parseDigitalLink", () => {
  it("parses a path with query", () => {
    expect(parseDigitalLink(`/01/${GTIN}/10/ABC%2F12?17=271231`)).toEqual({ gtin: GTIN, lot: "ABC/12", expiry: "271231" })
  })
  it("parses full URLs, GTIN-13/12/8, serials, lower-case escapes and ignores non-GS1 parameters", () => {
    expect(parseDigitalLink(`${BASE}/01/8931234567897/10/L1/21/S%2f9?linkType=gs1:pip&17=270200#top`)).toEqual({
      gtin: GTIN,
      lot: "L1",
      serial: "S/9",
      expiry: "270200",
    })
    expect(parseDigitalLink("/01/036000291452")).toEqual({ gtin: "00036000291452" })
    expect(parseDigitalLink("http://localhost:9000/01/96385074/21/7")).toEqual({ gtin: "00000096385074", serial: "7" })
    expect(parseDigitalLink(`/gtin/${GTIN}/lot/A`)).toEqual({ gtin: GTIN, lot: "A" }) // deprecated convenience names
  })
  it("explains each refusal with its field", () => {
    const cases: [string, string, RegExp][] = [
      [`/01/08931234567891/10/A`, "gtin", /wrong check digit: the last digit should be 7/],
      [`/01/0893123456789X/10/A`, "gtin", /only digits/],
      [`/01/0893123456789/10/A`, "gtin", /GTIN 0893123456789 has a wrong check digit: the last digit should be 2/],
      [`/01/89312345678970/10/A`, "gtin", /the last digit should be 2/],
      [`/01/089312345678970/10/A`, "gtin", /15 digits/],
      [`/01/1234567/10/A`, "gtin", /7 digits/],
      [`/01/${GTIN}/10/A%20B`, "lot", /contains a space/],
      [`/01/${GTIN}/10/L%C3%94`, "lot", /"Ô", which GS1 does not allow/],
      [`/01/${GTIN}/10/${"A".repeat(21)}`, "lot", /21 characters; at most 20/],
      [`/01/${GTIN}/21/A~B`, "serial", /"~"/],
      [`/01/${GTIN}/10/A%2`, "lot", /two hex digits/],
      [`/01/${GTIN}/10/%FF`, "lot", /UTF-8/],
      [`/01/${GTIN}/10/`, "lot", /empty/],
      [`/01/${GTIN}/10`, "lot", /no value/],
      [`/01/${GTIN}/99/A`, "path", /AI 99 is not supported/],
      [`/01/${GTIN}/10/A/10/B`, "lot", /more than once/],
      [`/01/${GTIN}/01/${GTIN}`, "path", /more than once/],
      [`/01/${GTIN}/21/S/10/L`, "lot", /must come before AI 21/],
      [`/01/${GTIN}/17/271231`, "path", /query string/],
      [`/01/${GTIN}/10/A/junk`, "path", /Unexpected path segment "junk"/],
      [`/01/${GTIN}/10/A/`, "path", /extra "\/"/],
      [`/01/${GTIN}//10/A`, "path", /empty path segment/],
      [`/01/${GTIN}/10/A?17=271301`, "expiry", /month 13/],
      [`/01/${GTIN}/10/A?17=270230`, "expiry", /no day 30/],
      [`/01/${GTIN}/10/A?17=2712`, "expiry", /YYMMDD/],
      [`/01/${GTIN}/10/A?17=271231x`, "expiry", /YYMMDD/],
      [`/01/${GTIN}/10/A?17=271231&17=271231`, "expiry", /more than once/],
      [`/01/${GTIN}/10/A?15=271231`, "query", /AI 15 is not supported/],
      [`/shop/01/${GTIN}`, "path", /must start with \/01\//],
      [`ftp://x/01/${GTIN}`, "path", /http/],
      [``, "path", /empty/],
    ]
    for (const [input, field, message] of cases) {
      const e = refusal(() => parseDigitalLink(input))
      expect({ input, field: e.field }).toEqual({ input, field })
      expect(e.message).toMatch(message)
    }
  })
})

describe("round trip", () => {
  // small seeded PRNG so failures are reproducible
  function prng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const SET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`

  it("parse(format(x)) equals x for 2,000 generated inputs", () => {
    const rand = prng(20250601)
    const pick = (s: string) => s[Math.floor(rand() * s.length)]
    const text = () => Array.from({ length: 1 + Math.floor(rand() * 20) }, () => pick(SET_82)).join("")
    for (let i = 0; i < 2000; i++) {
      const x: DigitalLinkParts = { gtin: makeGtin14("893" + String(1000 + Math.floor(rand() * 9000)), Math.floor(rand() * 99999), pick("0123456789")) }
      if (rand() < 0.8) x.lot = text()
      if (rand() < 0.4) x.serial = text()
      if (rand() < 0.5) x.expiry = `${String(20 + Math.floor(rand() * 30)).padStart(2, "0")}${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}${pick("012")}${pick("012345678")}`
      const uri = formatDigitalLink({ base: BASE, ...x })
      expect(parseDigitalLink(uri)).toEqual(x)
      expect(parseDigitalLink(uri.slice(BASE.length))).toEqual(x)
    }
  })
  it("keeps lots with / and % intact and refuses spaces and unicode", () => {
    for (const lot of ["A/B", "100%", "%2F", "a/b/c/d", "?17=271231", "../..", "#1"]) {
      if (lot === "#1") {
        expect(() => formatDigitalLink({ base: BASE, gtin: GTIN, lot })).toThrow(TraceInputError) // # is not in set 82
        continue
      }
      expect(parseDigitalLink(formatDigitalLink({ base: BASE, gtin: GTIN, lot }))).toEqual({ gtin: GTIN, lot })
    }
    for (const lot of ["A B", "Lô1", "批次", "A\tB", "😀"]) {
      expect(refusal(() => formatDigitalLink({ base: BASE, gtin: GTIN, lot })).field).toBe("lot")
      expect(refusal(() => parseDigitalLink(`/01/${GTIN}/10/${encodeURIComponent(lot)}`)).field).toBe("lot")
    }
  })
})
