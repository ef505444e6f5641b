import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type { MemberRole } from "../../../modules/ocop/lib/domain"

export const createProducerMemberStepId = "create-producer-member"

export type CreateProducerMemberInput = {
  producer_id: string
  auth_identity_id: string
  email: string
  name: string
  role: MemberRole
}

/** Creates a member of a producer; compensation deletes it. */
export const createProducerMemberStep = createStep(
  createProducerMemberStepId,
  async (input: CreateProducerMemberInput, { container }) => {
    const ocop: any = container.resolve(OCOP_MODULE)
    const member = await ocop.createProducerMembers({ ...input, name: input.name.normalize("NFC").trim() })
    return new StepResponse(member as { id: string; producer_id: string; email: string }, member.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: any = container.resolve(OCOP_MODULE)
    await ocop.deleteProducerMembers([id])
  }
)
