/**
 * Words as search compares them: Vietnamese folded one way (`foldVietnamese`:
 * tone marks and other diacritics removed, đ→d, lower case), then split on
 * anything that is not a letter or a digit. Documents and queries go through
 * the same functions, so "Nước mắm Cái Rồng" and "nuoc mam cai rong" meet.
 */
import { foldVietnamese } from "../text"

const NOT_WORD = /[^\p{L}\p{N}]+/u

/** The folded words of a text, in order. */
export function searchTokens(text: string | null | undefined): string[] {
  if (!text) return []
  return foldVietnamese(text).split(NOT_WORD).filter(Boolean)
}

/** The folded words of a text joined by single spaces: what the search indexes hold. */
export function foldForSearch(text: string | null | undefined): string {
  return searchTokens(text).join(" ")
}

/** Whether `needle` occurs in `haystack` as a run of whole words; the last needle word may be a prefix. */
export function containsPhrase(haystack: readonly string[], needle: readonly string[], lastIsPrefix = false): number {
  if (!needle.length || needle.length > haystack.length) return -1
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) {
      const word = haystack[start + i]
      const wanted = needle[i]
      const last = i === needle.length - 1
      if (word !== wanted && !(last && lastIsPrefix && word.startsWith(wanted))) continue outer
    }
    return start
  }
  return -1
}

/** The trigrams pg_trgm takes from one word: the word padded with two spaces before and one after. */
function wordTrigrams(word: string, into: Set<string>) {
  const padded = `  ${word} `
  const chars = Array.from(padded)
  for (let i = 0; i + 3 <= chars.length; i++) into.add(chars.slice(i, i + 3).join(""))
}

export function trigrams(text: string): Set<string> {
  const set = new Set<string>()
  for (const word of text.split(" ").filter(Boolean)) wordTrigrams(word, set)
  return set
}

/** pg_trgm's `similarity`: shared trigrams over all trigrams of both texts (0…1). */
export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const left = typeof a === "string" ? trigrams(a) : a
  const right = typeof b === "string" ? trigrams(b) : b
  if (!left.size || !right.size) return 0
  let shared = 0
  for (const gram of left) if (right.has(gram)) shared++
  return shared / (left.size + right.size - shared)
}

/**
 * Edit distance counting an adjacent swap as one edit (optimal string
 * alignment), for typos such as "nouc" for "nuoc".
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}
