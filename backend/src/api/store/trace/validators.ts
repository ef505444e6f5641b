import { z } from "@medusajs/framework/zod"

export type StoreTraceScan = z.infer<typeof StoreTraceScan>
export const StoreTraceScan = z
  .object({
    gtin: z.string().trim().regex(/^\d{14}$/, "gtin must be 14 digits"),
    lot: z.string().trim().min(1).max(20, "lot is at most 20 characters").nullish(),
    country: z.string().trim().max(2).regex(/^[A-Za-z]{0,2}$/, "country must be a two-letter code").nullish(),
    region: z.string().trim().max(100).nullish(),
    city: z.string().trim().max(100).nullish(),
    client: z.enum(["phone", "desktop", "bot", "other"]).nullish(),
  })
  .strict()
