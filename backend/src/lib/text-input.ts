/**
 * Text as it arrives in a request, before any validator sees it: Unicode NFC (a macOS
 * keyboard or a copied PDF sends "ệ" as e + two combining marks, NFD; Vietnamese is
 * stored composed), and no NUL character (U+0000), which no Postgres text column can hold.
 */

/** The path of the first string holding U+0000 (e.g. "areas[0].name"), or undefined. */
export function findNulCharacter(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path || "The request body" : undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulCharacter(value[i], `${path}[${i}]`)
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(key, path ? `${path}.${key}` : key) ?? findNulCharacter(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return undefined
}

/** Every string (keys too) of a parsed JSON value or query, in NFC; other values unchanged. */
export function toNfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T
  if (Array.isArray(value)) return value.map((item) => toNfc(item)) as T
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize("NFC"), toNfc(item)])) as T
  }
  return value
}
