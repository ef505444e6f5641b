import { z } from "@medusajs/framework/zod"

export type StoreLiveLivestreamsParams = z.infer<typeof StoreLiveLivestreamsParams>
export const StoreLiveLivestreamsParams = z
  .object({
    limit: z.coerce.number({ error: "limit must be a whole number from 1 to 50" }).int("limit must be a whole number from 1 to 50").min(1, "limit must be a whole number from 1 to 50").max(50, "limit must be a whole number from 1 to 50").default(12),
  })
  .strict()
