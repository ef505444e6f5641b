// GS1 Digital Link URIs for a GTIN with batch/lot (10), serial (21) and expiry (?17=YYMMDD): format and strict parse.
import { TraceInputError } from "./errors"
import { gtinProblem, toGtin14 } from "./gtin"
import { gs1DateProblem, toGs1Date } from "./gs1-date"

export interface DigitalLinkParts {
  gtin: string
  lot?: string
  serial?: string
  /** GS1 AI 17, YYMMDD (day 00 = end of month) */
  expiry?: string
}

export interface DigitalLinkInput {
  /** origin of the resolver, e.g. "https://truyxuat.example.vn" */
  base: string
  gtin: string
  lot?: string
  serial?: string
  expiry?: Date | string
}

/** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
const SET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/
const SET_82_TEXT = `A-Z a-z 0-9 and ! " % & ' ( ) * + , - . / : ; < = > ? _`

const QUALIFIERS: Record<string, { key: "lot" | "serial"; name: string; order: number }> = {
  "10": { key: "lot", name: "batch/lot", order: 1 },
  "21": { key: "serial", name: "serial number", order: 2 },
}
/** Deprecated convenience names of GS1 Digital Link 1.0/1.1, still accepted when parsing. */
const ALIASES: Record<string, string> = { gtin: "01", lot: "10", ser: "21", exp: "17" }

/** Why `value` is not a valid GS1 X..20 value (set 82, 1 to `max` characters), or null. */
export function gs1TextProblem(value: unknown, label: string, max = 20): string | null {
  if (typeof value !== "string" || value === "") return `The ${label} is empty`
  const chars = Array.from(value)
  if (chars.length > max) return `The ${label} "${value}" has ${chars.length} characters; at most ${max} are allowed`
  const bad = chars.find((c) => !SET_82.test(c))
  if (bad !== undefined) {
    const shown = bad === " " ? "a space" : /[\u0000-\u001f\u007f]/.test(bad) ? "a control character" : `"${bad}"`
    return `The ${label} "${value}" contains ${shown}, which GS1 does not allow (allowed: ${SET_82_TEXT})`
  }
  return null
}

/** Checks a GS1 X..20 value and returns it; throws TraceInputError naming `field`. */
export function checkGs1Text(value: unknown, field: string, label: string, max = 20): string {
  const problem = gs1TextProblem(value, label, max)
  if (problem) throw new TraceInputError(field, problem)
  return value as string
}

/** Percent-encodes every character outside A-Z a-z 0-9 - . _ (as the GS1 Digital Link standard requires). */
export function encodeAiValue(value: string): string {
  return value.replace(/[^A-Za-z0-9\-._]/g, (c) =>
    Array.from(Buffer.from(c, "utf8"), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join(""),
  )
}

/** Decodes %XX escapes (UTF-8); throws TraceInputError for a broken escape. */
function decodeAiValue(raw: string, field: string, label: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(raw)) {
    throw new TraceInputError(field, `The ${label} "${raw}" has a "%" that is not followed by two hex digits`)
  }
  try {
    return decodeURIComponent(raw)
  } catch {
    throw new TraceInputError(field, `The ${label} "${raw}" has percent-escapes that are not valid UTF-8`)
  }
}

