/**
 * The catalog search, the same whatever provider serves the index: builds the
 * Search Module queries for a request, runs them in one `searchMany` round
 * trip, corrects the query when it finds (almost) nothing, re-ranks, and shapes
 * hits, highlights and facets. See docs/search.md.
 *
 * Pipeline for a query `q`:
 * 1. every word must match, the last one as a prefix ("tra hoa v"), typos off;
 * 2. fewer than `FEW_RESULTS` hits and a word the catalog does not know: the
 *    query corrected by the vocabulary ("nuoc mamm" → "nước mắm") is tried, and
 *    kept when it finds more; it is reported as `did_you_mean`;
 * 3. still nothing: the provider's own typo tolerance (pg_trgm on Postgres).
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { ProductGroup } from "../../modules/ocop/lib/domain"
import type { CatalogProduct } from "../catalog/shape"
import { CATALOG_SEARCH_INDEX, PRODUCER_KEY_SEPARATOR, type CatalogSearchDocument } from "./documents"
import { highlight, highlightFragment, highlightTerms, type HighlightTerms } from "./highlight"
import { currentRating, isRatingStale } from "./rating"
import { RERANK_WINDOW, rerank } from "./rerank"
import { queryVariants } from "./synonyms"
import { searchTokens } from "./text"
import type { Vocabulary, VocabularyEntry } from "./vocabulary"

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** Fewer hits than this make the search try a corrected query. */
export const FEW_RESULTS = 3

/** What the search needs from the Search Module. */
export type Searcher = {
  searchMany(queries: SearchTypes.SearchQuery[]): Promise<SearchTypes.SearchResult[]>
}

export type CatalogSearchParams = {
  q?: string
  min_stars?: number
  group?: ProductGroup
  producer?: string
  commune?: string
  price_min?: number
  price_max?: number
  sort: SearchSort
  limit: number
  offset: number
}

export type SearchContext = {
  /** Sales channels of the publishable key: only their products are found. */
  salesChannelIds: string[]
  now: Date
  vocabulary: () => Promise<Vocabulary>
}

export type SearchHighlight = { title: string; description: string | null }
export type CatalogSearchHit = CatalogProduct & { highlight: SearchHighlight }

export type CatalogSearchFacets = {
  stars: { value: number; count: number }[]
  groups: { value: string; count: number }[]
  communes: { value: string; count: number }[]
  producers: { value: string; label: string; count: number }[]
  price: { min: number; max: number } | null
}

export type CatalogSearchResponse = {
  hits: CatalogSearchHit[]
  count: number
  facets: CatalogSearchFacets
  /** The corrected query, as the catalog writes it, when the query found few or no products. */
  did_you_mean: string | null
  /** True when `hits` are those of `did_you_mean` because the query itself found fewer. */
  corrected: boolean
  limit: number
  offset: number
}

export type Suggestion = { title: string; handle: string; thumbnail: string | null; highlight: string }

type Filters = SearchTypes.SearchFilters
type FilterPart = "channel" | "producer" | "commune" | "price" | "stars" | "group"
type Parts = Partial<Record<FilterPart, Filters>>

const ENTITY = CATALOG_SEARCH_INDEX

/** Every predicate of a request, by the control it comes from, so facets can leave their own out. */
function filterParts(params: CatalogSearchParams, context: SearchContext): Parts {
  const now = context.now.getTime()
  const parts: Parts = { channel: { sales_channel_ids: context.salesChannelIds } }
  if (params.producer) parts.producer = { "producer.handle": params.producer }
  if (params.commune) parts.commune = { "producer.commune": params.commune.normalize("NFC") }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    const range: Record<string, number> = {}
    if (params.price_min !== undefined) range.$gte = params.price_min
    if (params.price_max !== undefined) range.$lte = params.price_max
    parts.price = { price_min: range }
  }
  if (params.min_stars !== undefined) parts.stars = { ocop_star: { $gte: params.min_stars }, ocop_valid_until: { $gt: now } }
  if (params.group) parts.group = { ocop_group: params.group, ocop_valid_until: { $gt: now } }
  return parts
}

function combine(parts: Parts, options: { except?: FilterPart[]; extra?: Filters[] } = {}): Filters {
  const list = (Object.keys(parts) as FilterPart[]).filter((k) => !options.except?.includes(k)).map((k) => parts[k]!)
  return { $and: [...list, ...(options.extra ?? [])] }
}

