import { z } from "@medusajs/framework/zod"
import { PRODUCT_GROUPS } from "../../../modules/ocop/lib/domain"
import { CATALOG_SORTS } from "../../../lib/catalog/filter"

const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`).max(200, `${field} is too long (200 characters at most)`)
const amount = (field: string) => z.coerce.number({ error: `${field} must be a whole number of đồng` }).int(`${field} must be a whole number of đồng`).min(0, `${field} must not be negative`).max(1e12, `${field} is too large`)

export type StoreCatalogProductsParams = z.infer<typeof StoreCatalogProductsParams>
export const StoreCatalogProductsParams = z
  .object({
    min_stars: z.coerce.number().int().min(3, "min_stars must be 3, 4 or 5").max(5, "min_stars must be 3, 4 or 5").optional(),
    group: z.enum(PRODUCT_GROUPS, { error: `group must be one of ${PRODUCT_GROUPS.join(", ")}` }).optional(),
    producer: text("producer").optional(),
    commune: text("commune").optional(),
    price_min: amount("price_min").optional(),
    price_max: amount("price_max").optional(),
    sort: z.enum(CATALOG_SORTS, { error: `sort must be one of ${CATALOG_SORTS.join(", ")}` }).default("newest"),
    region_id: text("region_id").optional(),
    limit: z.coerce.number().int().min(1, "limit must be between 1 and 100").max(100, "limit must be between 1 and 100").default(24),
    offset: z.coerce.number().int().min(0, "offset must not be negative").max(100_000).default(0),
  })
  .strict()
  .refine((p) => p.price_min === undefined || p.price_max === undefined || p.price_min <= p.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

export type StoreCatalogFacetsParams = z.infer<typeof StoreCatalogFacetsParams>
export const StoreCatalogFacetsParams = z.object({ region_id: text("region_id").optional() }).strict()

export type StoreCatalogProductParams = z.infer<typeof StoreCatalogProductParams>
export const StoreCatalogProductParams = StoreCatalogFacetsParams
