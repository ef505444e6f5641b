/**
 * A Search Module index definition read for Meilisearch: its leaf fields by
 * dotted path, and the settings they translate to. Pure.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

export type LeafField = { path: string; field: SearchTypes.SearchFieldDefinition }

/** Leaf fields by dotted path; nested objects (arrays of objects too) flatten to their leaves. */
export function leafFields(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): LeafField[] {
  const out: LeafField[] = []
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object") out.push(...leafFields(field.fields ?? {}, path))
    else out.push({ path, field })
  }
  return out
}

const isSearchable = (field: SearchTypes.SearchFieldDefinition) => field.searchable === true || typeof field.searchable === "object"
const weightOf = (field: SearchTypes.SearchFieldDefinition) => (typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1)

export function facetKinds(field: SearchTypes.SearchFieldDefinition): SearchTypes.SearchFacetKind[] {
  const numeric = ["integer", "float", "date"].includes(field.type)
  if (field.facetable === true) return numeric ? ["range"] : ["value"]
  if (typeof field.facetable === "object") return field.facetable.types ?? (numeric ? ["range"] : ["value"])
  return []
}

/** Paths of `date` fields: Meilisearch filters and sorts numbers, so dates are stored as epoch milliseconds. */
export function datePaths(index: SearchTypes.ResolvedSearchIndexDefinition): Set<string> {
  return new Set(leafFields(index.fields).filter((l) => l.field.type === "date").map((l) => l.path))
}

/** Refuses what this provider cannot hold, so `db:migrate` fails rather than a search answering wrongly later. */
export function assertSupported(index: SearchTypes.ResolvedSearchIndexDefinition) {
  const fail = (message: string) => {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Search index "${index.name}": ${message}`)
  }
  for (const { path, field } of leafFields(index.fields)) {
    if (field.type === "vector") fail(`the Meilisearch provider does not support vector fields ("${path}")`)
    if (field.type === "geo") fail(`the Meilisearch provider does not support geo fields ("${path}")`)
    if (facetKinds(field).includes("range")) fail(`Meilisearch has no range facets; declare "${path}" with facetable({ types: ["stats"] }) or ["value"]`)
  }
}

/** Index settings for a definition: attributes by capability, typo tolerance, and `provider_options["search-meilisearch"]` verbatim. */
export function meilisearchSettings(index: SearchTypes.ResolvedSearchIndexDefinition, identifier: string): Record<string, unknown> {
  const leaves = leafFields(index.fields)
  const searchable = leaves
    .map((leaf, order) => ({ ...leaf, order }))
    .filter(({ field }) => isSearchable(field))
    .sort((a, b) => weightOf(b.field) - weightOf(a.field) || a.order - b.order)
    .map(({ path }) => path)
  const filterable = new Set<string>([index.primary_key])
  for (const { path, field } of leaves) if (field.filterable || facetKinds(field).length) filterable.add(path)
  const sortable = leaves.filter(({ field }) => field.sortable).map(({ path }) => path)
  const typo = index.settings.typo_tolerance
  const settings: Record<string, unknown> = {
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: [...filterable],
    sortableAttributes: sortable,
    distinctAttribute: index.settings.distinct_attribute ?? null,
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.disabled_on_attributes ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
    },
  }
  return { ...settings, ...(index.settings.provider_options?.[identifier] ?? {}) }
}
