// Deterministic JSON (RFC 8785 JCS style: sorted keys, no whitespace) and SHA-256, for hashing and signing.
import { createHash } from "node:crypto"
import { TraceInputError } from "./errors"

/**
 * Serialises `value` as JSON with object keys sorted by UTF-16 code units and no whitespace.
 * Numbers and strings are written exactly as JSON.stringify writes them (strings are not
 * normalised: what is stored is what is hashed); Dates (anything with toJSON) become their JSON
 * form, ISO strings for Dates. Like JSON.stringify, undefined/function members are left out of
 * objects and become null in arrays. NaN, Infinity, BigInt and cycles are refused.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set(), "value") ?? "null"
}

function write(value: unknown, seen: Set<object>, path: string): string | undefined {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON()
  }
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value)
    case "number":
      if (!Number.isFinite(value)) throw new TraceInputError(path, `${path} is ${value}, which JSON cannot represent`)
      return JSON.stringify(value)
    case "bigint":
      throw new TraceInputError(path, `${path} is a BigInt, which JSON cannot represent; store it as a string`)
    case "undefined":
    case "function":
    case "symbol":
      return undefined
  }
  if (value === null) return "null"
  const object = value as object
  if (seen.has(object)) throw new TraceInputError(path, `${path} refers to itself (a cycle)`)
  seen.add(object)
  let out: string
  if (Array.isArray(object)) {
    out = "[" + object.map((item, i) => write(item, seen, `${path}[${i}]`) ?? "null").join(",") + "]"
  } else {
    const record = object as Record<string, unknown>
    const members: string[] = []
    for (const key of Object.keys(record).sort()) {
      const written = write(record[key], seen, `${path}.${key}`)
      if (written !== undefined) members.push(JSON.stringify(key) + ":" + written)
    }
    out = "{" + members.join(",") + "}"
  }
  seen.delete(object)
  return out
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}
