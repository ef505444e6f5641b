import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LivestreamUpdateBody } from "../../../../lib/livestreams/validators"
import { deleteLivestreamWorkflow } from "../../../../workflows/livestreams/workflows/delete-livestream"
import { updateLivestreamWorkflow } from "../../../../workflows/livestreams/workflows/update-livestream"
import { refetchLivestream } from "../../../../lib/livestreams/manage"
import { producerScope } from "../../scope"

/** One of the producer's sessions; another producer's answers 404 like a missing one. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ livestream: await refetchLivestream(req.scope, req.params.id, producerScope(req).producer_id) })
}

export const POST = async (req: MedusaRequest<LivestreamUpdateBody>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  await updateLivestreamWorkflow(req.scope).run({ input: { ...(req.validatedBody as LivestreamUpdateBody), id: req.params.id, producer_id } })
  res.json({ livestream: await refetchLivestream(req.scope, req.params.id, producer_id) })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteLivestreamWorkflow(req.scope).run({ input: { id: req.params.id, producer_id: producerScope(req).producer_id } })
  res.json({ id: req.params.id, object: "livestream", deleted: true })
}
