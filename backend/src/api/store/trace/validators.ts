import { isIP } from "node:net"
import { z } from "@medusajs/framework/zod"
import { gs1TextProblem } from "@ocop/traceability"

/** The most scans one report may carry (the storefront sends what it gathered in a second). */
export const MAX_SCANS_PER_REPORT = 500

const ScanOfLabel = z
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
    /** The visitor's address, for its scan budget; believed only from a storefront server (lib/trace/scan-reporters.ts). */
    visitor: z.string().trim().refine((address) => isIP(address) !== 0, "visitor must be an IP address").nullish(),
  })
  .strict()

export type StoreTraceScans = z.infer<typeof StoreTraceScans>
export const StoreTraceScans = z
  .object({
    scans: z.array(ScanOfLabel).min(1).max(MAX_SCANS_PER_REPORT),
  })
  .strict()
