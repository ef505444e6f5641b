import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { signBatchRecord, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { batchPayload } from "../../../lib/trace/records"
import { invalid } from "../errors"

export const signBatchRecordStepId = "sign-batch-record"

/**
 * Builds the batch record from the stored rows (batch, its growing areas,
 * the product and producer, the hash of the last event) and signs it.
 * Returns the fields to store on the batch (none when `only_if_published`
 * and the batch is still a draft). Reads only.
 */
export const signBatchRecordStep = createStep(signBatchRecordStepId, async (input: { batch_id: string; only_if_published?: boolean }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const { data: batches } = await query.graph({
    entity: "production_batch",
    fields: ["id", "gtin", "lot", "status", "production_date", "harvest_date", "expiry_date", "quantity", "unit", "standards", "growing_areas.code"],
    filters: { id: input.batch_id },
  })
  const batch: any = batches[0]
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${input.batch_id} not found`)
  if (input.only_if_published && batch.status !== "published") return new StepResponse({})
  if (batch.status === "withdrawn") throw invalid("A withdrawn batch cannot be published")
  const [head] = await traceability.listTraceEvents({ batch_id: batch.id }, { select: ["hash"], order: { sequence: "DESC" }, take: 1 })
  if (!head) throw invalid("Record at least one event (e.g. commissioning) before publishing the batch")
  const { data: items } = await query.graph({
    entity: "trade_item",
    fields: ["product_variant.product.title", "product_variant.product.producer.name"],
    filters: { gtin: batch.gtin },
  })
  const product = (items[0] as any)?.product_variant?.product
  const payload = batchPayload(batch, { productTitle: product?.title ?? "", producerName: product?.producer?.name ?? "", headEventHash: head.hash })
  const signed = signBatchRecord(payload, traceability.signer())
  return new StepResponse({ record: payload, record_hash: signed.payload_hash, signature: signed.signature, key_id: signed.key_id })
})
