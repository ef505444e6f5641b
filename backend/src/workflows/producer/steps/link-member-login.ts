import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ACTOR } from "../actor"

export const linkMemberLoginStepId = "link-member-login"

const KEY = `${PRODUCER_ACTOR}_id`

/**
 * Ties a login to a member: `app_metadata.producer_id` of the auth identity, which Medusa puts in
 * the token as `actor_id`. Compensation clears it (Medusa's own setAuthAppMetadataStep leaves the
 * key behind when undone, because auth identity metadata is merged on update).
 */
export const linkMemberLoginStep = createStep(
  linkMemberLoginStepId,
  async (input: { auth_identity_id: string; member_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.[KEY]) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a producer member. Please log in instead.")
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), [KEY]: input.member_id } })
    return new StepResponse(void 0, input.auth_identity_id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(authIdentityId)
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { ...(identity.app_metadata ?? {}), [KEY]: null } })
  }
)
