/**
 * Run by bench/search.ts through `medusa exec` (so inside the backend, with its
 * container). Two modes:
 *
 * - `catalog`: store set-up, the real seeded catalog (211 products, no
 *   pictures) and a full reindex;
 * - `<n>`: grows the search index to n documents with generated products:
 *   the seeded ones copied under other producers, communes, names and prices
 *   (bench/lib/generated-catalog.ts, shared with the marketplace benchmark).
 *   They are written to the index only: a search never reads product tables,
 *   so this measures search exactly, without waiting for 10,000 product writes.
 *
 * Writes what it did to the JSON file named by BENCH_STATE.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { CATALOG_SEARCH_INDEX, toSearchDocument, type CatalogSearchDocument, type SearchProductRow } from "../../backend/src/lib/search/documents"
import { invalidateSearchVocabulary, reindexCatalogSearch, searchModule } from "../../backend/src/lib/search/module"
import { seedCatalog } from "../../seed/src/catalog"
import { ensureStoreSetup } from "../../seed/src/store-setup"
import { generateProduct, random } from "./generated-catalog"

type State = Record<string, unknown>

function readState(file: string): State {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as State) : {}
}

async function allDocuments(container: ExecArgs["container"]): Promise<CatalogSearchDocument[]> {
  const search = searchModule(container)
  const out: CatalogSearchDocument[] = []
  for (let skip = 0; ; skip += 1000) {
    const [page] = await search.searchMany([{ entity: CATALOG_SEARCH_INDEX, pagination: { skip, take: 1000 } }])
    out.push(...page.hits.map((h) => h.document as CatalogSearchDocument))
    if (page.hits.length < 1000) return out
  }
}

/** A generated product (bench/lib/generated-catalog.ts) as a search document. */
function generated(base: CatalogSearchDocument, i: number, communes: string[], rand: () => number, now: Date): CatalogSearchDocument {
  const copy = generateProduct({ handle: base.handle, title: base.title, legalForm: base.producer?.legal_form ?? "cooperative" }, i, communes, rand)
  const price = copy.price(base.price_min ?? 100000)
  const shift = copy.ageShiftMs
  const row: SearchProductRow = {
    id: `prod_bench_${String(i).padStart(6, "0")}`,
    handle: copy.handle,
    title: copy.title,
    subtitle: base.subtitle,
    description: base.description,
    thumbnail: base.thumbnail,
    created_at: new Date(base.created_at_ms - shift),
    variants: [
      { id: "v1", calculated_price: { calculated_amount: price, currency_code: "vnd" } },
      { id: "v2", calculated_price: { calculated_amount: price * 2, currency_code: "vnd" } },
    ],
    producer: { id: `prdc_${copy.producer.handle}`, province: "Quảng Ninh", ...copy.producer },
    ocop_certificates: base.certificates.map((c, k) => ({
      ...c,
      id: `${c.id}_b${i}_${k}`,
      decision_date: new Date(Date.parse(c.decision_date) - shift),
      expires_at: new Date(Date.parse(c.expires_at) - shift),
    })),
    sales_channels: base.sales_channel_ids.map((id) => ({ id })),
  }
  return toSearchDocument(row, now)
}

export default async function prepareSearchBench({ container, args }: ExecArgs) {
  const stateFile = process.env.BENCH_STATE
  if (!stateFile) throw new Error("BENCH_STATE must name the bench state file")
  const state = readState(stateFile)
  const mode = args?.[0] ?? "catalog"
  const started = Date.now()

  if (mode === "catalog") {
    const setup = await ensureStoreSetup(container)
    await seedCatalog(container, setup)
    const seeded = Date.now()
    await reindexCatalogSearch(container)
    const documents = (await allDocuments(container)).length
    Object.assign(state, { publishableKey: setup.publishableKey, seed_seconds: (seeded - started) / 1000, reindex_seconds: (Date.now() - seeded) / 1000, catalog_documents: documents })
  } else {
    const target = Number(mode)
    if (!Number.isInteger(target) || target < 1) throw new Error(`Unknown mode "${mode}"`)
    const existing = await allDocuments(container)
    const originals = existing.filter((d) => !d.id.startsWith("prod_bench_"))
    const communes = [...new Set(originals.map((d) => d.producer?.commune).filter((c): c is string => !!c))]
    const rand = random(7)
    const now = new Date()
    const search = searchModule(container)
    let written = 0
    const missing = Math.max(0, target - existing.length)
    for (let start = 0; start < missing; start += 500) {
      const batch = Array.from({ length: Math.min(500, missing - start) }, (_, j) => {
        const i = existing.length - originals.length + start + j
        return generated(originals[i % originals.length], i, communes, rand, now)
      })
      await search.upsertDocuments({ index: CATALOG_SEARCH_INDEX, documents: batch })
      written += batch.length
    }
    invalidateSearchVocabulary()
    Object.assign(state, { [`generate_${target}_seconds`]: (Date.now() - started) / 1000, [`documents_${target}`]: existing.length + written })
  }
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2))
}