const validNow = (context: SearchContext): Filters => ({ ocop_valid_until: { $gt: context.now.getTime() } })
const notValidNow = (context: SearchContext): Filters => ({
  $or: [{ ocop_valid_until: { $lte: context.now.getTime() } }, { ocop_valid_until: { $exists: false } }],
})

function withText(filters: Filters, q: string): Filters {
  return q ? { ...filters, q } : filters
}

type Order = Record<string, SearchTypes.SearchOrderBy>

const NEWEST: Order = { created_at_ms: "DESC", handle: "ASC" }
const ORDERS: Record<Exclude<SearchSort, "relevance" | "stars">, Order> = {
  newest: NEWEST,
  price_asc: { price_min: "ASC", ...NEWEST },
  price_desc: { price_min: "DESC", ...NEWEST },
}
const BY_STARS: Order = { ocop_star: "DESC", ocop_score: "DESC", ...NEWEST }

function textQuery(filters: Filters, q: string, pagination: SearchTypes.SearchPagination, typo: boolean, fields?: string[]): SearchTypes.SearchQuery {
  return {
    entity: ENTITY,
    ...(fields ? { fields } : {}),
    filters: withText(filters, q),
    pagination,
    search_options: { match_strategy: "last", typo_tolerance: typo },
  }
}

/** The facet queries of a request: each facet ignores its own filter, so a shopper sees the other choices. */
function facetQueries(parts: Parts, q: string, typo: boolean, context: SearchContext) {
  const specs: { part: FilterPart; facet: SearchTypes.SearchFacetRequest; rating: boolean }[] = [
    { part: "commune", facet: { field: "producer.commune", type: "value", limit: 500 }, rating: false },
    { part: "producer", facet: { field: "producer_key", type: "value", limit: 500 }, rating: false },
    { part: "price", facet: { field: "price_min", type: "stats" }, rating: false },
    { part: "stars", facet: { field: "ocop_star", type: "value", limit: 10 }, rating: true },
    { part: "group", facet: { field: "ocop_group", type: "value", limit: 10 }, rating: true },
  ]
  const groups = new Map<string, { except: FilterPart[]; rating: boolean; facets: SearchTypes.SearchFacetRequest[] }>()
  for (const spec of specs) {
    const except = parts[spec.part] ? [spec.part] : []
    const key = `${except.join()}|${spec.rating}`
    const group = groups.get(key) ?? { except, rating: spec.rating, facets: [] }
    group.facets.push(spec.facet)
    groups.set(key, group)
  }
  return [...groups.values()].map((group) => ({
    entity: ENTITY,
    filters: withText(combine(parts, { except: group.except, extra: group.rating ? [validNow(context)] : [] }), q),
    pagination: { skip: 0, take: 0 },
    search_options: { match_strategy: "last" as const, typo_tolerance: typo, count: "none" as const, facets: group.facets },
  }))
}

type Run = {
  docs: CatalogSearchDocument[]
  count: number
  facets: Record<string, SearchTypes.SearchFacetResult>
  /** Whether the docs are the engine's first matches in relevance order, to be re-ranked. */
  rerankable: boolean
}

