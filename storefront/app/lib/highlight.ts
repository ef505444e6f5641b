/**
 * The search API's highlights are HTML fragments: the text escaped, the matching
 * words in <mark>. They are never put into the page as HTML: this sanitizer reads
 * them into plain-text segments, marked or not, that React renders as text inside
 * its own <mark> elements. Only <mark> survives (without attributes); every other
 * tag is stripped, and the content of script-like elements dropped with it.
 */

export type HighlightSegment = { text: string; mark: boolean }

/** Elements whose content is never text to show. */
const DROP_CONTENT = new Set(["script", "style", "template", "iframe", "object", "noscript", "textarea", "title", "svg", "math"])

/** A tag, a comment, a doctype or a processing instruction; a lone "<" is text. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][A-Za-z0-9:-]*)(?:\s[^>]*)?\/?>|<[!?][^>]*>/g

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" }

function codePoint(value: number): string {
  const valid = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
  return valid ? String.fromCodePoint(value) : "\ufffd"
}

/** Decodes the entities an escaper writes; an unknown one stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? whole
    const hex = body[1] === "x" || body[1] === "X"
    return codePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10))
  })
}

/**
 * The segments of a highlight fragment. Text outside any tag keeps its words,
 * entities decoded; `<mark>` … `</mark>` spans are marked (nested ones count once,
 * an unclosed one runs to the end); adjacent segments alike are merged.
 */
export function highlightSegments(html: string | null | undefined): HighlightSegment[] {
  if (!html) return []
  const segments: HighlightSegment[] = []
  let depth = 0
  let dropUntil: string | null = null
  let cursor = 0

  const push = (raw: string) => {
    if (dropUntil || !raw) return
    const text = decodeEntities(raw)
    const mark = depth > 0
    const last = segments[segments.length - 1]
    if (last && last.mark === mark) last.text += text
    else segments.push({ text, mark })
  }

  for (const match of html.matchAll(TOKEN)) {
    push(html.slice(cursor, match.index))
    cursor = match.index + match[0].length
    const name = match[1]?.toLowerCase()
    if (!name) continue // a comment, a doctype, an instruction
    const closing = match[0][1] === "/"
    if (dropUntil) {
      if (closing && name === dropUntil) dropUntil = null
      continue
    }
    if (name === "mark") depth = closing ? Math.max(0, depth - 1) : depth + (match[0].endsWith("/>") ? 0 : 1)
    else if (!closing && DROP_CONTENT.has(name) && !match[0].endsWith("/>")) dropUntil = name
  }
  push(html.slice(cursor))
  return segments.filter((s) => s.text !== "")
}

/** The text of a highlight fragment, without any markup. */
export function highlightText(html: string | null | undefined): string {
  return highlightSegments(html)
    .map((s) => s.text)
    .join("")
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/** The fragment as safe HTML: its text escaped, bare <mark> elements and nothing else. */
export function sanitizeHighlight(html: string | null | undefined): string {
  return highlightSegments(html)
    .map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join("")
}
