import { z } from "@medusajs/framework/zod"
import { PRODUCT_GROUPS } from "../../../modules/ocop/lib/domain"
import { SEARCH_SORTS } from "../../../lib/search/engine"

const MAX_QUERY = 200
const query = z
  .string()
  .max(MAX_QUERY, `q is too long (${MAX_QUERY} characters at most)`)
  .transform((q) => q.normalize("NFC").trim())
const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`).max(200, `${field} is too long (200 characters at most)`)
const amount = (field: string) =>
  z.coerce
    .number({ error: `${field} must be a whole number of đồng` })
    .int(`${field} must be a whole number of đồng`)
    .min(0, `${field} must not be negative`)
    .max(1e12, `${field} is too large`)

export type StoreSearchParams = z.infer<typeof StoreSearchParams>
export const StoreSearchParams = z
  .object({
    q: query.default(""),
    min_stars: z.coerce.number({ error: "min_stars must be 3, 4 or 5" }).int("min_stars must be 3, 4 or 5").min(3, "min_stars must be 3, 4 or 5").max(5, "min_stars must be 3, 4 or 5").optional(),
    group: z.enum(PRODUCT_GROUPS, { error: `group must be one of ${PRODUCT_GROUPS.join(", ")}` }).optional(),
    producer: text("producer").optional(),
    commune: text("commune").optional(),
    price_min: amount("price_min").optional(),
    price_max: amount("price_max").optional(),
    sort: z.enum(SEARCH_SORTS, { error: `sort must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
    limit: z.coerce.number({ error: "limit must be between 1 and 100" }).int("limit must be between 1 and 100").min(1, "limit must be between 1 and 100").max(100, "limit must be between 1 and 100").default(24),
    offset: z.coerce.number({ error: "offset must be a whole number" }).int("offset must be a whole number").min(0, "offset must not be negative").max(10_000, "offset must be 10000 at most").default(0),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

export type StoreSearchSuggestParams = z.infer<typeof StoreSearchSuggestParams>
export const StoreSearchSuggestParams = z
  .object({
    q: query.default(""),
    limit: z.coerce.number({ error: "limit must be between 1 and 8" }).int("limit must be between 1 and 8").min(1, "limit must be between 1 and 8").max(8, "limit must be between 1 and 8").default(8),
  })
  .strict()
