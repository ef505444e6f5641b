import { describe, expect, it } from "vitest"
import { errorDetails } from "./error-details"

describe("what an error page shows of an unexpected error", () => {
  const error = new Error('relation "producer" does not exist')

  it("is nothing in production: no message, no stack", () => {
    expect(errorDetails(error, false)).toBeNull()
  })

  it("is the message and stack in development", () => {
    expect(errorDetails(error, true)).toEqual({ message: 'relation "producer" does not exist', stack: expect.stringContaining("error-details.test.ts") })
  })

  it("is nothing for a thrown value that is not an Error", () => {
    expect(errorDetails({ secret: "x" }, true)).toBeNull()
  })
})
