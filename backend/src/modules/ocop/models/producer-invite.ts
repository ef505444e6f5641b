import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../lib/domain"
import Producer from "./producer"

/**
 * An invitation to join a producer as a member. Only the SHA-256 of the token is
 * stored; the token itself is shown once, to whoever created the invite.
 */
const ProducerInvite = model
  .define("producer_invite", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** Actor id of who invited: a Medusa user (operator) or a producer member. */
    invited_by: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["producer_id", "email"] }])

export default ProducerInvite
