/** Bodies of the producer account routes (docs/producer-api.md, "Accounts"). */
import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../modules/ocop/lib/domain"
import { ProducerFields } from "../admin/producers/validators"

const personName = z.string().trim().min(1, "name must not be empty").max(100, "name is too long (100 characters at most)")

export type ProducerRegister = z.infer<typeof ProducerRegister>
export const ProducerRegister = z
  .object({
    member: z.object({ name: personName }, { error: "member must be an object with your name" }).strict(),
    producer: z
      .object({
        name: ProducerFields.name,
        legal_form: ProducerFields.legal_form,
        commune: ProducerFields.commune,
        phone: ProducerFields.phone.unwrap().unwrap(),
        street: ProducerFields.street,
        tax_code: ProducerFields.tax_code,
        description: ProducerFields.description,
      }, { error: "producer must be an object with the producer's name, legal_form, commune and phone" })
      .strict(),
  })
  .strict()

export type ProducerAcceptInvite = z.infer<typeof ProducerAcceptInvite>
export const ProducerAcceptInvite = z
  .object({
    token: z.string({ error: "token must be the invitation's token" }).trim().min(20, "token is not a valid invitation token").max(200, "token is not a valid invitation token"),
    name: personName,
  })
  .strict()

export type ProducerCreateInvite = z.infer<typeof ProducerCreateInvite>
export const ProducerCreateInvite = z
  .object({
    email: z.email({ error: "email must be an e-mail address" }).max(200),
    role: z.enum(MEMBER_ROLES, { error: `role must be one of ${MEMBER_ROLES.join(", ")}` }).default("staff"),
  })
  .strict()
