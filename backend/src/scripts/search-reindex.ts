/**
 * `npm run search:reindex` (in backend/, with DATABASE_URL): rebuilds the
 * catalog's search index from the database with whichever provider is
 * configured, then swaps it in.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_SEARCH_INDEX } from "../lib/search/documents"
import { reindexCatalogSearch, searchModule } from "../lib/search/module"

export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  await reindexCatalogSearch(container)
  const [status] = (await searchModule(container).listIndexes()).filter((index) => index.name === CATALOG_SEARCH_INDEX)
  logger.info(`Search index "${CATALOG_SEARCH_INDEX}" rebuilt on ${status?.provider ?? "?"} (${status?.status ?? "?"}) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
