/**
 * The catalog index definition resolved as the Search Module hands it to a
 * provider, and a few documents, for the provider's tests.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { CATALOG_SEARCH_FIELDS, CATALOG_SEARCH_SETTINGS, toSearchDocument, type SearchProductRow } from "../../lib/search/documents"

export function resolvedCatalogIndex(physicalName: string): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "catalog_product",
    entity: "product",
    primary_key: "id",
    provider: "search-meilisearch",
    fields: CATALOG_SEARCH_FIELDS.toFields(),
    settings: CATALOG_SEARCH_SETTINGS,
    definition_hash: "test",
    physical_name: physicalName,
    seed: async function* () {},
  }
}

const DAY = 86_400_000

export function sampleDocuments(now = new Date()) {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
  const producer = (handle: string, name: string, commune: string) => ({ id: `prdc_${handle}`, handle, name, legal_form: "cooperative" as const, province: "Quảng Ninh", commune, verified: true })
  const certificate = (id: string, star: number, decided: number, expires: number) => ({
    id,
    star,
    score: null,
    decision_number: `${id}/QĐ-UBND`,
    issuing_authority: "UBND tỉnh Quảng Ninh",
    decision_date: at(decided),
    expires_at: at(expires),
    product_group: "food" as const,
  })
  const rows: SearchProductRow[] = [
    {
      id: "prod_nuoc_mam",
      handle: "nuoc-mam-cai-rong",
      title: "Nước mắm Cái Rồng",
      subtitle: null,
      description: "Ủ chượp cá cơm trong thùng gỗ.",
      thumbnail: null,
      created_at: at(-3),
      variants: [{ id: "v1", calculated_price: { calculated_amount: 180000, currency_code: "vnd" } }],
      producer: producer("cty-nuoc-mam-cai-rong", "Công ty CP Nước mắm Cái Rồng", "Đặc khu Vân Đồn"),
      ocop_certificates: [certificate("cert_nm", 5, -100, 900)],
      sales_channels: [{ id: "sc_1" }],
    },
    {
      id: "prod_mam_tom",
      handle: "mam-tom-cai-rong",
      title: "Mắm tôm Cái Rồng",
      subtitle: null,
      description: "Tôm moi tươi muối và ủ nắng.",
      thumbnail: null,
      created_at: at(-2),
      variants: [{ id: "v2", calculated_price: { calculated_amount: 60000, currency_code: "vnd" } }],
      producer: producer("cty-nuoc-mam-cai-rong", "Công ty CP Nước mắm Cái Rồng", "Đặc khu Vân Đồn"),
      ocop_certificates: [certificate("cert_mt", 3, -1200, -100)],
      sales_channels: [{ id: "sc_1" }],
    },
    {
      id: "prod_cha_muc",
      handle: "cha-muc-ha-long",
      title: "Chả mực Hạ Long",
      subtitle: null,
      description: "Chả mực giã tay.",
      thumbnail: null,
      created_at: at(-1),
      variants: [{ id: "v3", calculated_price: { calculated_amount: 320000, currency_code: "vnd" } }],
      producer: producer("hkd-cha-muc-ba-hai", "Hộ kinh doanh Chả mực Bà Hải", "Phường Hạ Long"),
      ocop_certificates: [certificate("cert_cm", 4, -200, 800)],
      sales_channels: [{ id: "sc_2" }],
    },
  ]
  return rows.map((row) => toSearchDocument(row, now))
}
