import { z } from "@medusajs/framework/zod"

export type AdminAssignGtins = z.infer<typeof AdminAssignGtins>
export const AdminAssignGtins = z
  .object({
    variants: z
      .array(z.object({ variant_id: z.string().trim().min(1).max(100), gtin: z.string().trim().regex(/^\d{8}$|^\d{12,14}$/, "gtin must be 8, 12, 13 or 14 digits").nullish() }).strict())
      .min(1, "give at least one variant")
      .max(500),
  })
  .strict()
