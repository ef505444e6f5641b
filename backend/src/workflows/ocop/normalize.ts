/** Trims and NFC-normalises every string value of a flat record (nested objects one level deep). */
export function normalizeText<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string") out[key] = value.normalize("NFC").trim()
    else if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) out[key] = normalizeText(value as Record<string, unknown>)
    else out[key] = value
  }
  return out as T
}
