import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../../workflows/ocop/workflows/create-producers"
import { refetchProducer } from "./helpers"
import { ADMIN_PRODUCER_FIELDS } from "./query-config"
import type { AdminCreateProducer, AdminProducersParams } from "./validators"

export const GET = async (req: MedusaRequest<unknown, AdminProducersParams>, res: MedusaResponse) => {
  const { q, commune, legal_form, verified, status, limit, offset } = req.validatedQuery as AdminProducersParams
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: `%${q.normalize("NFC").replace(/[%_\\]/g, "\\$&")}%` }
  if (commune) filters.commune = commune.normalize("NFC")
  if (legal_form) filters.legal_form = legal_form
  if (verified) filters.verified = verified === "true"
  if (status) filters.status = status
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: ADMIN_PRODUCER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ producers: data, count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: MedusaRequest<AdminCreateProducer>, res: MedusaResponse) => {
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody as any] } })
  res.status(201).json({ producer: await refetchProducer(req, (result as { id: string }[])[0].id) })
}
