import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGrowingAreasWorkflow } from "../../../workflows/traceability/workflows/create-growing-areas"
import type { ProducerCreateGrowingAreas, ProducerGrowingAreasParams } from "../batches/validators"
import { producerScope } from "../scope"

/** The producer's registered growing areas, aquaculture areas and packing houses, by code. */
export const GET = async (req: MedusaRequest<unknown, ProducerGrowingAreasParams>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as ProducerGrowingAreasParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["growing_areas.*"], filters: { id: producerScope(req).producer_id } })
  const areas = ((data[0] as any)?.growing_areas ?? []).filter(Boolean).sort((a: any, b: any) => a.code.localeCompare(b.code))
  res.json({ growing_areas: areas.slice(offset, offset + limit), count: areas.length, limit, offset })
}

/** Registers areas of the producer (codes checked and unique, text NFC). */
export const POST = async (req: MedusaRequest<ProducerCreateGrowingAreas>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const { areas } = req.validatedBody as ProducerCreateGrowingAreas
  const { result } = await createGrowingAreasWorkflow(req.scope).run({ input: { producer_id, areas: areas as any } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "growing_area", fields: ["*"], filters: { id: result.map((a) => a.id) } })
  res.status(201).json({ growing_areas: data })
}