function checkBase(base: string): string {
  const m = typeof base === "string" ? /^(https?):\/\/([^/?#@\s]+?)\/*$/i.exec(base) : null
  if (!m) {
    throw new TraceInputError("base", `The base "${String(base)}" must be an origin like https://truyxuat.example.vn (no path, query or fragment)`)
  }
  return `${m[1].toLowerCase()}://${m[2]}`
}

/** `https://{host}/01/{gtin14}[/10/{lot}][/21/{serial}][?17=YYMMDD]`, validating every part. */
export function formatDigitalLink(input: DigitalLinkInput): string {
  let uri = `${checkBase(input.base)}/01/${toGtin14(input.gtin)}`
  if (input.lot !== undefined) uri += `/10/${encodeAiValue(checkGs1Text(input.lot, "lot", "batch/lot"))}`
  if (input.serial !== undefined) uri += `/21/${encodeAiValue(checkGs1Text(input.serial, "serial", "serial number"))}`
  if (input.expiry !== undefined) uri += `?17=${toGs1Date(input.expiry, "expiry")}`
  return uri
}

/**
 * Parses `/01/{gtin}[/10/{lot}][/21/{serial}][?17=YYMMDD]`, or a full http(s) URL with such a path.
 * GTIN-8/12/13 are padded to 14 digits. Non-numeric query keys (linkType, utm_…) and a #fragment are
 * ignored; anything else that is not part of a valid Digital Link throws TraceInputError.
 */
export function parseDigitalLink(pathAndQuery: string): DigitalLinkParts {
  if (typeof pathAndQuery !== "string" || pathAndQuery.trim() === "") {
    throw new TraceInputError("path", "The Digital Link is empty")
  }
  let rest = pathAndQuery.replace(/#.*$/s, "")
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest)
  if (origin) {
    if (!/^https?:/i.test(origin[0])) throw new TraceInputError("path", `"${pathAndQuery}" is not an http(s) link`)
    rest = rest.slice(origin[0].length)
  }
  const q = rest.indexOf("?")
  const path = q === -1 ? rest : rest.slice(0, q)
  const query = q === -1 ? "" : rest.slice(q + 1)

  const segments = path.split("/")
  if (segments[0] !== "" || segments.length < 3 || (ALIASES[segments[1]] ?? segments[1]) !== "01") {
    throw new TraceInputError("path", `"${path}" is not a GS1 Digital Link path: it must start with /01/ followed by a GTIN`)
  }
  const result: DigitalLinkParts = { gtin: parseGtin(segments[2]) }
  let lastOrder = 0
  for (let i = 3; i < segments.length; i += 2) {
    const rawAi = segments[i]
    if (rawAi === "" && i === segments.length - 1) {
      throw new TraceInputError("path", `The Digital Link "${path}" ends with an extra "/"`)
    }
    const ai = ALIASES[rawAi] ?? rawAi
    const qualifier = QUALIFIERS[ai]
    if (!qualifier) throw new TraceInputError("path", unknownAiMessage(rawAi, ai))
    if (i + 1 >= segments.length) {
      throw new TraceInputError(qualifier.key, `AI ${ai} (${qualifier.name}) at the end of "${path}" has no value`)
    }
    if (result[qualifier.key] !== undefined) {
      throw new TraceInputError(qualifier.key, `AI ${ai} (${qualifier.name}) appears more than once in "${path}"`)
    }
    if (qualifier.order < lastOrder) {
      throw new TraceInputError(qualifier.key, `AI ${ai} (${qualifier.name}) must come before AI 21 (serial number) in the path`)
    }
    lastOrder = qualifier.order
    const value = decodeAiValue(segments[i + 1], qualifier.key, qualifier.name)
    result[qualifier.key] = checkGs1Text(value, qualifier.key, qualifier.name)
  }
  parseQuery(query, result)
  return result
}

function parseGtin(raw: string): string {
  const problem = gtinProblem(raw)
  if (problem) throw new TraceInputError("gtin", problem)
  return toGtin14(raw)
}

function unknownAiMessage(raw: string, ai: string): string {
  if (raw === "") return `The Digital Link has an empty path segment ("//")`
  if (ai === "01") return `AI 01 (GTIN) appears more than once in the path`
  if (ai === "17") return `AI 17 (expiry date) belongs in the query string (?17=YYMMDD), not in the path`
  if (/^\d{2,4}$/.test(ai)) return `AI ${ai} is not supported in this Digital Link path (only 10 batch/lot and 21 serial)`
  return `Unexpected path segment "${raw}": expected 10 (batch/lot) or 21 (serial number)`
}

function parseQuery(query: string, result: DigitalLinkParts): void {
  for (const pair of query.split("&")) {
    if (pair === "") continue
    const eq = pair.indexOf("=")
    const rawKey = eq === -1 ? pair : pair.slice(0, eq)
    const key = ALIASES[rawKey] ?? rawKey
    if (!/^\d+$/.test(key)) continue // non-GS1 parameters such as linkType or utm_source
    if (key !== "17") {
      throw new TraceInputError("query", `AI ${key} is not supported in the query string (only 17, expiry date)`)
    }
    if (result.expiry !== undefined) throw new TraceInputError("expiry", "AI 17 (expiry date) appears more than once")
    const value = eq === -1 ? "" : decodeAiValue(pair.slice(eq + 1), "expiry", "expiry date")
    const problem = gs1DateProblem(value)
    if (problem) throw new TraceInputError("expiry", `Expiry date (AI 17): ${problem}`)
    result.expiry = value
  }
}
