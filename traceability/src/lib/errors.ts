// TraceInputError: the one error type for every refusal of traceability input, naming the field at fault.

export class TraceInputError extends Error {
  /** The input field that was refused, e.g. "gtin", "lot", "expiry", "events[2].quantity". */
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = "TraceInputError"
    this.field = field
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

/** True when `error` is a TraceInputError (also across module copies, by name). */
export function isTraceInputError(error: unknown): error is TraceInputError {
  return (
    error instanceof TraceInputError ||
    (error instanceof Error && error.name === "TraceInputError" && typeof (error as TraceInputError).field === "string")
  )
}
