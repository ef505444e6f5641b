/**
 * Search provider: Medusa's Postgres provider with a Vietnamese text search
 * configuration (see service.ts). The default provider of the marketplace.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietnamesePostgresSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [VietnamesePostgresSearchService],
})
