import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateEntityStep } from "../../common/update-entity"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { linkMemberLoginStep } from "../steps/link-member-login"
import { prepareInviteAcceptanceStep } from "../steps/prepare-invite-acceptance"

export const acceptProducerInviteWorkflowId = "accept-producer-invite"

/** Joins a producer with an invite: the member, the invite marked used, the login tied to the member. */
export const acceptProducerInviteWorkflow = createWorkflow(
  acceptProducerInviteWorkflowId,
  (input: { token: string; auth_identity_id: string; name: string }) => {
    const invite = prepareInviteAcceptanceStep(
      transform({ input }, ({ input }) => ({ token: input.token, auth_identity_id: input.auth_identity_id }))
    )
    const member = createProducerMemberStep(
      transform({ input, invite }, ({ input, invite }) => ({
        producer_id: invite.producer_id,
        auth_identity_id: input.auth_identity_id,
        email: invite.email,
        name: input.name,
        role: invite.role,
      }))
    )
    updateEntityStep(
      transform({ invite }, ({ invite }) => ({
        module: "ocop",
        retrieveMethod: "retrieveProducerInvite",
        updateMethod: "updateProducerInvites",
        id: invite.invite_id,
        changes: { accepted_at: new Date() },
      }))
    )
    linkMemberLoginStep(transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id })))
    return new WorkflowResponse(transform({ member }, ({ member }) => ({ member_id: member.id, producer_id: member.producer_id })))
  }
)
