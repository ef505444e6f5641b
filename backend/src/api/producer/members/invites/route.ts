import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerInviteWorkflow } from "../../../../workflows/producer/workflows/create-producer-invite"
import { shapeInvite } from "../../helpers"
import { producerScope, requireOwner } from "../../scope"
import type { ProducerCreateInvite } from "../../validators"

/** The owner invites a colleague to the same producer; the answer carries the invite token once. */
export const POST = async (req: MedusaRequest<ProducerCreateInvite>, res: MedusaResponse) => {
  const scope = producerScope(req)
  requireOwner(scope)
  const body = req.validatedBody as ProducerCreateInvite
  const { result } = await createProducerInviteWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, email: body.email, role: body.role, invited_by: scope.member_id },
  })
  res.status(201).json({ invite: shapeInvite(result.invite, result.token) })
}
