import { z } from "@medusajs/framework/zod"
import { LEGAL_FORMS, MEMBER_ROLES, PRODUCER_STATUSES } from "../../../modules/ocop/lib/domain"

const text = (field: string, max = 200) => z.string().trim().min(1, `${field} must not be empty`).max(max, `${field} is too long (${max} characters at most)`)
const optionalText = (field: string, max = 200) => text(field, max).nullish()
const url = (field: string) => z.url({ protocol: /^https?$/, error: `${field} must be a web address starting with http:// or https://` }).max(500).nullish()

export const PRODUCER_HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The producer fields, shared with self-registration (api/producer/validators.ts). */
export const ProducerFields = {
  handle: z.string().trim().regex(PRODUCER_HANDLE, "handle must be lower-case letters, digits and single dashes, e.g. htx-tra-hoa-vang-ba-che").max(100),
  name: text("name"),
  legal_form: z.enum(LEGAL_FORMS, { error: `legal_form must be one of ${LEGAL_FORMS.join(", ")}` }),
  tax_code: z
    .string()
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, "tax_code must be 10 digits, or 10 digits, a dash and 3 digits for a branch")
    .nullish(),
  province: text("province", 100).optional(),
  commune: text("commune", 100),
  street: optionalText("street"),
  former_locality: optionalText("former_locality"),
  phone: z
    .string()
    .trim()
    .transform((v) => v.replace(/[\s.]/g, ""))
    .pipe(z.string().regex(/^(\+84|0)\d{9,10}$/, "phone must be a Vietnamese phone number, e.g. 0912 345 678 or +84 912 345 678"))
    .nullish(),
  email: z.email({ error: "email must be an e-mail address" }).max(200).nullish(),
  description: optionalText("description", 2000),
  story: optionalText("story", 10000),
  logo_url: url("logo_url"),
  cover_url: url("cover_url"),
  website: url("website"),
  social_links: z
    .object({ facebook: url("social_links.facebook"), zalo: url("social_links.zalo"), tiktok: url("social_links.tiktok"), youtube: url("social_links.youtube") })
    .strict()
    .nullish(),
  verified: z.boolean({ error: "verified must be true or false" }).optional(),
}

export type AdminCreateProducer = z.infer<typeof AdminCreateProducer>
export const AdminCreateProducer = z.object(ProducerFields).strict()

export type AdminUpdateProducer = z.infer<typeof AdminUpdateProducer>
export const AdminUpdateProducer = z.object(ProducerFields).partial().strict()

export type AdminLinkProducerProducts = z.infer<typeof AdminLinkProducerProducts>
export const AdminLinkProducerProducts = z
  .object({
    add: z.array(text("product id", 100)).max(500, "at most 500 products at a time").default([]),
    remove: z.array(text("product id", 100)).max(500, "at most 500 products at a time").default([]),
  })
  .strict()

export type AdminProducersParams = z.infer<typeof AdminProducersParams>
export const AdminProducersParams = z
  .object({
    q: z.string().trim().max(200).optional(),
    commune: z.string().trim().max(200).optional(),
    legal_form: z.enum(LEGAL_FORMS).optional(),
    verified: z.enum(["true", "false"]).optional(),
    status: z.enum(PRODUCER_STATUSES, { error: `status must be one of ${PRODUCER_STATUSES.join(", ")}` }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminUpdateProducerStatus = z.infer<typeof AdminUpdateProducerStatus>
export const AdminUpdateProducerStatus = z
  .object({
    status: z.enum(PRODUCER_STATUSES, { error: `status must be one of ${PRODUCER_STATUSES.join(", ")}` }),
    reason: optionalText("reason", 500),
  })
  .strict()
  .refine((body) => body.status !== "suspended" || !!body.reason, { message: "reason is required to suspend a producer (its members will see it)", path: ["reason"] })

export type AdminCreateProducerInvite = z.infer<typeof AdminCreateProducerInvite>
export const AdminCreateProducerInvite = z
  .object({
    email: z.email({ error: "email must be an e-mail address" }).max(200),
    role: z.enum(MEMBER_ROLES, { error: `role must be one of ${MEMBER_ROLES.join(", ")}` }).default("owner"),
  })
  .strict()
