import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerProducerWorkflow } from "../../../workflows/producer/workflows/register-producer"
import { memberWithProducer } from "../helpers"
import type { ProducerRegister } from "../validators"

/** Self-registration with the token of `/auth/producer/emailpass/register`: a pending producer and its owner. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerRegister>, res: MedusaResponse) => {
  const body = req.validatedBody as ProducerRegister
  const { result } = await registerProducerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, member_name: body.member.name, producer: body.producer },
  })
  res.json(await memberWithProducer(req.scope, result.member_id))
}
