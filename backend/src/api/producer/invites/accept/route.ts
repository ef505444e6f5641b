import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/workflows/accept-producer-invite"
import { memberWithProducer } from "../../helpers"
import type { ProducerAcceptInvite } from "../../validators"

/** Joins a producer with an invite token, using the token of `/auth/producer/emailpass/register`. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerAcceptInvite>, res: MedusaResponse) => {
  const body = req.validatedBody as ProducerAcceptInvite
  const { result } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { token: body.token, name: body.name, auth_identity_id: req.auth_context.auth_identity_id },
  })
  res.json(await memberWithProducer(req.scope, result.member_id))
}
