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

/** Scan count and number of distinct coarse places (country/region/city). */
export function summarizeScans(scans: { country?: string | null; region?: string | null; city?: string | null }[]): ScanSummary {
  const places = new Set(scans.filter((s) => s.country || s.region || s.city).map((s) => `${s.country ?? ""}|${s.region ?? ""}|${s.city ?? ""}`))
  return { scans: scans.length, places: places.size }
}
