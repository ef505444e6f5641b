import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type { MemberRole } from "../../../modules/ocop/lib/domain"
import { hashInviteToken, INVITE_VALIDITY_DAYS, newInviteToken } from "../lib"

export const createProducerInviteStepId = "create-producer-invite"

export type CreateProducerInviteInput = { producer_id: string; email: string; role: MemberRole; invited_by: string | null }

/**
 * Creates an invite for an email not yet a member of the producer and answers its token once
 * (only the hash is stored); compensation deletes the invite.
 */
export const createProducerInviteStep = createStep(
  createProducerInviteStepId,
  async (input: CreateProducerInviteInput, { container }) => {
    const ocop: any = container.resolve(OCOP_MODULE)
    const email = input.email.normalize("NFC").trim().toLowerCase()
    const [producer] = await ocop.listProducers({ id: input.producer_id }, { select: ["id"], take: 1 })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found`)
    const [member] = await ocop.listProducerMembers({ producer_id: input.producer_id, email }, { select: ["id"], take: 1 })
    if (member) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already a member of this producer`)
    const token = newInviteToken()
    const invite = await ocop.createProducerInvites({
      producer_id: input.producer_id,
      email,
      role: input.role,
      invited_by: input.invited_by,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_VALIDITY_DAYS * 86_400_000),
    })
    return new StepResponse({ invite, token }, invite.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const ocop: any = container.resolve(OCOP_MODULE)
    await ocop.deleteProducerInvites([id])
  }
)
