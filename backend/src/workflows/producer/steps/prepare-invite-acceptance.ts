import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { emailOfIdentity, hashInviteToken } from "../lib"

export const prepareInviteAcceptanceStepId = "prepare-invite-acceptance"

const NOT_VALID = "This invitation is not valid any more (unknown, already used or expired). Please ask for a new one."

/**
 * Finds the open invite of a token and checks it was sent to this login's email, and that the
 * login has no member yet. Reads only.
 */
export const prepareInviteAcceptanceStep = createStep(
  prepareInviteAcceptanceStepId,
  async (input: { token: string; auth_identity_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
    if (identity.app_metadata?.producer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a producer member. Please log in instead.")
    }
    const email = emailOfIdentity(identity as any)
    const ocop: any = container.resolve(OCOP_MODULE)
    const [invite] = await ocop.listProducerInvites({ token_hash: hashInviteToken(input.token) }, { take: 1 })
    if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, NOT_VALID)
    }
    if (!email || email !== invite.email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invitation was sent to another email address. Please register with that address.")
    }
    return new StepResponse({ invite_id: invite.id as string, producer_id: invite.producer_id as string, role: invite.role, email })
  }
)