/** One reading of the request (a query text and typo mode): hits, count and facets, in one round trip when possible. */
async function runOnce(searcher: Searcher, params: CatalogSearchParams, context: SearchContext, q: string, typo: boolean): Promise<Run> {
  const parts = filterParts(params, context)
  const facets = facetQueries(parts, q, typo, context)
  const all = combine(parts)
  const { offset, limit } = params
  const sort: SearchSort = params.sort === "relevance" && !q ? "newest" : params.sort

  if (sort === "stars") {
    const ratingFiltered = !!(parts.stars || parts.group)
    const valid = textQuery(combine(parts, { extra: [validNow(context)] }), q, { skip: offset, take: limit, order: BY_STARS }, typo)
    const rest = textQuery(combine(parts, { extra: [notValidNow(context)] }), q, { skip: 0, take: 0 }, typo)
    const results = await searcher.searchMany([valid, ...(ratingFiltered ? [] : [rest]), ...facets])
    const validResult = results[0]
    const validCount = validResult.metadata.count ?? validResult.hits.length
    const restCount = ratingFiltered ? 0 : (results[1].metadata.count ?? 0)
    const docs = validResult.hits.map((h) => h.document as CatalogSearchDocument)
    if (docs.length < limit && restCount > 0 && offset + limit > validCount) {
      const skip = Math.max(0, offset - validCount)
      const [more] = await searcher.searchMany([textQuery(combine(parts, { extra: [notValidNow(context)] }), q, { skip, take: limit - docs.length, order: NEWEST }, typo)])
      docs.push(...more.hits.map((h) => h.document as CatalogSearchDocument))
    }
    return { docs, count: validCount + restCount, facets: mergeFacets(results.slice(ratingFiltered ? 1 : 2)), rerankable: false }
  }

  const relevance = sort === "relevance"
  const windowed = relevance && offset + limit <= RERANK_WINDOW
  // Relevance is the providers' default order (no `order`): Postgres then breaks ties by id, so pages never overlap.
  const pagination: SearchTypes.SearchPagination = relevance
    ? { skip: windowed ? 0 : offset, take: windowed ? RERANK_WINDOW : limit }
    : { skip: offset, take: limit, order: ORDERS[sort] }
  const results = await searcher.searchMany([textQuery(all, q, pagination, typo), ...facets])
  const [hits] = results
  return {
    docs: hits.hits.map((h) => h.document as CatalogSearchDocument),
    count: hits.metadata.count ?? hits.hits.length,
    facets: mergeFacets(results.slice(1)),
    rerankable: windowed,
  }
}

function mergeFacets(results: SearchTypes.SearchResult[]): Record<string, SearchTypes.SearchFacetResult> {
  return Object.assign({}, ...results.map((r) => r.facets ?? {}))
}

const values = (facet: SearchTypes.SearchFacetResult | undefined) => (facet?.type === "value" ? facet.values : [])

