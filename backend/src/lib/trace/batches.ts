/**
 * Production batches as the people who make them see them (the operator and the
 * producer): the batch with its label URI, verification and scan signal; and
 * which producer a batch belongs to — the producer of the product whose variant
 * carries the batch's GTIN.
 */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import type { Query } from "../catalog/load"
import { labelUri } from "./labels"
import { loadBatch, loadTradeItem, scanSignal, verifyBatch } from "./resolve"

type Scope = { resolve: <T = any>(key: string) => T }

/** A batch with its label URI, verification and scan signal; 404 when unknown. */
export async function batchView(scope: Scope, id: string) {
  const query: Query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "production_batch", fields: ["id", "gtin", "lot"], filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${id} not found`)
  const batch = await loadBatch(scope, data[0].gtin, data[0].lot)
  const item = await loadTradeItem(query, batch.gtin)
  const traceability: TraceabilityModuleService = scope.resolve(TRACEABILITY_MODULE)
  return {
    ...batch,
    digital_link: labelUri(traceability, batch),
    product: item?.product ?? null,
    verification: item ? verifyBatch(batch, item, traceability.publicKeys()) : { status: "unsigned", reason: "The product is not on sale" },
    scans: await scanSignal(scope, batch),
  }
}

/** The GTINs of a producer's variants (published or not), each with its product and variant. */
export async function producerGtins(query: Query, producerId: string) {
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.id", "products.title", "products.handle", "products.variants.id", "products.variants.title", "products.variants.trade_item.gtin"],
    filters: { id: producerId },
  })
  const out = new Map<string, { product: { id: string; title: string; handle: string }; variant: { id: string; title: string } }>()
  for (const product of (data[0]?.products ?? []).filter(Boolean) as any[]) {
    for (const variant of (product.variants ?? []).filter(Boolean)) {
      const gtin = variant.trade_item?.gtin
      if (gtin) out.set(gtin, { product: { id: product.id, title: product.title, handle: product.handle }, variant: { id: variant.id, title: variant.title } })
    }
  }
  return out
}

/** The producer a variant's product belongs to, or null (unknown variant, product without producer). */
export async function producerOfVariant(query: Query, variantId: string): Promise<string | null> {
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product.producer.id"], filters: { id: variantId } })
  return (data[0] as any)?.product?.producer?.id ?? null
}

/** The batch (id, gtin, lot, expiry) and the producer it belongs to; nulls when unknown. */
export async function batchWithProducer(query: Query, batchId: string) {
  const { data } = await query.graph({ entity: "production_batch", fields: ["id", "gtin", "lot", "expiry_date", "status"], filters: { id: batchId } })
  const batch = data[0] as { id: string; gtin: string; lot: string; expiry_date: string | null; status: string } | undefined
  if (!batch) return { batch: null, producerId: null }
  const { data: items } = await query.graph({ entity: "trade_item", fields: ["product_variant.product.producer.id"], filters: { gtin: batch.gtin } })
  return { batch, producerId: ((items[0] as any)?.product_variant?.product?.producer?.id ?? null) as string | null }
}
