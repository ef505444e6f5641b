/**
 * The search results page's state lives in the URL query, like the listing's
 * (lib/filters.ts, whose facet filters it shares): `q`, the facet filters,
 * `sort` (relevance by default) and `page`. One parser and one serialiser; the
 * header's plain GET form (`/tim-kiem?q=…`) lands on a URL they read.
 * Also the search API's response types (GET /store/search and /store/search/suggest).
 */
import type { CatalogFacets, CatalogProduct } from "./catalog"
import {
  EMPTY_FACET_FILTERS,
  activeFilterCount,
  parseFacetFilters,
  parsePage,
  toFacetQuery,
  writeFacetFilters,
  type FacetFilters,
  type FacetQuery,
} from "./filters"

export const SEARCH_PATH = "/tim-kiem"
export const SUGGEST_PATH = "/tim-kiem/goi-y"

export const SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc", "stars"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const DEFAULT_SEARCH_SORT: SearchSort = "relevance"
export const SEARCH_PAGE_SIZE = 24

/** The search API takes queries of up to 200 characters. */
export const MAX_QUERY_LENGTH = 200
/** Suggestions start from this many characters. */
export const MIN_SUGGEST_LENGTH = 2
/** The search API pages up to offset 10 000. */
const MAX_OFFSET = 10_000

export type SearchState = FacetFilters & {
  q: string
  sort: SearchSort
  page: number
}

export const EMPTY_SEARCH: SearchState = { ...EMPTY_FACET_FILTERS, q: "", sort: DEFAULT_SEARCH_SORT, page: 1 }

/**
 * A query as typed, tidied: NFC (so "mắm" typed on any keyboard is the same word),
 * spaces collapsed, control characters dropped, at most 200 characters.
 */
export function normalizeQuery(value: string | null | undefined): string {
  if (!value) return ""
  return (
    value
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  )
}

/** The last page the search API can serve at `pageSize` results a page. */
export function maxSearchPage(pageSize = SEARCH_PAGE_SIZE): number {
  return Math.floor(MAX_OFFSET / pageSize) + 1
}

/** The search state of a URL query. Unknown or malformed values are ignored, never an error. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const sort = params.get("sort")
  return {
    q: normalizeQuery(params.get("q")),
    ...parseFacetFilters(params),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort ?? "") ? (sort as SearchSort) : DEFAULT_SEARCH_SORT,
    page: parsePage(params, maxSearchPage()),
  }
}

/** The URL query of a search state, `q` first, in a fixed order, without defaults. */
export function serializeSearchState(state: Partial<SearchState>): URLSearchParams {
  const s = { ...EMPTY_SEARCH, ...state }
  const params = new URLSearchParams()
  const q = normalizeQuery(s.q)
  if (q) params.set("q", q)
  writeFacetFilters(params, s)
  if (s.sort !== DEFAULT_SEARCH_SORT) params.set("sort", s.sort)
  if (s.page > 1) params.set("page", String(s.page))
  return params
}

/** A link to the search results, e.g. `/tim-kiem?q=nuoc+mam&min_stars=5`. */
export function searchHref(state: Partial<SearchState> = {}): string {
  const query = serializeSearchState(state).toString()
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}

/** Whether there is anything to search for: a query or a filter. */
export function isSearching(state: SearchState): boolean {
  return state.q !== "" || activeFilterCount(state) > 0
}

export type SearchQuery = FacetQuery & { q: string; sort: SearchSort; limit: number; offset: number }

/** The search API query for a page of results. */
export function toSearchQuery(state: SearchState, pageSize = SEARCH_PAGE_SIZE): SearchQuery {
  return { q: state.q, ...toFacetQuery(state), sort: state.sort, limit: pageSize, offset: (state.page - 1) * pageSize }
}

/** The suggestions resource route's URL for what is typed in the box. */
export function suggestHref(q: string): string {
  return `${SUGGEST_PATH}?${new URLSearchParams({ q: normalizeQuery(q) })}`
}

// --- The search API's answers ---------------------------------------------------

/** Fragments of HTML: the text escaped, the matching words in <mark>. */
export type SearchHighlight = { title?: string | null; description?: string | null }

export type SearchHit = CatalogProduct & { highlight?: SearchHighlight | null }

/** Facets of the results. `stars` counts products with at least `value` stars. */
export type SearchFacets = Omit<CatalogFacets, "stars"> & { stars: { value: number; count: number }[] }

export type SearchResponse = {
  hits: SearchHit[]
  count: number
  facets: SearchFacets
  /** The corrected query when the query found few or no products. */
  did_you_mean: string | null
  /** True when `hits` are those of `did_you_mean`. */
  corrected?: boolean
  limit: number
  offset: number
}

export type Suggestion = {
  title: string
  handle: string
  thumbnail: string | null
  /** The title as an HTML fragment with <mark> around the typed words. */
  highlight?: string | null
}

export type SuggestResponse = { suggestions: Suggestion[]; did_you_mean: string | null }
