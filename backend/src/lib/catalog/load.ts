/**
 * Reads the products on sale in a sales channel, with prices, producer and
 * certificates, through `query.graph` across the product, pricing and ocop
 * modules and their links.
 */
import type { RemoteQueryFunction } from "@medusajs/framework/types"

export type Query = Omit<RemoteQueryFunction, symbol>
import { ProductStatus, QueryContext } from "@medusajs/framework/utils"
import type { ProductRow } from "./shape"

export const CERTIFICATE_FIELDS = ["id", "star", "score", "decision_number", "issuing_authority", "decision_date", "expires_at", "product_group"]
export const PRODUCER_SUMMARY_FIELDS = ["id", "handle", "name", "legal_form", "province", "commune", "verified"]

export const CATALOG_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "thumbnail",
  "created_at",
  "variants.id",
  "variants.calculated_price.*",
  ...PRODUCER_SUMMARY_FIELDS.map((f) => `producer.${f}`),
  ...CERTIFICATE_FIELDS.map((f) => `ocop_certificates.${f}`),
]

export type PricingContext = { currency_code: string; region_id?: string }

/** Ids of the products that the given sales channels sell. */
export async function productIdsInChannels(query: Query, salesChannelIds: string[]): Promise<string[]> {
  if (!salesChannelIds.length) return []
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelIds },
  })
  return [...new Set(data.map((row: any) => row.product_id as string))]
}

/**
 * Published products among `ids` and/or with `handle`, with the catalog fields and any extra ones.
 * Products of a producer the operator has not approved (pending, suspended) are not on sale;
 * products without a producer (the operator's own) are.
 */
export async function loadProducts(
  query: Query,
  options: { ids?: string[]; handle?: string; pricing: PricingContext; extraFields?: string[] }
): Promise<ProductRow[]> {
  if (options.ids ? !options.ids.length : !options.handle) return []
  const filters: Record<string, unknown> = { status: ProductStatus.PUBLISHED }
  if (options.ids) filters.id = options.ids
  if (options.handle) filters.handle = options.handle
  const { data } = await query.graph({
    entity: "product",
    fields: [...CATALOG_PRODUCT_FIELDS, "producer.status", ...(options.extraFields ?? [])],
    filters,
    context: { variants: { calculated_price: QueryContext(options.pricing) } },
  })
  return (data as any[]).filter(isOfApprovedProducer).map(withoutProducerStatus) as ProductRow[]
}

function isOfApprovedProducer(row: { producer?: { status?: string } | null }): boolean {
  return !row.producer || row.producer.status === "approved"
}

function withoutProducerStatus<T extends { producer?: Record<string, unknown> | null }>(row: T): T {
  if (!row.producer) return row
  const { status: _status, ...producer } = row.producer
  return { ...row, producer }
}
