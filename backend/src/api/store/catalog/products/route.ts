import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { matches, sortProducts } from "../../../../lib/catalog/filter"
import { storeCatalog } from "../../../../lib/catalog/store"
import type { StoreCatalogProductsParams } from "../validators"

/** Products on sale, filtered by rating, group, producer, commune and price, sorted and paginated. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreCatalogProductsParams>, res: MedusaResponse) => {
  const { sort, limit, offset, region_id, ...filters } = req.validatedQuery as StoreCatalogProductsParams
  const catalog = await storeCatalog(req, region_id)
  const found = sortProducts(
    catalog.filter((p) => matches(p, filters)),
    sort
  )
  res.json({ products: found.slice(offset, offset + limit), count: found.length, limit, offset })
}
