import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { LivestreamUpdateBody } from "../../../../lib/livestreams/validators"
import { deleteLivestreamWorkflow } from "../../../../workflows/livestreams/workflows/delete-livestream"
import { updateLivestreamWorkflow } from "../../../../workflows/livestreams/workflows/update-livestream"
import { refetchLivestream } from "../../../../lib/livestreams/manage"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ livestream: await refetchLivestream(req.scope, req.params.id) })
}

export const POST = async (req: MedusaRequest<LivestreamUpdateBody>, res: MedusaResponse) => {
  await updateLivestreamWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as LivestreamUpdateBody) } })
  res.json({ livestream: await refetchLivestream(req.scope, req.params.id) })
}

/** Takes down a session (e.g. a link that breaks the marketplace's rules). */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteLivestreamWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "livestream", deleted: true })
}
