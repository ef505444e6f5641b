import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../lib/domain"
import Producer from "./producer"

/**
 * A person who manages a producer's shop: the `producer` auth actor. Its id is
 * what Medusa puts in `auth_identity.app_metadata.producer_id` and in the
 * token's `actor_id`; one auth identity is one member of one producer.
 */
const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    auth_identity_id: model.text().unique(),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
  })
  .indexes([{ on: ["producer_id", "email"], unique: true, where: "deleted_at IS NULL" }])

export default ProducerMember
