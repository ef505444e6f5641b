/**
 * The Search Module's filter tree compiled to Meilisearch's filter expression
 * language (`=`, `!=`, `>`, `IN [...]`, `EXISTS`, `IS NULL`, `AND`, `OR`,
 * `NOT`). Operators Meilisearch cannot express (`$prefix`, `$like`) are refused
 * rather than approximated. Pure.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

/** A value literal: numbers bare, strings double-quoted with `"` and `\` escaped, dates as epoch milliseconds. */
export function literal(value: Value, isDate = false): string {
  if (value instanceof Date) return String(value.getTime())
  if (isDate && typeof value === "string") {
    const time = Date.parse(value)
    if (Number.isNaN(time)) fail(`"${value}" is not a date`)
    return String(time)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(`${value} cannot be used in a Meilisearch filter`)
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const attribute = (path: string) => (/^[A-Za-z0-9_.-]+$/.test(path) ? path : fail(`"${path}" is not a field name Meilisearch filters accept`))

function equals(path: string, value: Value, isDate: boolean): string {
  return value === null ? `${path} IS NULL` : `${path} = ${literal(value, isDate)}`
}

function anyOf(path: string, values: Value[], isDate: boolean): string {
  const nulls = values.some((v) => v === null)
  const rest = values.filter((v) => v !== null)
  const parts = [...(rest.length ? [`${path} IN [${rest.map((v) => literal(v, isDate)).join(", ")}]`] : []), ...(nulls ? [`${path} IS NULL`] : [])]
  if (!parts.length) return `${path} IN []`
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

const asArray = (value: unknown): Value[] => (Array.isArray(value) ? value : [value]) as Value[]

function predicate(path: string, raw: unknown, dates: ReadonlySet<string>): string {
  const field = attribute(path)
  const isDate = dates.has(path)
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return Array.isArray(raw) ? anyOf(field, raw as Value[], isDate) : equals(field, raw as Value, isDate)
  }
  const parts: string[] = []
  for (const [operator, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (operator) {
      case "$eq":
        parts.push(equals(field, value as Value, isDate))
        break
      case "$ne":
        parts.push(value === null || value === undefined ? `${field} IS NOT NULL` : `${field} != ${literal(value as Value, isDate)}`)
        break
      case "$in":
      case "$overlaps":
        parts.push(anyOf(field, asArray(value), isDate))
        break
      case "$nin":
        parts.push(`NOT ${anyOf(field, asArray(value), isDate)}`)
        break
      case "$gt":
        parts.push(`${field} > ${literal(value as Value, isDate)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${literal(value as Value, isDate)}`)
        break
      case "$lt":
        parts.push(`${field} < ${literal(value as Value, isDate)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${literal(value as Value, isDate)}`)
        break
      case "$exists":
        // EXISTS is also true for a null value; the Search Module means "set".
        parts.push(value ? `(${field} EXISTS AND ${field} IS NOT NULL)` : `(${field} NOT EXISTS OR ${field} IS NULL)`)
        break
      case "$contains": {
        const all = asArray(value).map((v) => equals(field, v, isDate))
        parts.push(all.length === 1 ? all[0] : `(${all.join(" AND ")})`)
        break
      }
      case "$prefix":
      case "$like":
        fail(`Meilisearch has no substring or prefix filter ("${operator}" on "${path}")`)
        break
      default:
        fail(`The Meilisearch provider does not support the filter operator "${operator}" on "${path}"`)
    }
  }
  if (!parts.length) fail(`Empty operator map on filter field "${path}"`)
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filter expression for a filter tree, or undefined when it filters nothing. `q` is never a field. */
export function compileFilter(filters: SearchTypes.SearchFilters | undefined, dates: ReadonlySet<string> = new Set()): string | undefined {
  if (!filters) return undefined
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      const nested = (value as SearchTypes.SearchFilters[]).map((branch) => compileFilter(branch, dates)).filter((s): s is string => !!s)
      if (nested.length) parts.push(nested.length === 1 ? nested[0] : `(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const nested = compileFilter(value as SearchTypes.SearchFilters, dates)
      if (nested) parts.push(`NOT (${nested})`)
      continue
    }
    parts.push(predicate(key, value, dates))
  }
  if (!parts.length) return undefined
  return parts.length === 1 ? parts[0] : parts.join(" AND ")
}
