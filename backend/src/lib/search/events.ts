/**
 * Events the catalog's search documents follow. Product and variant events are
 * Medusa's; the ocop module's services emit `ocop.<model>.<action>` for every
 * write its workflows make.
 */
export const SEARCH_EVENTS = {
  productCreated: "product.created",
  productUpdated: "product.updated",
  productDeleted: "product.deleted",
  variantCreated: "product-variant.created",
  variantUpdated: "product-variant.updated",
  variantDeleted: "product-variant.deleted",
  certificateCreated: "ocop.ocop-certificate.created",
  certificateUpdated: "ocop.ocop-certificate.updated",
  certificateDeleted: "ocop.ocop-certificate.deleted",
  producerUpdated: "ocop.producer.updated",
  /** Emitted by the ocop link-producer-products workflow: `{ producer_id, product_ids }`. */
  producerProductsLinked: "ocop.producer.products_linked",
} as const

/** The ids an event carries: `{ id }` with one id or several. */
export function eventIds(data: { id?: string | string[] } | undefined): string[] {
  const id = data?.id
  return (Array.isArray(id) ? id : [id]).filter((value): value is string => typeof value === "string" && value.length > 0)
}
