/**
 * The Search Module as the rest of the backend uses it: resolved from a
 * container, with one vocabulary cache per process for "did you mean", and
 * small reads of the catalog index by filter.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService, MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CATALOG_SEARCH_INDEX, type CatalogSearchDocument } from "./documents"
import { loadVocabularyEntries, type Searcher } from "./engine"
import { VocabularyCache, type Vocabulary } from "./vocabulary"

type Scope = Pick<MedusaContainer, "resolve">

export function searchModule(scope: Scope): ISearchModuleService {
  return scope.resolve<ISearchModuleService>(Modules.SEARCH)
}

const caches = new Map<Searcher, VocabularyCache>()

/** The vocabulary of the catalog index as this process knows it (rebuilt at most every 10 minutes). */
export function vocabularyFor(searcher: Searcher): () => Promise<Vocabulary> {
  let cache = caches.get(searcher)
  if (!cache) {
    cache = new VocabularyCache(() => loadVocabularyEntries(searcher))
    caches.set(searcher, cache)
  }
  return () => cache.get()
}

/**
 * Whether the catalog index has been filled once. Before that (a fresh
 * `db:migrate`, a seed run with `medusa exec` before the first start) there is
 * nothing to keep in sync: the first build reads everything.
 */
export async function isCatalogIndexLive(search: ISearchModuleService): Promise<boolean> {
  const index = (await search.listIndexes()).find((i) => i.name === CATALOG_SEARCH_INDEX)
  return !!index && index.status !== "pending"
}

/**
 * Runs a read of the catalog index; before the index was first filled (right
 * after `db:migrate`, while the first start builds it) answers 503 with a
 * Retry-After instead of the module's "no active version" error, and resolves
 * to undefined.
 */
export async function whileIndexIsBuilt<T>(search: ISearchModuleService, res: MedusaResponse, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    if (await isCatalogIndexLive(search).catch(() => true)) throw error
    res.setHeader("Retry-After", "5")
    res.status(503).json({ type: "unavailable", message: "The search index is being built; try again in a few seconds." })
    return undefined
  }
}

/** Forgets the vocabularies after this process wrote to the index. */
export function invalidateSearchVocabulary() {
  for (const cache of caches.values()) cache.invalidate()
}

const PAGE = 1000

/** Ids of the catalog documents matching `filters` (e.g. `{ "certificates.id": [...] }`). */
export async function documentIdsWhere(searcher: Searcher, filters: SearchTypes.SearchFilters): Promise<string[]> {
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const [page] = await searcher.searchMany([{ entity: CATALOG_SEARCH_INDEX, fields: ["id"], filters, pagination: { skip, take: PAGE } }])
    ids.push(...page.hits.map((hit) => hit.id))
    if (page.hits.length < PAGE) return ids
  }
}

/** The stored documents of the given products (those the index holds). */
export async function documentsByIds(searcher: Searcher, ids: readonly string[]): Promise<CatalogSearchDocument[]> {
  const out: CatalogSearchDocument[] = []
  for (let start = 0; start < ids.length; start += PAGE) {
    const chunk = ids.slice(start, start + PAGE)
    const [page] = await searcher.searchMany([{ entity: CATALOG_SEARCH_INDEX, filters: { id: [...chunk] }, pagination: { skip: 0, take: chunk.length } }])
    out.push(...page.hits.map((hit) => hit.document as CatalogSearchDocument))
  }
  return out
}

/**
 * Rebuilds the catalog index from the database into a fresh version and swaps
 * it in when complete (searches keep using the old one meanwhile). Waits for
 * the end. `npm run search:reindex`, and the end of the seed, call this.
 */
export async function reindexCatalogSearch(scope: Scope) {
  return searchModule(scope).reindex({ index: CATALOG_SEARCH_INDEX })
}
