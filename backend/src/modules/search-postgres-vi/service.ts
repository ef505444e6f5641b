/**
 * Medusa's Postgres search provider (`@medusajs/search-postgres`: tsvector + GIN,
 * `ts_rank_cd`, pg_trgm for typos, filters and facets over jsonb) with a text
 * search configuration fit for Vietnamese.
 *
 * Medusa's provider analyses text with `medusa_search_<language>` and its
 * migration only creates the English one, whose stop words and stemmer hurt
 * folded Vietnamese: "sò" (clams), "mè" (sesame), "đỏ" (red) and "Cô Tô" fold
 * to the English stop words "so", "me", "do" and "to" and would be dropped.
 * This provider creates `medusa_search_vietnamese` (the `simple` parser and
 * dictionary, no stop words, no stemming, `unaccent` first when installed; its
 * rules map đ to d) when the index is migrated, and uses it.
 *
 * It also keeps fields that are only ever returned (titles, descriptions,
 * certificates) out of the provider's `indexed` jsonb column, which every
 * filter, sort and facet reads row by row: they stay in the `document` column
 * that hits are read from. At 10,000 products this halves browsing latency.
 * Everything else is Medusa's provider unchanged.
 */
import PostgresSearchProvider from "@medusajs/medusa/search-postgres"
import type { SearchTypes } from "@medusajs/framework/types"
import type { AbstractSearchProviderService } from "@medusajs/framework/utils"

export const VIETNAMESE_TEXT_SEARCH = "vietnamese"
export const VIETNAMESE_TEXT_SEARCH_CONFIG = `medusa_search_${VIETNAMESE_TEXT_SEARCH}`

type Manager = { execute(sql: string, params?: unknown[]): Promise<any[]> }
type PostgresProviderClass = new (cradle: any, options?: Record<string, unknown>) => AbstractSearchProviderService & { manager_: Manager }

const MedusaPostgresSearchService = PostgresSearchProvider.services[0] as unknown as PostgresProviderClass

/** Creates the Vietnamese text search configuration unless it exists; safe to run concurrently. */
export const ENSURE_VIETNAMESE_CONFIG_SQL = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '${VIETNAMESE_TEXT_SEARCH_CONFIG}') THEN
    CREATE TEXT SEARCH CONFIGURATION ${VIETNAMESE_TEXT_SEARCH_CONFIG} (COPY = simple);
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
      ALTER TEXT SEARCH CONFIGURATION ${VIETNAMESE_TEXT_SEARCH_CONFIG}
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
  END IF;
EXCEPTION WHEN unique_violation OR duplicate_object THEN
  NULL;
END
$$;`

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

const isQueried = (field: SearchTypes.SearchFieldDefinition) =>
  field.searchable === true || typeof field.searchable === "object" || !!field.filterable || !!field.sortable || field.facetable === true || typeof field.facetable === "object"

/** The fields a query can use (searched, filtered, sorted, faceted); nested objects keep only such leaves. */
export function queriedFields(fields: Fields): Fields {
  const out: Fields = {}
  for (const [name, field] of Object.entries(fields)) {
    if (field.type === "object") {
      const nested = queriedFields(field.fields ?? {})
      if (Object.keys(nested).length) out[name] = { ...field, fields: nested }
    } else if (isQueried(field)) {
      out[name] = field
    }
  }
  return out
}

export class VietnamesePostgresSearchService extends MedusaPostgresSearchService {
  static identifier = "search-postgres-vi"

  constructor(cradle: any, options: Record<string, unknown> = {}) {
    super(cradle, { ...options, language: VIETNAMESE_TEXT_SEARCH })
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.manager_.execute(ENSURE_VIETNAMESE_CONFIG_SQL)
    // Hits are projected from the stored document with the module's own definition, so the
    // provider's plan only needs what queries use.
    return super.upsertIndex({ index: { ...input.index, fields: queriedFields(input.index.fields) } })
  }
}

export default VietnamesePostgresSearchService
