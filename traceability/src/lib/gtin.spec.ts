// Unit tests of gtin.ts.
import { TraceInputError } from "./errors"
import { gtinCheckDigit, isValidGtin, makeGtin14, toGtin14 } from "./gtin"

describe("gtinCheckDigit", () => {
  it("computes the GS1 mod-10 check digit", () => {
    expect(gtinCheckDigit("400638133393")).toBe(1) // 4006381333931
    expect(gtinCheckDigit("629104150021")).toBe(3) // GS1 General Specifications example 6291041500213
    expect(gtinCheckDigit("9638507")).toBe(4) // GTIN-8 96385074
    expect(gtinCheckDigit("03600029145")).toBe(2) // UPC-A 036000291452
    expect(gtinCheckDigit("0893123456789")).toBe(7)
    expect(gtinCheckDigit("590123412345")).toBe(7) // 5901234123457
    expect(gtinCheckDigit("0893123400005")).toBe(9)
  })
  it("refuses non-digits", () => {
    expect(() => gtinCheckDigit("12a")).toThrow(TraceInputError)
    expect(() => gtinCheckDigit("")).toThrow(TraceInputError)
  })
})

describe("isValidGtin", () => {
  it("accepts GTIN-8/12/13/14 with the right check digit", () => {
    for (const code of ["96385074", "036000291452", "4006381333931", "08931234567897", "6291041500213"]) {
      expect(isValidGtin(code)).toBe(true)
    }
  })
  it("refuses wrong check digits, lengths, non-digits and all zeros", () => {
    for (const code of ["4006381333932", "08931234567891", "1234567", "123456789", "40063813339311", "400638133393a", " 4006381333931", "", "00000000000000"]) {
      expect(isValidGtin(code)).toBe(false)
    }
  })
})

describe("toGtin14", () => {
  it("left-pads valid GTIN-8/12/13 and keeps a GTIN-14", () => {
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("036000291452")).toBe("00036000291452")
    expect(toGtin14("4006381333931")).toBe("04006381333931")
    expect(toGtin14("18931234567894")).toBe("18931234567894")
  })
  it("explains a wrong check digit", () => {
    expect(() => toGtin14("08931234567891")).toThrow("GTIN 08931234567891 has a wrong check digit: the last digit should be 7")
    try {
      toGtin14("08931234567891")
    } catch (e) {
      expect((e as TraceInputError).field).toBe("gtin")
    }
  })
  it("explains a wrong length and non-digits", () => {
    expect(() => toGtin14("12345")).toThrow("GTIN 12345 has 5 digits; a GTIN has 8, 12, 13 or 14 digits")
    expect(() => toGtin14("893ABC")).toThrow('GTIN "893ABC" must contain only digits')
  })
})

describe("makeGtin14", () => {
  it("builds indicator + prefix + padded reference + check digit", () => {
    expect(makeGtin14("8931234", 56789)).toBe("08931234567897")
    expect(makeGtin14("8931234", "56789")).toBe("08931234567897")
    expect(makeGtin14("8931234", 5)).toBe("08931234000059")
    expect(makeGtin14("893123456", 7, "1")).toMatch(/^1893123456007\d$/)
    const g = makeGtin14("893123456", 7, "1")
    expect(isValidGtin(g)).toBe(true)
  })
  it("always gives a valid 14-digit GTIN", () => {
    for (let ref = 0; ref < 1000; ref += 37) {
      const g = makeGtin14("89312345", ref)
      expect(g).toHaveLength(14)
      expect(isValidGtin(g)).toBe(true)
    }
  })
  it("refuses a reference that does not fit and bad inputs", () => {
    expect(() => makeGtin14("8931234", 123456)).toThrow(/does not fit.*room for 5 digits/)
    expect(() => makeGtin14("893", 1)).toThrow(TraceInputError) // a company prefix has at least 4 digits
    expect(() => makeGtin14("89312A4", 1)).toThrow(TraceInputError)
    expect(() => makeGtin14("8931234", -1)).toThrow(TraceInputError)
    expect(() => makeGtin14("8931234", 1.5)).toThrow(TraceInputError)
    expect(() => makeGtin14("8931234", 1, "10")).toThrow(TraceInputError)
    try {
      makeGtin14("8931234", 123456)
    } catch (e) {
      expect((e as TraceInputError).field).toBe("itemReference")
    }
  })
})
