/**
 * The catalog's search index, declared for Medusa's Search Module: the module
 * creates and migrates it on `medusa db:migrate`, fills it with `seed` when the
 * application starts (or on `npm run search:reindex`), and serves it through
 * whichever provider medusa-config.ts makes the default (Postgres, or
 * Meilisearch when MEILISEARCH_HOST is set). Live changes arrive through the
 * subscribers in src/subscribers/search-*.ts, which run the sync workflow.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex } from "@medusajs/framework/utils"
import { CATALOG_SEARCH_FIELDS, CATALOG_SEARCH_INDEX, CATALOG_SEARCH_SETTINGS } from "../lib/search/documents"
import { seedCatalogSearch } from "../lib/search/source"

export default defineSearchIndex({
  name: CATALOG_SEARCH_INDEX,
  entity: "product",
  fields: CATALOG_SEARCH_FIELDS,
  settings: CATALOG_SEARCH_SETTINGS,
  seed: seedCatalogSearch as unknown as (context: SearchTypes.SearchSeedContext) => AsyncIterable<SearchTypes.SearchMutation[]>,
})
