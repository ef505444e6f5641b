/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with nested
 * keys in brackets, as the Stripe SDKs send it (`qs` with indexed arrays):
 *
 *   amount=125000&metadata[session_id]=payses_1&expand[0]=payment_method
 *   → { amount: "125000", metadata: { session_id: "payses_1" }, expand: ["payment_method"] }
 *
 * Values stay strings (the API converts them per parameter); `a[]=x` appends,
 * `a[0]=x` indexes, an object whose keys are all indices becomes an array.
 */

export class FormError extends Error {}

export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"])
const MAX_DEPTH = 8

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "))
  } catch {
    throw new FormError(`Invalid URL encoding in "${text}"`)
  }
}

/** Splits `metadata[a][b]` into `["metadata", "a", "b"]`; `list[]` gives `["list", ""]`. */
export function parseKey(key: string): string[] {
  const open = key.indexOf("[")
  if (open === -1) return [key]
  const path = [key.slice(0, open)]
  const rest = key.slice(open)
  const segment = /\[([^[\]]*)\]/y
  let at = 0
  while (at < rest.length) {
    segment.lastIndex = at
    const match = segment.exec(rest)
    if (!match) throw new FormError(`Invalid parameter name "${key}"`)
    path.push(match[1])
    at = segment.lastIndex
  }
  if (!path[0]) throw new FormError(`Invalid parameter name "${key}"`)
  return path
}

type Node = { [key: string]: Node | string } | (Node | string)[]

function assign(root: Record<string, Node | string>, path: string[], value: string, key: string) {
  if (path.length > MAX_DEPTH) throw new FormError(`Parameter "${key}" is nested too deeply`)
  let node: any = root
  for (let i = 0; i < path.length; i++) {
    let segment = path[i]
    if (FORBIDDEN_KEYS.has(segment)) throw new FormError(`Invalid parameter name "${key}"`)
    const last = i === path.length - 1
    if (segment === "") {
      if (!Array.isArray(node)) throw new FormError(`Parameter "${key}" mixes a list with named keys`)
      segment = String(node.length)
    } else if (Array.isArray(node)) {
      throw new FormError(`Parameter "${key}" mixes a list with named keys`)
    }
    if (last) {
      if (node[segment] !== undefined) throw new FormError(`Parameter "${key}" is given more than once`)
      node[segment] = value
      return
    }
    const next = path[i + 1]
    if (node[segment] === undefined) node[segment] = next === "" ? [] : {}
    if (typeof node[segment] === "string") throw new FormError(`Parameter "${key}" is both a value and an object`)
    node = node[segment]
  }
}

/** Objects whose keys are all array indices (`expand[0]`, `expand[1]`) become arrays, in index order. */
function normalize(node: Node | string): FormValue {
  if (typeof node === "string") return node
  if (Array.isArray(node)) return node.map(normalize)
  const keys = Object.keys(node)
  if (keys.length && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => normalize(node[k]))
  }
  const out: FormObject = {}
  for (const k of keys) out[k] = normalize(node[k])
  return out
}

/** Decodes a form-encoded body or query string (without the leading `?`). */
export function decodeForm(input: string): FormObject {
  const root: Record<string, Node | string> = {}
  if (!input) return {}
  for (const pair of input.split("&")) {
    if (!pair) continue
    const eq = pair.indexOf("=")
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? "" : decodeComponent(pair.slice(eq + 1))
    assign(root, parseKey(key), value, key)
  }
  return normalize(root) as FormObject
}

/** Encodes an object the way the Stripe SDKs do (brackets left literal, arrays indexed). */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = []
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined) return
    if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
      for (const [k, v] of entries) walk(`${prefix}[${k}]`, v)
      return
    }
    const encoded = (s: string) => encodeURIComponent(s).replace(/%5B/g, "[").replace(/%5D/g, "]")
    pairs.push(`${encoded(prefix)}=${encodeURIComponent(value === null ? "" : String(value))}`)
  }
  for (const [k, v] of Object.entries(data)) walk(k, v)
  return pairs.join("&")
}
