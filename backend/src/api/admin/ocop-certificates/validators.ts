import { z } from "@medusajs/framework/zod"
import { PRODUCT_GROUPS } from "../../../modules/ocop/lib/domain"

const date = (field: string) =>
  z
    .string({ error: `${field} must be a date such as 2024-05-17` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, `${field} must be a date such as 2024-05-17`)
    .refine((value) => !Number.isNaN(new Date(value).getTime()) && new Date(value).toISOString().slice(0, 10) === value.slice(0, 10), `${field} is not a real calendar date`)

const CertificateFields = {
  star: z.number({ error: "star must be 3, 4 or 5" }).int("star must be 3, 4 or 5").refine((s) => s >= 3 && s <= 5, "star must be 3, 4 or 5 (the marketplace lists certified OCOP products only)"),
  score: z.number({ error: "score must be a number from 0 to 100" }).int("score must be a whole number").min(0, "score must be from 0 to 100").max(100, "score must be from 0 to 100").nullish(),
  decision_number: z.string().trim().min(1, "decision_number must not be empty").max(100, "decision_number is too long (100 characters at most)"),
  issuing_authority: z.string().trim().min(1, "issuing_authority must not be empty").max(200, "issuing_authority is too long (200 characters at most)"),
  decision_date: date("decision_date"),
  expires_at: date("expires_at").nullish(),
  product_group: z.enum(PRODUCT_GROUPS, { error: `product_group must be one of ${PRODUCT_GROUPS.join(", ")}` }),
}

const expiryAfterDecision = (c: { decision_date?: string; expires_at?: string | null }) =>
  !c.decision_date || !c.expires_at || new Date(c.expires_at) > new Date(c.decision_date)
const EXPIRY_MESSAGE = { message: "expires_at must be after decision_date", path: ["expires_at"] }

export type AdminCreateOcopCertificate = z.infer<typeof AdminCreateOcopCertificate>
export const AdminCreateOcopCertificate = z
  .object({ product_id: z.string().trim().min(1, "product_id must not be empty").max(100), ...CertificateFields })
  .strict()
  .refine(expiryAfterDecision, EXPIRY_MESSAGE)

export type AdminUpdateOcopCertificate = z.infer<typeof AdminUpdateOcopCertificate>
export const AdminUpdateOcopCertificate = z.object(CertificateFields).partial().strict().refine(expiryAfterDecision, EXPIRY_MESSAGE)

export type AdminOcopCertificatesParams = z.infer<typeof AdminOcopCertificatesParams>
export const AdminOcopCertificatesParams = z
  .object({
    product_id: z.string().trim().min(1).max(100).optional(),
    producer_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
