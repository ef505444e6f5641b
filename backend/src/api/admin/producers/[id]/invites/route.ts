import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerInviteWorkflow } from "../../../../../workflows/producer/workflows/create-producer-invite"
import { shapeInvite } from "../../../../producer/helpers"
import { refetchProducer } from "../../helpers"
import type { AdminCreateProducerInvite } from "../../validators"

/** The operator invites a person to manage a producer's shop; the answer carries the token once. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateProducerInvite>, res: MedusaResponse) => {
  await refetchProducer(req, req.params.id)
  const body = req.validatedBody as AdminCreateProducerInvite
  const { result } = await createProducerInviteWorkflow(req.scope).run({
    input: { producer_id: req.params.id, email: body.email, role: body.role, invited_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invite: shapeInvite(result.invite, result.token) })
}
