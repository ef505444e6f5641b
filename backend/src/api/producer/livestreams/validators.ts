import { z } from "@medusajs/framework/zod"
import { LIVESTREAM_STATUS_FILTERS } from "../../../lib/livestreams/validators"

/** The portal's pagination (docs/producer-api.md): limit 1–100, default 20. */
export type ProducerLivestreamsParams = z.infer<typeof ProducerLivestreamsParams>
export const ProducerLivestreamsParams = z
  .object({
    status: z.enum(LIVESTREAM_STATUS_FILTERS, { error: `status must be one of ${LIVESTREAM_STATUS_FILTERS.join(", ")}` }).optional(),
    limit: z.coerce.number().int().min(1, "limit must be between 1 and 100").max(100, "limit must be between 1 and 100").default(20),
    offset: z.coerce.number().int().min(0, "offset must not be negative").default(0),
  })
  .strict()
