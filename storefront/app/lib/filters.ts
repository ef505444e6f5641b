/**
 * The product listing's state lives in the URL query, so a filtered page survives a
 * reload, can be shared, and works as a plain GET form without JavaScript.
 * Parameter names follow the catalog API: min_stars, group, producer, commune,
 * price_min, price_max, sort, plus page (1-based). Defaults are left out of URLs.
 * The search results page (lib/search.ts) reads and writes the same facet filters.
 */
import { isLegalForm, isProductGroup, isStarLevel, type LegalForm, type ProductGroup, type StarLevel } from "./ocop"

export const SORTS = ["newest", "price_asc", "price_desc", "stars"] as const
export type ListingSort = (typeof SORTS)[number]
export const DEFAULT_SORT: ListingSort = "newest"
export const PAGE_SIZE = 24
export const LISTING_PATH = "/san-pham"

export type ListingFilters = {
  minStars: StarLevel | null
  group: ProductGroup | null
  producer: string | null
  commune: string | null
  priceMin: number | null
  priceMax: number | null
  sort: ListingSort
  page: number
}

export const EMPTY_FILTERS: ListingFilters = {
  minStars: null,
  group: null,
  producer: null,
  commune: null,
  priceMin: null,
  priceMax: null,
  sort: DEFAULT_SORT,
  page: 1,
}

const MAX_TEXT = 200
const MAX_PRICE = 1_000_000_000_000

function text(value: string | null): string | null {
  const trimmed = value?.normalize("NFC").trim()
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : null
}

/** A whole number of đồng: "125.000", "125000" and "125 000" all read as 125000. */
function money(value: string | null): number | null {
  const digits = value?.replace(/[\s.,₫]/g, "")
  if (!digits || !/^\d+$/.test(digits)) return null
  const amount = Number(digits)
  return amount <= MAX_PRICE ? amount : null
}

/** The catalog API pages up to offset 100 000: no page number goes beyond. */
const MAX_PAGE = 4000

function positiveInt(value: string | null): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null
  const n = Number(value.trim())
  return n >= 1 && Number.isSafeInteger(n) ? Math.min(n, MAX_PAGE) : null
}

/**
 * The filters the listing and the search results share: what narrows a list of products.
 * The catalog API and the search API take them under the same names.
 */
export type FacetFilters = Pick<ListingFilters, "minStars" | "group" | "producer" | "commune" | "priceMin" | "priceMax">

export const EMPTY_FACET_FILTERS: FacetFilters = {
  minStars: null,
  group: null,
  producer: null,
  commune: null,
  priceMin: null,
  priceMax: null,
}

/** The facet filters of a URL query. Unknown or malformed values are ignored, never an error. */
export function parseFacetFilters(params: URLSearchParams): FacetFilters {
  const stars = Number(params.get("min_stars"))
  const group = params.get("group")
  let priceMin = money(params.get("price_min"))
  let priceMax = money(params.get("price_max"))
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  return {
    minStars: isStarLevel(stars) ? stars : null,
    group: isProductGroup(group) ? group : null,
    producer: text(params.get("producer")),
    commune: text(params.get("commune")),
    priceMin,
    priceMax,
  }
}

/** Adds the facet filters to `params`, in a fixed order, leaving out the unset ones. */
export function writeFacetFilters(params: URLSearchParams, filters: Partial<FacetFilters>): URLSearchParams {
  const f = { ...EMPTY_FACET_FILTERS, ...filters }
  if (f.minStars !== null) params.set("min_stars", String(f.minStars))
  if (f.group) params.set("group", f.group)
  if (f.producer) params.set("producer", f.producer)
  if (f.commune) params.set("commune", f.commune)
  if (f.priceMin !== null) params.set("price_min", String(f.priceMin))
  if (f.priceMax !== null) params.set("price_max", String(f.priceMax))
  return params
}

/** The page number of a URL query: 1 unless a whole number from 1 to `max`. */
export function parsePage(params: URLSearchParams, max = MAX_PAGE): number {
  return Math.min(positiveInt(params.get("page")) ?? 1, max)
}

