// Unit tests of errors.ts.
import { TraceInputError, isTraceInputError } from "./errors"

describe("TraceInputError", () => {
  it("is an Error with a field and a readable message", () => {
    const e = new TraceInputError("gtin", "GTIN 1 is wrong")
    expect(e).toBeInstanceOf(Error)
    expect(e).toBeInstanceOf(TraceInputError)
    expect(e.name).toBe("TraceInputError")
    expect(e.field).toBe("gtin")
    expect(e.message).toBe("GTIN 1 is wrong")
    expect(isTraceInputError(e)).toBe(true)
    expect(isTraceInputError(new Error("x"))).toBe(false)
  })
})
