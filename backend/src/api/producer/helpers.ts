/** What the producer portal shows of its own records (docs/producer-api.md, "Shapes"). */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"

export const PRODUCER_OWN_FIELDS = [
  "id", "handle", "name", "legal_form", "status", "status_reason", "province", "commune", "street",
  "phone", "email", "tax_code", "description", "logo_url", "verified",
] as const

export function shapeMember(member: any) {
  return { id: member.id, email: member.email, name: member.name, role: member.role, created_at: member.created_at }
}

export function shapeProducer(producer: any) {
  return Object.fromEntries(PRODUCER_OWN_FIELDS.map((f) => [f, producer[f] ?? null]))
}

/** The storefront page where a person accepts an invite (STOREFRONT_URL, as in medusa-config.ts). */
export function inviteUrl(token: string) {
  const storefront = (process.env.STOREFRONT_URL ?? "http://127.0.0.1:8000").replace(/\/+$/, "")
  return `${storefront}/producer/accept-invite?token=${encodeURIComponent(token)}`
}

export function shapeInvite(invite: any, token?: string) {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    expires_at: invite.expires_at,
    created_at: invite.created_at,
    ...(token ? { token, url: inviteUrl(token) } : {}),
  }
}

/** A member with its producer, shaped; 404 when it does not exist. */
export async function memberWithProducer(container: MedusaContainer, memberId: string) {
  const ocop: any = container.resolve(OCOP_MODULE)
  const [member] = await ocop.listProducerMembers({ id: memberId }, { relations: ["producer"], take: 1 })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${memberId} was not found`)
  return { member: shapeMember(member), producer: shapeProducer(member.producer) }
}
