import { z } from "@medusajs/framework/zod"

export type AdminProducerListingsParams = z.infer<typeof AdminProducerListingsParams>
export const AdminProducerListingsParams = z
  .object({
    status: z.enum(["draft", "proposed", "published", "rejected"], { error: "status must be one of draft, proposed, published, rejected" }).default("proposed"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminPublishListing = z.object({}).strict()

export type AdminRejectListing = z.infer<typeof AdminRejectListing>
export const AdminRejectListing = z
  .object({ reason: z.string({ error: "reason is required: tell the producer what to change" }).trim().min(1, "reason is required: tell the producer what to change").max(1000, "reason is too long (1000 characters at most)") })
  .strict()

export type AdminVerifyCertificate = z.infer<typeof AdminVerifyCertificate>
export const AdminVerifyCertificate = z.object({ verified: z.boolean({ error: "verified must be true or false" }) }).strict()
