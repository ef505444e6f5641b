import { model } from "@medusajs/framework/utils"
import { LEGAL_FORMS, PRODUCER_STATUSES } from "../lib/domain"
import Livestream from "./livestream"
import OcopCertificate from "./ocop-certificate"
import ProducerInvite from "./producer-invite"
import ProducerMember from "./producer-member"

/**
 * A producer: enterprise, cooperative or household business selling its
 * OCOP-rated products. Addresses follow the two-level structure of July 2025
 * (province, then commune/ward/special zone); a former district stays free text.
 */
const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prdc" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    legal_form: model.enum([...LEGAL_FORMS]),
    tax_code: model.text().nullable(),
    province: model.text().default("Quảng Ninh"),
    commune: model.text().searchable(),
    street: model.text().nullable(),
    former_locality: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    description: model.text().nullable(),
    story: model.text().nullable(),
    logo_url: model.text().nullable(),
    cover_url: model.text().nullable(),
    website: model.text().nullable(),
    social_links: model.json().nullable(),
    verified: model.boolean().default(false),
    /** Operator-created producers are approved; self-registered ones start `pending`. */
    status: model.enum([...PRODUCER_STATUSES]).default("approved"),
    /** Why the operator suspended the producer (shown to its members). */
    status_reason: model.text().nullable(),
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
    invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
    certificates: model.hasMany(() => OcopCertificate, { mappedBy: "producer" }),
    livestreams: model.hasMany(() => Livestream, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["commune"] }, { on: ["status"] }])

export default Producer
