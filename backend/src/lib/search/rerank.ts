/**
 * Relevance the same on every provider: the engine ranks the matches, then the
 * first ones (a window of `RERANK_WINDOW`) are ordered again by what a shopper
 * means. A title that starts with the query, holds it as a phrase, or is mostly
 * made of it wins; then how many query words the product's title, aliases,
 * producer and place hold; then the current OCOP star; the engine's own order
 * breaks ties. An English query is read through its Vietnamese synonyms too,
 * so "honey" ranks "Mật ong rừng …" like "mat ong" does.
 */
import type { CatalogSearchDocument } from "./documents"
import { currentRating } from "./rating"
import { queryVariants } from "./synonyms"
import { containsPhrase } from "./text"

/** How many of the engine's first matches are re-ranked. Pages past it keep the engine's order. */
export const RERANK_WINDOW = 50

type RankedFields = Pick<CatalogSearchDocument, "search_title" | "search_subtitle" | "search_aliases" | "search_producer" | "search_place" | "certificates">

const words = (text: string | null | undefined) => (text ? text.split(" ").filter(Boolean) : [])

function has(tokens: readonly string[], word: string, prefix: boolean) {
  return tokens.some((t) => t === word || (prefix && t.startsWith(word)))
}

/** How well a document's fields answer one reading of the query. */
function textScore(doc: RankedFields, query: readonly string[], prefix: boolean): number {
  if (!query.length) return 0
  const title = words(doc.search_title)
  const others = [...words(doc.search_subtitle), ...words(doc.search_aliases), ...words(doc.search_producer), ...words(doc.search_place)]
  const last = query.length - 1
  const inTitle = query.filter((w, i) => has(title, w, prefix && i === last)).length
  const anywhere = query.filter((w, i) => has(title, w, prefix && i === last) || has(others, w, prefix && i === last)).length
  const at = containsPhrase(title, query, prefix)
  let score = 4 * (inTitle / query.length) + 2 * (anywhere / query.length)
  if (at >= 0) score += 6 + (at === 0 ? 8 : 0) + 2 * (query.length / title.length)
  return score
}

/** Orders documents (given in the engine's order) by the score above; stable for equal scores. */
export function rerank<T extends RankedFields>(docs: readonly T[], query: readonly string[], now: Date): T[] {
  if (!query.length || docs.length < 2) return [...docs]
  const readings = [{ tokens: query, weight: 1 }, ...queryVariants(query).map((tokens) => ({ tokens, weight: 0.9 }))]
  const scored = docs.map((doc, position) => {
    const text = Math.max(...readings.map((r) => r.weight * textScore(doc, r.tokens, true)))
    const star = currentRating(doc.certificates, now)?.star ?? 0
    const engine = 0.5 * (1 - position / docs.length)
    return { doc, position, score: text + 0.3 * star + engine }
  })
  scored.sort((a, b) => b.score - a.score || a.position - b.position)
  return scored.map((s) => s.doc)
}
