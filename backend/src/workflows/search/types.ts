/** What changed, in any of the ways the catalog's search documents depend on. */
export type SyncSearchDocumentsInput = {
  product_ids?: string[]
  variant_ids?: string[]
  certificate_ids?: string[]
  producer_ids?: string[]
  /** Also every document whose stored rating stops being true at or before this time (epoch ms). */
  ratings_stale_at?: number
}
