import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminLivestreamCreateBody, AdminLivestreamListParams } from "../../../lib/livestreams/validators"
import { createLivestreamsWorkflow } from "../../../workflows/livestreams/workflows/create-livestreams"
import { listManagedLivestreams, refetchLivestream } from "../../../lib/livestreams/manage"

/** Every producer's sessions, or one producer's (`producer_id`), optionally by status. */
export const GET = async (req: MedusaRequest<unknown, AdminLivestreamListParams>, res: MedusaResponse) => {
  const { producer_id, status, limit, offset } = req.validatedQuery as AdminLivestreamListParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json(await listManagedLivestreams(query, producer_id ? { producer_id } : {}, { status, limit, offset }))
}

/** Schedules a session for a producer (the operator acting for a producer without an account). */
export const POST = async (req: MedusaRequest<AdminLivestreamCreateBody>, res: MedusaResponse) => {
  const { result } = await createLivestreamsWorkflow(req.scope).run({ input: { livestreams: [req.validatedBody as AdminLivestreamCreateBody] } })
  res.status(201).json({ livestream: await refetchLivestream(req.scope, result[0].id) })
}
