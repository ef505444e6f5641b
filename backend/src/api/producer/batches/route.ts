import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { batchView, producerGtins } from "../../../lib/trace/batches"
import { createProductionBatchWorkflow } from "../../../workflows/traceability/workflows/create-production-batch"
import { producerScope } from "../scope"
import { assertOwnVariant } from "./helpers"
import type { ProducerBatchesParams, ProducerCreateBatch } from "./validators"

/** The producer's batches (of its own products' GTINs), newest production first. */
export const GET = async (req: MedusaRequest<unknown, ProducerBatchesParams>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as ProducerBatchesParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const gtins = await producerGtins(query, producerScope(req).producer_id)
  if (!gtins.size) return res.json({ production_batches: [], count: 0, limit, offset })
  const filters: Record<string, unknown> = { gtin: [...gtins.keys()] }
  if (status) filters.status = status
  const { data, metadata } = await query.graph({
    entity: "production_batch",
    fields: ["id", "gtin", "lot", "status", "production_date", "expiry_date", "quantity", "unit", "published_at", "withdrawn_at"],
    filters,
    pagination: { skip: offset, take: limit, order: { production_date: "DESC" } },
  })
  res.json({
    production_batches: data.map((batch: any) => ({ ...batch, ...gtins.get(batch.gtin) })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/** Opens a draft batch of one of the producer's own variants (giving it a GTIN if it has none). */
export const POST = async (req: MedusaRequest<ProducerCreateBatch>, res: MedusaResponse) => {
  const body = req.validatedBody as ProducerCreateBatch
  await assertOwnVariant(req, body.variant_id)
  const { result } = await createProductionBatchWorkflow(req.scope).run({ input: body as any })
  res.status(201).json({ production_batch: await batchView(req.scope, result.id) })
}
