// Unit tests of canonical-json.ts.
import { canonicalJson, sha256Hex } from "./canonical-json"
import { TraceInputError } from "./errors"

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}')
  })
  it("sorts keys by UTF-16 code units (RFC 8785)", () => {
    // RFC 8785 section 3.2.3 sorting example
    const value = { "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis" }
    const keys = Object.keys(JSON.parse(canonicalJson(value)))
    // integer-like keys come first in any JS object, so compare the written order instead
    const written = [...canonicalJson(value).matchAll(/"([^"]*)":"/g)].map((m) => JSON.parse(`"${m[1]}"`))
    expect(written).toEqual(["\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"])
    expect(keys).toHaveLength(7)
  })
  it("writes numbers and strings like JSON.stringify, without normalising", () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1, 5e-324, 333333333.3333333])).toBe("[1e+21,1e-7,0,0.1,5e-324,333333333.3333333]")
    expect(canonicalJson("Vie\u0323\u0302t")).not.toBe(canonicalJson("Việt")) // NFD and NFC stay different
    expect(canonicalJson('a"\\\n\u0001')).toBe('"a\\"\\\\\\n\\u0001"')
  })
  it("writes Dates as ISO strings and drops undefined like JSON.stringify", () => {
    expect(canonicalJson({ t: new Date("2025-01-02T03:04:05.006Z"), u: undefined, f: () => 1 })).toBe('{"t":"2025-01-02T03:04:05.006Z"}')
    expect(canonicalJson([undefined])).toBe("[null]")
  })
  it("gives the same text for the same data in any key order", () => {
    expect(canonicalJson({ x: 1, y: [1, 2], z: { b: 2, a: 1 } })).toBe(canonicalJson({ z: { a: 1, b: 2 }, y: [1, 2], x: 1 }))
  })
  it("refuses NaN, Infinity, BigInt and cycles", () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(TraceInputError)
    expect(() => canonicalJson([Infinity])).toThrow(TraceInputError)
    expect(() => canonicalJson({ b: BigInt(1) })).toThrow(/BigInt/)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/)
    const shared = { a: 1 }
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]') // shared is not a cycle
  })
})

describe("sha256Hex", () => {
  it("hashes UTF-8 text", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(sha256Hex("Việt")).toHaveLength(64)
  })
})
