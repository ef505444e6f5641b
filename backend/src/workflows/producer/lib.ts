/** Invite tokens: random, shown once, stored only as their SHA-256. */
import { createHash, randomBytes } from "node:crypto"

export const INVITE_VALIDITY_DAYS = 7

export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** The email of an auth identity's email-and-password login, lower-cased. */
export function emailOfIdentity(identity: { provider_identities?: { provider: string; entity_id: string }[] | null }): string | null {
  const emailpass = identity.provider_identities?.find((p) => p.provider === "emailpass")
  return emailpass?.entity_id ? emailpass.entity_id.trim().toLowerCase() : null
}
