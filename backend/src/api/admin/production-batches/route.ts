import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductionBatchWorkflow } from "../../../workflows/traceability/workflows/create-production-batch"
import { refetchBatch } from "./helpers"
import type { AdminBatchesParams, AdminCreateBatch } from "./validators"

export const GET = async (req: MedusaRequest<unknown, AdminBatchesParams>, res: MedusaResponse) => {
  const { gtin, status, limit, offset } = req.validatedQuery as AdminBatchesParams
  const filters: Record<string, unknown> = {}
  if (gtin) filters.gtin = gtin
  if (status) filters.status = status
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "production_batch",
    fields: ["id", "gtin", "lot", "status", "production_date", "expiry_date", "quantity", "unit", "published_at"],
    filters,
    pagination: { skip: offset, take: limit, order: { production_date: "DESC" } },
  })
  res.json({ production_batches: data, count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: MedusaRequest<AdminCreateBatch>, res: MedusaResponse) => {
  const { result } = await createProductionBatchWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ production_batch: await refetchBatch(req, result.id) })
}
