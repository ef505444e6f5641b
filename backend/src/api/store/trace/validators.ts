import { z } from "@medusajs/framework/zod"
import { gs1TextProblem } from "@ocop/traceability"

export type StoreTraceScan = z.infer<typeof StoreTraceScan>
export const StoreTraceScan = z
  .object({
    gtin: z.string().trim().regex(/^\d{14}$/, "gtin must be 14 digits"),
    lot: z
      .string()
      .trim()
      .superRefine((lot, ctx) => {
        const problem = gs1TextProblem(lot, "lot")
        if (problem) ctx.addIssue({ code: "custom", message: problem })
      })
      .nullish(),
    country: z.string().trim().max(2).regex(/^[A-Za-z]{0,2}$/, "country must be a two-letter code").nullish(),
    region: z.string().trim().max(100).nullish(),
    city: z.string().trim().max(100).nullish(),
    client: z.enum(["phone", "desktop", "bot", "other"]).nullish(),
  })
  .strict()
