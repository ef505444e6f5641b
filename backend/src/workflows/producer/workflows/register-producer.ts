import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LegalForm } from "../../../modules/ocop/lib/domain"
import { normalizeText } from "../../ocop/normalize"
import { createProducersStep } from "../../ocop/steps/create-producers"
import { createProducerMemberStep } from "../steps/create-producer-member"
import { linkMemberLoginStep } from "../steps/link-member-login"
import { prepareProducerRegistrationStep } from "../steps/prepare-producer-registration"

export const registerProducerWorkflowId = "register-producer"

export type RegisterProducerInput = {
  auth_identity_id: string
  member_name: string
  producer: {
    name: string
    legal_form: LegalForm
    commune: string
    phone: string
    street?: string | null
    tax_code?: string | null
    description?: string | null
  }
}

/**
 * Self-registration: a producer waiting for the operator's approval (`pending`), the person
 * as its owner, and the login tied to that member (auth identity `app_metadata.producer_id`).
 */
export const registerProducerWorkflow = createWorkflow(registerProducerWorkflowId, (input: RegisterProducerInput) => {
  const prepared = prepareProducerRegistrationStep(
    transform({ input }, ({ input }) => ({ auth_identity_id: input.auth_identity_id, producer_name: input.producer.name }))
  )
  const producers = createProducersStep(
    transform({ input, prepared }, ({ input, prepared }) => [
      normalizeText({ ...input.producer, handle: prepared.handle, email: prepared.email, status: "pending" }) as any,
    ])
  )
  const member = createProducerMemberStep(
    transform({ input, prepared, producers }, ({ input, prepared, producers }) => ({
      producer_id: producers[0].id,
      auth_identity_id: input.auth_identity_id,
      email: prepared.email,
      name: input.member_name,
      role: "owner" as const,
    }))
  )
  linkMemberLoginStep(transform({ input, member }, ({ input, member }) => ({ auth_identity_id: input.auth_identity_id, member_id: member.id })))
  return new WorkflowResponse(transform({ member }, ({ member }) => ({ member_id: member.id, producer_id: member.producer_id })))
})