function shapeFacets(facets: Record<string, SearchTypes.SearchFacetResult>): CatalogSearchFacets {
  const perStar = new Map(values(facets.ocop_star).map((v) => [Number(v.value), v.count]))
  const stars = [5, 4, 3].map((value) => ({
    value,
    count: [...perStar].filter(([star]) => star >= value).reduce((n, [, count]) => n + count, 0),
  }))
  const groups = values(facets.ocop_group)
    .map((v) => ({ value: v.value, count: v.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
  const communes = values(facets["producer.commune"])
    .map((v) => ({ value: v.value, count: v.count }))
    .sort((a, b) => a.value.localeCompare(b.value, "vi"))
  const producers = values(facets.producer_key)
    .map((v) => {
      const [handle, ...name] = v.value.split(PRODUCER_KEY_SEPARATOR)
      return { value: handle, label: name.join(PRODUCER_KEY_SEPARATOR) || handle, count: v.count }
    })
    .sort((a, b) => a.label.localeCompare(b.label, "vi"))
  const stats = facets.price_min
  const price = stats?.type === "stats" && stats.count > 0 ? { min: stats.min, max: stats.max } : null
  return { stars, groups, communes, producers, price }
}

/** The words to mark in hits: the query's, and the Vietnamese an English query stands for. */
function termsFor(folded: string): HighlightTerms {
  const tokens = searchTokens(folded)
  if (!tokens.length) return highlightTerms([])
  const last = tokens[tokens.length - 1]
  const words = [...tokens, ...queryVariants(tokens).flat()]
  return highlightTerms(words, [last])
}

export function toCatalogHit(doc: CatalogSearchDocument, terms: HighlightTerms, now: Date): CatalogSearchHit {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    thumbnail: doc.thumbnail ?? null,
    created_at: doc.created_at,
    price: typeof doc.price_min === "number" ? { min: doc.price_min, max: doc.price_max ?? doc.price_min, currency_code: doc.currency_code ?? "vnd" } : null,
    ocop: currentRating(doc.certificates, now),
    producer: doc.producer ?? null,
    highlight: {
      title: highlight(doc.title, terms),
      description: doc.description ? highlightFragment(doc.description, terms) : null,
    },
  }
}

export type CatalogSearchOutcome = CatalogSearchResponse & {
  /** Documents met by this search whose stored star is out of date: rewrite them. */
  stale_ids: string[]
}

export async function searchCatalog(searcher: Searcher, params: CatalogSearchParams, context: SearchContext): Promise<CatalogSearchOutcome> {
  const folded = searchTokens(params.q).join(" ")
  let run = await runOnce(searcher, params, context, folded, false)
  let used = folded
  let didYouMean: string | null = null
  let corrected = false

  if (folded && run.count < FEW_RESULTS) {
    const correction = (await context.vocabulary()).correct(folded)
    if (correction) {
      const alternative = await runOnce(searcher, params, context, correction.folded, false)
      if (alternative.count > 0) didYouMean = correction.text
      if (alternative.count > run.count) {
        run = alternative
        used = correction.folded
        corrected = true
      }
    }
    if (run.count === 0) {
      const fuzzy = await runOnce(searcher, params, context, used, true)
      if (fuzzy.count > 0) run = fuzzy
    }
  }

  const tokens = searchTokens(used)
  const ordered = run.rerankable ? rerank(run.docs, tokens, context.now).slice(params.offset, params.offset + params.limit) : run.docs
  const terms = termsFor(used)
  return {
    hits: ordered.map((doc) => toCatalogHit(doc, terms, context.now)),
    count: run.count,
    facets: shapeFacets(run.facets),
    did_you_mean: didYouMean,
    corrected,
    limit: params.limit,
    offset: params.offset,
    stale_ids: run.docs.filter((doc) => isRatingStale(doc, context.now)).map((doc) => doc.id),
  }
}

/** Fields a suggestion needs, re-ranking included. */
const SUGGEST_FIELDS = ["id", "handle", "title", "thumbnail", "certificates.star", "certificates.decision_date", "certificates.expires_at", "search_title", "search_subtitle", "search_aliases", "search_producer", "search_place"]

/** Up to `limit` products for a search box while typing. */
export async function suggest(
  searcher: Searcher,
  q: string,
  context: SearchContext,
  limit = 8
): Promise<{ suggestions: Suggestion[]; did_you_mean: string | null }> {
  const folded = searchTokens(q).join(" ")
  if (!folded) return { suggestions: [], did_you_mean: null }
  const filters = combine({ channel: { sales_channel_ids: context.salesChannelIds } })
  const pagination = { skip: 0, take: Math.max(limit * 2, 16) }
  const ask = async (text: string, typo: boolean) => (await searcher.searchMany([textQuery(filters, text, pagination, typo, SUGGEST_FIELDS)]))[0]
  let used = folded
  let result = await ask(folded, false)
  let didYouMean: string | null = null
  if (!result.hits.length) {
    const correction = (await context.vocabulary()).correct(folded)
    if (correction) {
      const alternative = await ask(correction.folded, false)
      if (alternative.hits.length) {
        result = alternative
        used = correction.folded
        didYouMean = correction.text
      }
    }
    if (!result.hits.length) result = await ask(used, true)
  }
  const docs = rerank(
    result.hits.map((h) => h.document as CatalogSearchDocument),
    searchTokens(used),
    context.now
  ).slice(0, limit)
  const terms = termsFor(used)
  return {
    suggestions: docs.map((doc) => ({ title: doc.title, handle: doc.handle, thumbnail: doc.thumbnail ?? null, highlight: highlight(doc.title, terms) })),
    did_you_mean: didYouMean,
  }
}

/** Fields the vocabulary is built from. */
const VOCABULARY_FIELDS = ["id", "title", "subtitle", "producer.name", "producer.commune", "search_aliases"]

/** Reads every document's titles and names, page by page, for the vocabulary. */
export async function loadVocabularyEntries(searcher: Searcher, pageSize = 1000): Promise<VocabularyEntry[]> {
  const entries: VocabularyEntry[] = []
  for (let skip = 0; ; skip += pageSize) {
    const [page] = await searcher.searchMany([{ entity: ENTITY, fields: VOCABULARY_FIELDS, pagination: { skip, take: pageSize } }])
    for (const hit of page.hits) {
      const doc = hit.document as Partial<CatalogSearchDocument>
      entries.push({
        title: doc.title ?? "",
        subtitle: doc.subtitle,
        producer: doc.producer?.name,
        place: doc.producer?.commune,
        aliases: doc.search_aliases,
      })
    }
    if (page.hits.length < pageSize) return entries
  }
}
