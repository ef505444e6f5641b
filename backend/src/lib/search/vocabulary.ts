/**
 * The words the catalog is searched by (titles, subtitles, producers, places
 * and synonyms) and "did you mean": each word of a query the catalog does not
 * know is replaced by the known word closest to it by trigram similarity (the
 * measure of Postgres' pg_trgm), an adjacent swap or a missing space being
 * repaired too. The correction is shown with its Vietnamese tone marks, as the
 * catalog writes it ("nuoc mamm" → "nước mắm").
 */
import { foldVietnamese } from "../text"
import { containsPhrase, editDistance, searchTokens, trigrams, trigramSimilarity } from "./text"

export type VocabularyEntry = {
  title: string
  subtitle?: string | null
  producer?: string | null
  place?: string | null
  /** Folded synonyms the document carries (English words among them). */
  aliases?: string | null
}

type Word = { count: number; forms: Map<string, number>; grams: Set<string> }
type Phrase = { folded: string[]; original: string[]; isTitle: boolean }

export type Correction = {
  /** The corrected query, folded. */
  folded: string
  /** The corrected query as the catalog writes it. */
  text: string
}

/** Below this trigram similarity a known word is not offered as a correction. */
const MIN_SIMILARITY = 0.3

const NOT_WORD = /[^\p{L}\p{N}]+/u

/** The words of an original text with their folded forms, aligned one to one. */
function alignedWords(text: string): { folded: string[]; original: string[] } {
  const folded: string[] = []
  const original: string[] = []
  for (const word of text.normalize("NFC").split(NOT_WORD)) {
    const f = foldVietnamese(word)
    if (!f || NOT_WORD.test(f)) continue
    folded.push(f)
    original.push(word)
  }
  return { folded, original }
}

const lowerFirst = (text: string) => (text ? text[0].toLocaleLowerCase("vi") + text.slice(1) : text)

export class Vocabulary {
  private readonly words = new Map<string, Word>()
  private readonly sorted: string[]
  private readonly phrases: Phrase[] = []

  constructor(entries: readonly VocabularyEntry[]) {
    for (const entry of entries) {
      const texts: [string | null | undefined, boolean][] = [
        [entry.title, true],
        [entry.subtitle, false],
        [entry.producer, false],
        [entry.place, false],
      ]
      for (const [text, isTitle] of texts) {
        if (!text) continue
        const { folded, original } = alignedWords(text)
        folded.forEach((word, i) => this.addWord(word, original[i]))
        if (folded.length) this.phrases.push({ folded, original, isTitle })
      }
      for (const word of searchTokens(entry.aliases)) this.addWord(word, word)
    }
    this.sorted = [...this.words.keys()].sort()
  }

  get size(): number {
    return this.words.size
  }

  private addWord(folded: string, form: string) {
    let word = this.words.get(folded)
    if (!word) {
      word = { count: 0, forms: new Map(), grams: trigrams(folded) }
      this.words.set(folded, word)
    }
    word.count++
    word.forms.set(form, (word.forms.get(form) ?? 0) + 1)
  }

  has(word: string): boolean {
    return this.words.has(word)
  }

  /** Whether some known word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let low = 0
    let high = this.sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.sorted[mid] < prefix) low = mid + 1
      else high = mid
    }
    return low < this.sorted.length && this.sorted[low].startsWith(prefix)
  }

  /** The known word closest to `word`, or null when none is close enough. */
  closest(word: string): string | null {
    const grams = trigrams(word)
    let best: { word: string; similarity: number; distance: number; count: number } | null = null
    const maxDistance = word.length >= 6 ? 2 : word.length >= 3 ? 1 : 0
    for (const [candidate, info] of this.words) {
      const similarity = trigramSimilarity(grams, info.grams)
      const distance = editDistance(word, candidate)
      if (similarity < MIN_SIMILARITY && distance > maxDistance) continue
      const better =
        !best ||
        similarity > best.similarity + 1e-9 ||
        (Math.abs(similarity - best.similarity) <= 1e-9 && (distance < best.distance || (distance === best.distance && info.count > best.count)))
      if (better) best = { word: candidate, similarity, distance, count: info.count }
    }
    return best?.word ?? null
  }

  /** A missing space repaired: "nuocmam" → ["nuoc", "mam"] when both halves are known. */
  private split(word: string): string[] | null {
    let best: string[] | null = null
    let bestCount = 0
    for (let i = 2; i <= word.length - 2; i++) {
      const left = this.words.get(word.slice(0, i))
      const right = this.words.get(word.slice(i))
      if (!left || !right) continue
      const count = Math.min(left.count, right.count)
      if (count > bestCount) {
        best = [word.slice(0, i), word.slice(i)]
        bestCount = count
      }
    }
    return best
  }

  /** The query with its unknown words corrected, or null when there is nothing to correct. */
  correct(query: string): Correction | null {
    const tokens = searchTokens(query)
    if (!tokens.length) return null
    const out: string[] = []
    let changed = false
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1
      if (this.words.has(token) || (last && this.hasPrefix(token)) || /^\d+$/.test(token)) {
        out.push(token)
        return
      }
      const parts = this.split(token)
      const replacement = parts ?? [this.closest(token)].filter((w): w is string => !!w)
      if (replacement.length) {
        out.push(...replacement)
        changed = true
      } else {
        out.push(token)
      }
    })
    if (!changed) return null
    return { folded: out.join(" "), text: this.display(out) }
  }

  /** Folded words written as the catalog writes them: from a title or name holding them in a row, else word by word. */
  display(folded: readonly string[]): string {
    let found: { phrase: Phrase; at: number } | null = null
    for (const phrase of this.phrases) {
      const at = containsPhrase(phrase.folded, folded)
      if (at < 0) continue
      if (!found || (phrase.isTitle && !found.phrase.isTitle)) found = { phrase, at }
      if (phrase.isTitle) break
    }
    if (found) {
      const words = found.phrase.original.slice(found.at, found.at + folded.length)
      return lowerFirst(words.join(" "))
    }
    const words = folded.map((token) => {
      const forms = this.words.get(token)?.forms
      if (!forms) return token
      return [...forms].sort((a, b) => b[1] - a[1])[0][0]
    })
    return lowerFirst(words.join(" "))
  }
}

/**
 * One vocabulary per index and process, rebuilt at most every `ttlMs` and
 * dropped when this process writes to the index. Other processes' writes show
 * after the TTL: a vocabulary only proposes corrections, it never hides a product.
 */
export class VocabularyCache {
  private entry: { vocabulary: Vocabulary; builtAt: number } | null = null
  private building: Promise<Vocabulary> | null = null

  constructor(
    private readonly load: () => Promise<VocabularyEntry[]>,
    private readonly ttlMs = 10 * 60_000
  ) {}

  async get(now = Date.now()): Promise<Vocabulary> {
    if (this.entry && now - this.entry.builtAt < this.ttlMs) return this.entry.vocabulary
    this.building ??= this.load()
      .then((entries) => {
        const vocabulary = new Vocabulary(entries)
        this.entry = { vocabulary, builtAt: Date.now() }
        return vocabulary
      })
      .finally(() => {
        this.building = null
      })
    return this.building
  }

  invalidate() {
    this.entry = null
  }
}