/** The facet filters under the API's parameter names (catalog and search alike). */
export function toFacetQuery(filters: FacetFilters): FacetQuery {
  const query: FacetQuery = {}
  if (filters.minStars !== null) query.min_stars = filters.minStars
  if (filters.group) query.group = filters.group
  if (filters.producer) query.producer = filters.producer
  if (filters.commune) query.commune = filters.commune
  if (filters.priceMin !== null) query.price_min = filters.priceMin
  if (filters.priceMax !== null) query.price_max = filters.priceMax
  return query
}

export type FacetQuery = {
  min_stars?: number
  group?: string
  producer?: string
  commune?: string
  price_min?: number
  price_max?: number
}

/** Whether a URL query has an empty field, as a GET form sends (`group=&…`): such URLs redirect to the clean one. */
export function hasEmptyField(params: URLSearchParams): boolean {
  return [...params.values()].some((v) => v.trim() === "")
}

/** The filters in a URL query. Unknown or malformed values are ignored, never an error. */
export function parseListingFilters(params: URLSearchParams): ListingFilters {
  const sort = params.get("sort")
  return {
    ...parseFacetFilters(params),
    sort: (SORTS as readonly string[]).includes(sort ?? "") ? (sort as ListingSort) : DEFAULT_SORT,
    page: parsePage(params),
  }
}

/** The URL query of `filters`, in a fixed order, without defaults. */
export function serializeListingFilters(filters: Partial<ListingFilters>): URLSearchParams {
  const f = { ...EMPTY_FILTERS, ...filters }
  const params = writeFacetFilters(new URLSearchParams(), f)
  if (f.sort !== DEFAULT_SORT) params.set("sort", f.sort)
  if (f.page > 1) params.set("page", String(f.page))
  return params
}

/** A link to the listing with `filters`, e.g. `/san-pham?group=food`. */
export function listingHref(filters: Partial<ListingFilters> = {}): string {
  const query = serializeListingFilters(filters).toString()
  return query ? `${LISTING_PATH}?${query}` : LISTING_PATH
}

/** How many filters narrow the list (sort and page are not filters). */
export function activeFilterCount<F extends FacetFilters>(filters: F): number {
  return [filters.minStars, filters.group, filters.producer, filters.commune, filters.priceMin, filters.priceMax].filter(
    (v) => v !== null,
  ).length
}

export type CatalogProductsQuery = FacetQuery & {
  sort?: ListingSort
  limit?: number
  offset?: number
}

/** The catalog API query for a page of the listing. */
export function toCatalogQuery(filters: ListingFilters, pageSize = PAGE_SIZE): CatalogProductsQuery {
  return { sort: filters.sort, limit: pageSize, offset: (filters.page - 1) * pageSize, ...toFacetQuery(filters) }
}

export function pageCount(count: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / pageSize))
}

/**
 * The page numbers to link to around `current`: first, last and neighbours, with
 * `null` for a gap, e.g. [1, null, 4, 5, 6, null, 9].
 */
export function pageWindow(current: number, pages: number, around = 1): (number | null)[] {
  const shown = new Set<number>([1, pages])
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= pages) shown.add(p)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: (number | null)[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(p - sorted[i - 1] === 2 ? p - 1 : null)
    out.push(p)
  })
  return out
}

// --- The producer list ----------------------------------------------------------

export const PRODUCERS_PATH = "/nha-san-xuat"
export const PRODUCERS_PAGE_SIZE = 24

export type ProducerFilters = {
  q: string | null
  legalForm: LegalForm | null
  commune: string | null
  page: number
}

export function parseProducerFilters(params: URLSearchParams): ProducerFilters {
  const legalForm = params.get("legal_form")
  return {
    q: text(params.get("q")),
    legalForm: isLegalForm(legalForm) ? legalForm : null,
    commune: text(params.get("commune")),
    page: positiveInt(params.get("page")) ?? 1,
  }
}

export function producersHref(filters: Partial<ProducerFilters> = {}): string {
  const params = new URLSearchParams()
  if (filters.q) params.set("q", filters.q)
  if (filters.legalForm) params.set("legal_form", filters.legalForm)
  if (filters.commune) params.set("commune", filters.commune)
  if (filters.page && filters.page > 1) params.set("page", String(filters.page))
  const query = params.toString()
  return query ? `${PRODUCERS_PATH}?${query}` : PRODUCERS_PATH
}
