import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LivestreamCreateBody } from "../../../lib/livestreams/validators"
import { createLivestreamsWorkflow } from "../../../workflows/livestreams/workflows/create-livestreams"
import { listManagedLivestreams, refetchLivestream } from "../../../lib/livestreams/manage"
import { producerScope } from "../scope"
import type { ProducerLivestreamsParams } from "./validators"

/** The producer's own sessions, optionally by status. */
export const GET = async (req: MedusaRequest<unknown, ProducerLivestreamsParams>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const { status, limit, offset } = req.validatedQuery as ProducerLivestreamsParams
  res.json(await listManagedLivestreams(req.scope.resolve(ContainerRegistrationKeys.QUERY), { producer_id }, { status, limit, offset }))
}

/** Schedules a session of the producer (a product, if named, must be one of its own). */
export const POST = async (req: MedusaRequest<LivestreamCreateBody>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const body = req.validatedBody as LivestreamCreateBody
  const { result } = await createLivestreamsWorkflow(req.scope).run({ input: { livestreams: [{ ...body, producer_id }] } })
  res.status(201).json({ livestream: await refetchLivestream(req.scope, result[0].id, producer_id) })
}
