/**
 * A Search Module query as Meilisearch search parameters, and a Meilisearch
 * response as a Search Module result. Pure: the service does the I/O.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument } from "@medusajs/framework/utils"
import { decodeDocument } from "./documents"
import { compileFilter } from "./filters"

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

export type MeilisearchParams = {
  q: string
  offset: number
  limit: number
  filter?: string
  sort?: string[]
  facets?: string[]
  attributesToRetrieve?: string[]
  attributesToSearchOn?: string[]
  matchingStrategy?: "all" | "last" | "frequency"
  attributesToHighlight?: string[]
  highlightPreTag?: string
  highlightPostTag?: string
  attributesToCrop?: string[]
  cropLength?: number
  distinct?: string
  rankingScoreThreshold?: number
  showRankingScore?: boolean
  locales?: string[]
}

export type MeilisearchResponse = {
  hits: Record<string, unknown>[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs?: number
  query?: string
}

const roots = (paths: string[]) => [...new Set(paths.map((p) => p.split(".")[0]))]

export function toSearchParams(input: SearchTypes.ProviderSearchQuery, dates: ReadonlySet<string>): MeilisearchParams {
  const options = input.search_options ?? {}
  if (options.vector) fail("The Meilisearch provider does not support vector search")
  if (input.pagination?.cursor !== undefined) fail("The Meilisearch provider does not support cursor pagination")
  if (options.match_strategy === "any") fail('Meilisearch cannot require "at least one word" of a query; use match_strategy "all" or "last"')

  const sort: string[] = []
  const order = Object.entries(input.pagination?.order ?? {})
  order.forEach(([field, direction], i) => {
    if (field === "_score") {
      // Relevance is Meilisearch's own order; it can only come after the sorted fields, as a tie-breaker.
      if (direction === "ASC") fail("Meilisearch cannot sort by ascending relevance")
      if (order.slice(i + 1).length) fail('Meilisearch ranks by relevance after its "sort" fields, not before them')
      return
    }
    sort.push(`${field}:${direction === "ASC" ? "asc" : "desc"}`)
  })

  const facets: string[] = []
  for (const facet of options.facets ?? []) {
    const request = typeof facet === "string" ? { field: facet, type: "value" as const } : facet
    if (request.type === "range") fail(`Meilisearch has no range facets ("${request.field}")`)
    facets.push(request.field)
  }

  const params: MeilisearchParams = {
    q: input.q ?? "",
    offset: input.pagination?.skip ?? 0,
    limit: input.pagination?.take ?? 20,
    // Meilisearch always treats the last word as a prefix, which is "last"; "all" keeps every word required.
    matchingStrategy: "all",
    attributesToRetrieve: roots(input.attributes_to_retrieve),
  }
  const filter = compileFilter(input.filters, dates)
  if (filter) params.filter = filter
  if (sort.length) params.sort = sort
  if (facets.length) params.facets = [...new Set(facets)]
  if (options.attributes_to_search_on?.length) params.attributesToSearchOn = options.attributes_to_search_on
  if (options.distinct) params.distinct = options.distinct
  if (options.min_score !== undefined) params.rankingScoreThreshold = options.min_score
  if (options.include_score) params.showRankingScore = true
  if (options.locales?.length) params.locales = options.locales
  if (options.highlight && input.q?.trim()) {
    const highlight: Partial<SearchTypes.SearchHighlightOptions> = options.highlight === true ? {} : options.highlight
    params.attributesToHighlight = highlight.fields?.length ? highlight.fields : ["*"]
    params.highlightPreTag = highlight.pre_tag ?? "<mark>"
    params.highlightPostTag = highlight.post_tag ?? "</mark>"
    if (highlight.snippet) {
      params.attributesToCrop = params.attributesToHighlight
      if (typeof highlight.snippet === "object") params.cropLength = highlight.snippet.length
    }
  }
  return params
}

function readPath(source: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((acc, key) => (acc && typeof acc === "object" ? (acc as Record<string, unknown>)[key] : undefined), source)
}

export function toSearchResult(
  input: SearchTypes.ProviderSearchQuery,
  response: MeilisearchResponse,
  dates: ReadonlySet<string>
): SearchTypes.SearchResult {
  const options = input.search_options ?? {}
  const primaryKey = input.index.primary_key
  const total = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const facet of options.facets ?? []) {
    const request = typeof facet === "string" ? { field: facet, type: "value" as const } : facet
    if (request.type === "stats") {
      const stats = response.facetStats?.[request.field]
      // Meilisearch reports no count with its stats; the matches are what they were computed over.
      facets[request.field] = stats ? { type: "stats", min: stats.min, max: stats.max, count: total } : { type: "stats", min: 0, max: 0, count: 0 }
      continue
    }
    if (request.type === "range") continue
    const distribution = Object.entries(response.facetDistribution?.[request.field] ?? {}).map(([value, count]) => ({ value, count }))
    const prefix = request.query
    const filtered = prefix ? distribution.filter((v) => v.value.startsWith(prefix)) : distribution
    filtered.sort(request.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
    const limit = request.limit ?? 10
    const kept = filtered.slice(0, limit)
    facets[request.field] = {
      type: "value",
      values: kept,
      other_count: filtered.slice(limit).reduce((n, v) => n + v.count, 0),
    }
  }
  return {
    hits: response.hits.map((raw) => {
      const { _formatted, _rankingScore, ...rest } = raw as Record<string, unknown> & { _formatted?: Record<string, unknown>; _rankingScore?: number }
      const document = projectDocument(decodeDocument(rest, dates), input.attributes_to_retrieve)
      const hit: SearchTypes.SearchHit = { id: String(readPath(rest, primaryKey)), document }
      if (options.include_score && typeof _rankingScore === "number") hit.score = _rankingScore
      if (_formatted && options.highlight) {
        const fields = options.highlight === true || !options.highlight || !options.highlight.fields?.length ? Object.keys(_formatted) : options.highlight.fields
        hit.highlights = Object.fromEntries(
          fields.map((field) => [field, [readPath(_formatted, field)].flat().filter((v): v is string => typeof v === "string")])
        )
      }
      return hit
    }),
    facets: Object.keys(facets).length ? facets : undefined,
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: options.count === "none" ? null : total,
      query: input.q,
      processing_time_ms: response.processingTimeMs,
    },
  }
}
