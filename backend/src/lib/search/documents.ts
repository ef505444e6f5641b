/**
 * The catalog search index: its fields and how a product becomes a document.
 *
 * A document is the catalog's view of a product (`toCatalogProduct` in
 * lib/catalog/shape.ts: price range, producer) plus what changes with time kept
 * as dates, never as a frozen answer: every certificate with its dates, and the
 * current one's star, group and expiry as filterable numbers. Searches compare
 * those dates with the time of the request (see `rating.ts`), so a badge
 * leaves the results on its expiry day without a reindex.
 *
 * Text is indexed folded (`search_*` fields); the original text is kept for
 * display and highlighting.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import type { ProductGroup } from "../../modules/ocop/lib/domain"
import { pickProducer, priceRange, type CertificateRow, type ProducerRow, type ProductRow } from "../catalog/shape"
import { ratingFields } from "./rating"
import { aliasesFor, meilisearchSynonyms } from "./synonyms"
import { foldForSearch } from "./text"

/** The name of the catalog's search index (`query.search({ entity })`, `reindex({ index })`). */
export const CATALOG_SEARCH_INDEX = "catalog_product"

/** Separates a producer's handle from its name in `producer_key`, the producer facet. */
export const PRODUCER_KEY_SEPARATOR = "\u001f"

export const CATALOG_SEARCH_FIELDS = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword().filterable().sortable(),
  title: search.keyword(),
  subtitle: search.keyword(),
  description: search.keyword(),
  thumbnail: search.keyword(),
  created_at: search.keyword(),
  created_at_ms: search.integer().filterable().sortable(),
  sales_channel_ids: search.keyword().array().filterable(),
  price_min: search.integer().filterable().sortable().facetable({ types: ["stats"] }),
  price_max: search.integer(),
  currency_code: search.keyword(),
  producer: search.object({
    id: search.keyword().filterable(),
    handle: search.keyword().filterable(),
    name: search.keyword(),
    legal_form: search.keyword(),
    province: search.keyword(),
    commune: search.keyword().filterable().facetable(),
    verified: search.boolean(),
  }),
  producer_key: search.keyword().facetable(),
  certificates: search
    .object({
      id: search.keyword().filterable(),
      star: search.integer(),
      score: search.integer(),
      product_group: search.keyword(),
      decision_number: search.keyword(),
      issuing_authority: search.keyword(),
      decision_date: search.keyword(),
      expires_at: search.keyword(),
    })
    .array(),
  ocop_star: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  ocop_score: search.integer().sortable(),
  ocop_group: search.keyword().filterable().facetable(),
  ocop_valid_until: search.integer().filterable(),
  ocop_next_change_at: search.integer().filterable(),
  search_title: search.text().searchable({ weight: 3 }),
  search_aliases: search.text().searchable({ weight: 2 }),
  search_subtitle: search.text().searchable({ weight: 1.5 }),
  search_producer: search.text().searchable({ weight: 1.5 }),
  search_place: search.text().searchable({ weight: 1.5 }),
  search_description: search.text().searchable(),
})

/** Index settings: typo tolerance for every provider, and Meilisearch's own settings under its identifier. */
export const CATALOG_SEARCH_SETTINGS: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  provider_options: {
    "search-meilisearch": {
      // "sort" first: a chosen sort (price, newest) orders every match, relevance breaks ties.
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "ocop_star:desc"],
      synonyms: meilisearchSynonyms(),
      pagination: { maxTotalHits: 100_000 },
      faceting: { maxValuesPerFacet: 500 },
    },
  },
}

export type SearchCertificate = {
  id: string
  star: number
  score: number | null
  product_group: ProductGroup
  decision_number: string
  issuing_authority: string
  decision_date: string
  expires_at: string
}

export type CatalogSearchDocument = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  created_at: string
  created_at_ms: number
  sales_channel_ids: string[]
  price_min: number | null
  price_max: number | null
  currency_code: string | null
  producer: ProducerRow | null
  producer_key: string | null
  certificates: SearchCertificate[]
  ocop_star: number | null
  ocop_score: number | null
  ocop_group: ProductGroup | null
  ocop_valid_until: number | null
  ocop_next_change_at: number | null
  search_title: string
  search_aliases: string
  search_subtitle: string
  search_producer: string
  search_place: string
  search_description: string
}

/** A product row as the search index reads it: the catalog row, its description and its sales channels. */
export type SearchProductRow = ProductRow & {
  description?: string | null
  sales_channels?: ({ id: string } | null)[] | null
}

/** Extra product fields read for documents, beside the catalog's own (`CATALOG_PRODUCT_FIELDS`). */
export const SEARCH_EXTRA_FIELDS = ["description", "sales_channels.id"]

/** Words for each product group that shoppers search by, Vietnamese and English. */
const GROUP_WORDS: Record<ProductGroup, string> = {
  food: "thực phẩm food",
  beverages: "đồ uống beverages drinks",
  herbal: "dược liệu thảo dược herbal medicinal herbs",
  handicrafts: "thủ công mỹ nghệ handicrafts crafts",
  ornamental: "sinh vật cảnh cây cảnh ornamental plants",
  tourism: "du lịch tourism tour",
}

const iso = (value: string | Date) => new Date(value).toISOString()

function toSearchCertificate(c: CertificateRow): SearchCertificate {
  return {
    id: c.id,
    star: c.star,
    score: c.score ?? null,
    product_group: c.product_group,
    decision_number: c.decision_number,
    issuing_authority: c.issuing_authority,
    decision_date: iso(c.decision_date),
    expires_at: iso(c.expires_at),
  }
}

/** The document of one product on sale, as of `now` (which only decides the current certificate's fields). */
export function toSearchDocument(row: SearchProductRow, now: Date): CatalogSearchDocument {
  const certificates = (row.ocop_certificates ?? []).filter((c): c is CertificateRow => !!c)
  const producer = pickProducer(row.producer)
  const price = priceRange(row.variants)
  const rating = ratingFields(certificates, now)
  const latest = [...certificates].sort((a, b) => +new Date(b.decision_date) - +new Date(a.decision_date))[0]
  const group = rating.ocop_group ?? latest?.product_group
  const named = [row.title, row.subtitle].filter(Boolean).join(" ")
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    created_at: iso(row.created_at),
    created_at_ms: new Date(row.created_at).getTime(),
    sales_channel_ids: (row.sales_channels ?? []).filter((s): s is { id: string } => !!s).map((s) => s.id),
    price_min: price?.min ?? null,
    price_max: price?.max ?? null,
    currency_code: price?.currency_code ?? null,
    producer,
    producer_key: producer ? `${producer.handle}${PRODUCER_KEY_SEPARATOR}${producer.name}` : null,
    certificates: certificates.map(toSearchCertificate),
    ...rating,
    search_title: foldForSearch(row.title),
    search_aliases: [...aliasesFor(named), group ? foldForSearch(GROUP_WORDS[group]) : ""].filter(Boolean).join(" "),
    search_subtitle: foldForSearch(row.subtitle),
    search_producer: foldForSearch(producer?.name),
    search_place: foldForSearch(producer ? `${producer.commune} ${producer.province}` : ""),
    search_description: foldForSearch(row.description),
  }
}
