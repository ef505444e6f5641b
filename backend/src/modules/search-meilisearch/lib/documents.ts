/**
 * Documents on their way in and out of Meilisearch. Date fields travel as
 * epoch milliseconds (Meilisearch compares numbers, not ISO strings) and come
 * back as ISO strings. Pure.
 */
type Doc = Record<string, unknown>

function mapPath(target: unknown, segments: string[], map: (value: unknown) => unknown): unknown {
  if (target === null || target === undefined) return target
  if (Array.isArray(target)) return target.map((entry) => mapPath(entry, segments, map))
  if (!segments.length) return map(target)
  if (typeof target !== "object") return target
  const [head, ...rest] = segments
  if (!(head in (target as Doc))) return target
  return { ...(target as Doc), [head]: mapPath((target as Doc)[head], rest, map) }
}

const toMillis = (value: unknown) => {
  if (value instanceof Date) return value.getTime()
  if (typeof value === "string") {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : time
  }
  return value
}

const toIso = (value: unknown) => (typeof value === "number" ? new Date(value).toISOString() : value)

export function encodeDocument<T extends Doc>(document: T, dates: ReadonlySet<string>): T {
  let out: unknown = document
  for (const path of dates) out = mapPath(out, path.split("."), toMillis)
  return out as T
}

export function decodeDocument<T extends Doc>(document: T, dates: ReadonlySet<string>): T {
  let out: unknown = document
  for (const path of dates) out = mapPath(out, path.split("."), toIso)
  return out as T
}
