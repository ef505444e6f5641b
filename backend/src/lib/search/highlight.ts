/**
 * Highlighting done once for every provider: the words of a text whose folded
 * form is a query word (the last query word may be a prefix) are wrapped in
 * <mark>, everything else is HTML-escaped. "nuoc mam" marks "Nước mắm".
 */
import { foldVietnamese } from "../text"

const WORD_CHAR = /[\p{L}\p{N}]/u
const COMBINING_MARK = /\p{M}/u
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

type Span = { start: number; end: number; folded: string }

/** Word spans of an NFC text (UTF-16 offsets) with each word's folded form. */
function wordSpans(text: string): Span[] {
  const spans: Span[] = []
  let current: Span | null = null
  let offset = 0
  for (const char of text) {
    const mark = COMBINING_MARK.test(char)
    const isWord = WORD_CHAR.test(char) || (mark && current !== null) // a lone combining mark stays in its word
    const folded = mark ? "" : foldVietnamese(char)
    if (isWord) {
      if (!current) current = { start: offset, end: offset, folded: "" }
      current.end = offset + char.length
      current.folded += folded
    } else if (current) {
      spans.push(current)
      current = null
    }
    offset += char.length
  }
  if (current) spans.push(current)
  return spans
}

export type HighlightTerms = {
  /** Folded words that match whole words. */
  words: ReadonlySet<string>
  /** Folded prefixes (the word being typed). */
  prefixes: readonly string[]
}

export function highlightTerms(words: Iterable<string>, prefixes: Iterable<string> = []): HighlightTerms {
  return { words: new Set(words), prefixes: [...new Set(prefixes)].filter(Boolean) }
}

const matches = (span: Span, terms: HighlightTerms) =>
  terms.words.has(span.folded) || terms.prefixes.some((prefix) => span.folded.startsWith(prefix))

function render(text: string, spans: Span[], from: number, to: number, terms: HighlightTerms): string {
  let out = ""
  let cursor = from
  for (const span of spans) {
    if (span.end <= from || span.start >= to || !matches(span, terms)) continue
    out += escapeHtml(text.slice(cursor, span.start)) + "<mark>" + escapeHtml(text.slice(span.start, span.end)) + "</mark>"
    cursor = span.end
  }
  return out + escapeHtml(text.slice(cursor, to))
}

/** The whole text, escaped, with its matching words marked. */
export function highlight(text: string, terms: HighlightTerms): string {
  return render(text, wordSpans(text), 0, text.length, terms)
}

/**
 * A fragment of about `length` characters around the first matching word,
 * cut at word boundaries with "…" where it was cut; null when nothing matches.
 */
export function highlightFragment(text: string, terms: HighlightTerms, length = 160): string | null {
  const spans = wordSpans(text)
  const first = spans.findIndex((span) => matches(span, terms))
  if (first < 0) return null
  if (text.length <= length) return render(text, spans, 0, text.length, terms)
  const lead = Math.floor(length / 4)
  let start = 0
  for (let i = first; i >= 0; i--) {
    if (spans[first].start - spans[i].start > lead) break
    start = spans[i].start
  }
  let end = text.length
  for (const span of spans) {
    if (span.start < start) continue
    if (span.end - start > length) {
      end = span.start
      break
    }
  }
  const body = render(text, spans, start, end, terms).trim()
  return `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`
}
