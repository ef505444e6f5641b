/**
 * Signs that a label has been copied: one batch code scanned far more often
 * than the batch has units, or from implausibly many places. Pure.
 */
export type ScanSummary = { scans: number; places: number }

/** More scans than this many per unit of the batch is suspicious (a jar is scanned a few times at most). */
export const SCANS_PER_UNIT_LIMIT = 3
/** A small batch sold locally is not scanned in this many distinct places. */
export const PLACES_LIMIT = 15

export type CounterfeitSignal = { suspicious: boolean; reasons: ("too_many_scans" | "too_many_places")[] }

export function counterfeitSignal(summary: ScanSummary, quantity: number): CounterfeitSignal {
  const reasons: CounterfeitSignal["reasons"] = []
  if (summary.scans > Math.max(quantity, 1) * SCANS_PER_UNIT_LIMIT) reasons.push("too_many_scans")
  if (summary.places > Math.max(PLACES_LIMIT, Math.ceil(quantity / 20))) reasons.push("too_many_places")
  return { suspicious: reasons.length > 0, reasons }
}

export type ScanPlace = { country?: string | null; region?: string | null; city?: string | null }

/**
 * A scan's coarse place as one key ("country|region|city", a missing part empty), or null when
 * the scan names no place. `trace-reads.ts` builds the same key in SQL: keep the two in step.
 */
export function placeKey(scan: ScanPlace): string | null {
  if (!scan.country && !scan.region && !scan.city) return null
  return `${scan.country ?? ""}|${scan.region ?? ""}|${scan.city ?? ""}`
}

/** Scan count and number of distinct coarse places (country/region/city). */
export function summarizeScans(scans: ScanPlace[]): ScanSummary {
  const places = new Set(scans.map(placeKey).filter((key) => key !== null))
  return { scans: scans.length, places: places.size }
}

/**
 * What the database holds for a batch: its scan count, its number of distinct places, which
 * of the places asked about (`known` ⊆ the keys asked for) are among them, and which of the
 * queued scans asked about (`written`, row ids) it already holds.
 */
export type StoredScans = { scans: number; places: number; known: ReadonlySet<string>; written?: ReadonlySet<string> }

/**
 * The summary of the stored scans and the scans not written yet, as `summarizeScans` would give
 * for all of them together: a place already stored is not counted again. Every place of
 * `unwritten` must have been asked about when `stored` was read.
 */
export function mergeScanSummary(stored: StoredScans, unwritten: ScanPlace[]): ScanSummary {
  const added = new Set<string>()
  for (const scan of unwritten) {
    const key = placeKey(scan)
    if (key !== null && !stored.known.has(key)) added.add(key)
  }
  return { scans: stored.scans + unwritten.length, places: stored.places + added.size }
}
