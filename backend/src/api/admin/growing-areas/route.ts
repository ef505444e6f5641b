import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGrowingAreasWorkflow } from "../../../workflows/traceability/workflows/create-growing-areas"
import type { AdminCreateGrowingAreas, AdminGrowingAreasParams } from "./validators"

const FIELDS = ["*", "producer.id", "producer.name"]

export const GET = async (req: MedusaRequest<unknown, AdminGrowingAreasParams>, res: MedusaResponse) => {
  const { producer_id, limit, offset } = req.validatedQuery as AdminGrowingAreasParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (producer_id) {
    const { data } = await query.graph({ entity: "producer", fields: ["growing_areas.*"], filters: { id: producer_id } })
    const areas = (data[0]?.growing_areas ?? []).filter(Boolean)
    res.json({ growing_areas: areas.slice(offset, offset + limit), count: areas.length, limit, offset })
    return
  }
  const { data, metadata } = await query.graph({ entity: "growing_area", fields: FIELDS, pagination: { skip: offset, take: limit, order: { code: "ASC" } } })
  res.json({ growing_areas: data, count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: MedusaRequest<AdminCreateGrowingAreas>, res: MedusaResponse) => {
  const { result } = await createGrowingAreasWorkflow(req.scope).run({ input: req.validatedBody as any })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "growing_area", fields: FIELDS, filters: { id: result.map((a) => a.id) } })
  res.status(201).json({ growing_areas: data })
}
