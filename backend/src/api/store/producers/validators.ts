import { z } from "@medusajs/framework/zod"
import { LEGAL_FORMS } from "../../../modules/ocop/lib/domain"

export type StoreProducersParams = z.infer<typeof StoreProducersParams>
export const StoreProducersParams = z
  .object({
    commune: z.string().trim().min(1).max(200, "commune is too long (200 characters at most)").optional(),
    legal_form: z.enum(LEGAL_FORMS, { error: `legal_form must be one of ${LEGAL_FORMS.join(", ")}` }).optional(),
    q: z.string().trim().max(200, "q is too long (200 characters at most)").optional(),
    region_id: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1, "limit must be between 1 and 100").max(100, "limit must be between 1 and 100").default(24),
    offset: z.coerce.number().int().min(0, "offset must not be negative").max(100_000).default(0),
  })
  .strict()

export type StoreProducerParams = z.infer<typeof StoreProducerParams>
export const StoreProducerParams = z.object({ region_id: z.string().trim().min(1).max(200).optional() }).strict()
