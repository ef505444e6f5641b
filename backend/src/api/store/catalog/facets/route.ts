import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { facets } from "../../../../lib/catalog/filter"
import { storeCatalog } from "../../../../lib/catalog/store"
import type { StoreCatalogFacetsParams } from "../validators"

/** Counts per rating, group, commune and producer, and the price span, for the filter controls. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreCatalogFacetsParams>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreCatalogFacetsParams
  res.json(facets(await storeCatalog(req, region_id)))
}
