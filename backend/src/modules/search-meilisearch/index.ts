/**
 * Search provider: Meilisearch (see service.ts). medusa-config.ts registers it
 * and makes it the default when MEILISEARCH_HOST is set.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchService],
})
