// GTIN helpers: GS1 mod-10 check digit, validation, GTIN-14 padding and construction from a company prefix.
import { TraceInputError } from "./errors"

const GTIN_LENGTHS = [8, 12, 13, 14]

/** GS1 mod-10 check digit of `body` (all digits but the check digit): weights 3,1,3,… from the right. */
export function gtinCheckDigit(body: string): number {
  if (typeof body !== "string" || !/^\d{1,17}$/.test(body)) {
    throw new TraceInputError("gtin", `Cannot compute a check digit of "${String(body)}": it must be 1 to 17 digits`)
  }
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += i % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

/** Why `code` is not a valid GTIN-8/12/13/14, or null when it is valid. */
export function gtinProblem(code: unknown): string | null {
  if (typeof code !== "string" || code === "") return "A GTIN is required"
  if (!/^\d+$/.test(code)) return `GTIN "${code}" must contain only digits`
  if (!GTIN_LENGTHS.includes(code.length)) {
    return `GTIN ${code} has ${code.length} digits; a GTIN has 8, 12, 13 or 14 digits`
  }
  if (/^0+$/.test(code)) return `GTIN ${code} is all zeros`
  const expected = gtinCheckDigit(code.slice(0, -1))
  if (Number(code[code.length - 1]) !== expected) {
    return `GTIN ${code} has a wrong check digit: the last digit should be ${expected}`
  }
  return null
}

/** True for an 8, 12, 13 or 14 digit GTIN with a correct check digit. */
export function isValidGtin(code: string): boolean {
  return gtinProblem(code) === null
}

/** The GTIN-14 form of a valid GTIN-8/12/13/14 (left-padded with zeros); throws TraceInputError otherwise. */
export function toGtin14(code: string, field = "gtin"): string {
  const problem = gtinProblem(code)
  if (problem) throw new TraceInputError(field, problem)
  return code.padStart(14, "0")
}

/**
 * Builds a GTIN-14 from a GS1 company prefix (e.g. "893" + company digits for Vietnam), an item
 * reference and an indicator digit: indicator + prefix + zero-padded reference make 13 digits,
 * then the check digit is appended.
 */
export function makeGtin14(companyPrefix: string, itemReference: number | string, indicator = "0"): string {
  if (typeof indicator !== "string" || !/^\d$/.test(indicator)) {
    throw new TraceInputError("indicator", `The indicator must be one digit 0-9, not "${String(indicator)}"`)
  }
  if (typeof companyPrefix !== "string" || !/^\d{4,12}$/.test(companyPrefix)) {
    throw new TraceInputError(
      "companyPrefix",
      `The GS1 company prefix must be 4 to 12 digits (e.g. 893 followed by the company number), not "${String(companyPrefix)}"`,
    )
  }
  const reference = typeof itemReference === "number" ? itemReferenceFromNumber(itemReference) : itemReference
  if (typeof reference !== "string" || !/^\d+$/.test(reference)) {
    throw new TraceInputError("itemReference", `The item reference must be digits, not "${String(itemReference)}"`)
  }
  const room = 12 - companyPrefix.length
  if (reference.length > room) {
    throw new TraceInputError(
      "itemReference",
      `Item reference ${reference} does not fit: with the ${companyPrefix.length}-digit company prefix ${companyPrefix} ` +
        `there is room for ${room} digit${room === 1 ? "" : "s"} (largest ${"9".repeat(room) || "none"})`,
    )
  }
  const body = indicator + companyPrefix + reference.padStart(room, "0")
  return body + String(gtinCheckDigit(body))
}

function itemReferenceFromNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TraceInputError("itemReference", `The item reference must be a whole number 0 or more, not ${value}`)
  }
  return String(value)
}
