/**
 * The dataset of `npm run bench`, run through `medusa exec` on a database that
 * the real seed has filled: the catalog grown to BENCH_PRODUCTS products
 * (default 10,000) and the batches to BENCH_BATCHES (default 100,000).
 *
 * Products, producers, certificates, stock and GTINs go through the same
 * workflows as the seed (products 200 per run), so every store route sees
 * them as it sees seeded ones. Batches and their events are bulk-inserted
 * into the traceability module's tables with one statement per 5,000 rows;
 * each event is hashed into its batch's chain and each batch record is signed
 * with the module's own key and helpers, so the trace page verifies them.
 *
 * Idempotent: what exists is kept (products by handle, batches by their "BN-"
 * lots), so a run cut short is finished by the next one. The caller caches
 * the result by a fingerprint of the inputs (bench/run.ts).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import pg from "pg"
import { eventHash, signBatchRecord, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { batchPayload, hashableEvent } from "../../backend/src/lib/trace/records"
import { reindexCatalogSearch } from "../../backend/src/lib/search/module"
import { createProducersWorkflow } from "../../backend/src/workflows/ocop/workflows/create-producers"
import { linkProducerProductsWorkflow } from "../../backend/src/workflows/ocop/workflows/link-producer-products"
import { assignGtinsWorkflow } from "../../backend/src/workflows/traceability/workflows/assign-gtins"
import { PRODUCERS } from "../../seed/data/producers"
import { PRODUCTS, type SeedProduct } from "../../seed/data/products"
import { toProductInput } from "../../seed/src/catalog"
import { ensureCertificates } from "../../seed/src/certificates"
import { ensureInventoryLevels, ensureStockLocation } from "../../seed/src/inventory"
import { ensureStoreSetup } from "../../seed/src/store-setup"
import { nfc } from "../../seed/src/text"
import { generateProduct, random, type GeneratedProducer } from "./generated-catalog"

const PRODUCTS_PER_RUN = 200
const ROWS_PER_INSERT = 5000
/** Lots of generated batches start with this, so they are told apart from the seed's. */
export const BENCH_LOT_PREFIX = "BN-"

type Copy = { seed: SeedProduct; producer: GeneratedProducer }

/** The generated products, as seed products (so the seed's own input builders apply). */
export function plannedCopies(count: number): Copy[] {
  const legalForm = new Map(PRODUCERS.map((p) => [p.handle, p.legal_form]))
  const communes = [...new Set(PRODUCERS.map((p) => p.commune))].sort()
  const rand = random(11)
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const base = PRODUCTS[i % PRODUCTS.length]
    const copy = generateProduct({ handle: base.handle, title: base.title, legalForm: legalForm.get(base.producer) ?? "cooperative" }, i, communes, rand)
    const seed: SeedProduct = {
      ...base,
      handle: copy.handle,
      title: copy.title,
      producer: copy.producer.handle,
      commune: copy.producer.commune,
      imageCount: 0,
      variants: base.variants.map((v) => ({ ...v, sku: `${v.sku}-B${i}`, price: copy.price(v.price), inventory: 1000 })),
    }
    return { seed, producer: copy.producer }
  })
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

type ProductState = { id: string; producerId: string | null; certificates: number; variants: { id: string; sku: string; gtin: string | null }[]; title: string }

async function loadProducts(container: MedusaContainer, handles: string[]): Promise<Map<string, ProductState>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const out = new Map<string, ProductState>()
  for (const part of chunks(handles, 1000)) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "producer.id", "ocop_certificates.id", "variants.id", "variants.sku", "variants.trade_item.gtin"],
      filters: { handle: part },
    })
    for (const p of data as any[]) {
      out.set(p.handle, {
        id: p.id,
        title: p.title,
        producerId: p.producer?.id ?? null,
        certificates: (p.ocop_certificates ?? []).filter(Boolean).length,
        variants: (p.variants ?? []).filter(Boolean).map((v: any) => ({ id: v.id, sku: v.sku, gtin: v.trade_item?.gtin ?? null })),
      })
    }
  }
  return out
}

async function ensureProducers(container: MedusaContainer, copies: Copy[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wanted = new Map(copies.map((c) => [c.producer.handle, c.producer]))
  const ids = new Map<string, string>()
  for (const part of chunks([...wanted.keys()], 1000)) {
    const { data } = await query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: part } })
    for (const p of data as { id: string; handle: string }[]) ids.set(p.handle, p.id)
  }
  const missing = [...wanted.values()].filter((p) => !ids.has(p.handle))
  for (const part of chunks(missing, 200)) {
    const { result } = await createProducersWorkflow(container).run({
      input: { producers: part.map((p) => ({ handle: p.handle, name: nfc(p.name), legal_form: p.legal_form, province: "Quảng Ninh", commune: nfc(p.commune), verified: p.verified })) },
    })
    for (const p of result as { id: string; handle: string }[]) ids.set(p.handle, p.id)
  }
  return ids
}

/** Batches of the generated products: published, three chained events each, signed. */
async function ensureBatches(container: MedusaContainer, products: { gtin: string; title: string; producerName: string }[], wanted: number, log: (m: string) => void) {
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const { rows } = await db.query("SELECT count(*)::int AS n FROM production_batch WHERE lot LIKE $1 AND deleted_at IS NULL", [`${BENCH_LOT_PREFIX}%`])
    if (rows[0].n === wanted) return 0
    await db.query("BEGIN")
    // A partial earlier run: start the generated batches again, in one transaction.
    await db.query("DELETE FROM trace_event WHERE batch_id IN (SELECT id FROM production_batch WHERE lot LIKE $1)", [`${BENCH_LOT_PREFIX}%`])
    await db.query("DELETE FROM production_batch WHERE lot LIKE $1", [`${BENCH_LOT_PREFIX}%`])
    const signer = traceability.signer()
    const day = 86_400_000
    const origin = Date.UTC(2026, 9, 1, 1, 0, 0)
    for (let start = 0; start < wanted; start += ROWS_PER_INSERT) {
      const batchCols: unknown[][] = Array.from({ length: 13 }, () => [])
      const eventCols: unknown[][] = Array.from({ length: 11 }, () => [])
      for (let j = start; j < Math.min(wanted, start + ROWS_PER_INSERT); j++) {
        const product = products[j % products.length]
        const round = Math.floor(j / products.length)
        const lot = `${BENCH_LOT_PREFIX}${String(j % products.length).padStart(5, "0")}-${String(round).padStart(3, "0")}`
        const production = new Date(origin - round * 7 * day - (j % 97) * day)
        const batch = {
          id: generateEntityId(undefined, "pbat"),
          gtin: product.gtin,
          lot,
          production_date: production,
          harvest_date: new Date(production.getTime() - 2 * day),
          expiry_date: new Date(production.getTime() + 365 * day),
          quantity: 200 + (j % 800),
          unit: "hộp",
          standards: j % 3 === 0 ? ["VietGAP", "TCCS"] : ["TCCS"],
          growing_areas: [],
        }
        const events = [
          { event_type: "ObjectEvent", action: "ADD", biz_step: "commissioning", disposition: "active", offsetDays: 0, note: "Đóng gói lô mới" },
          { event_type: "ObjectEvent", action: "OBSERVE", biz_step: "inspecting", disposition: "conformant", offsetDays: 1, note: "Kiểm tra chất lượng đạt" },
          { event_type: "ObjectEvent", action: "OBSERVE", biz_step: "shipping", disposition: "in_transit", offsetDays: 3, note: null },
        ].map((e, k) => ({
          sequence: k + 1,
          event_type: e.event_type,
          event_time: new Date(production.getTime() + e.offsetDays * day),
          event_timezone: "+07:00",
          action: e.action,
          biz_step: e.biz_step,
          disposition: e.disposition,
          read_point: null,
          biz_location: null,
          inputs: null,
          outputs: null,
          note: e.note,
          corrects_event_id: null,
        }))
        let previous: string | null = null
        for (const event of events) {
          const hash = eventHash(hashableEvent(event), previous)
          const values = [generateEntityId(undefined, "tevt"), event.sequence, event.event_type, event.event_time, event.action, event.biz_step, event.disposition, event.note, previous, hash, batch.id]
          values.forEach((v, c) => eventCols[c].push(v))
          previous = hash
        }
        const payload = batchPayload(batch, { productTitle: product.title, producerName: product.producerName, headEventHash: previous })
        const signed = signBatchRecord(payload, signer)
        const values = [batch.id, batch.gtin, batch.lot, batch.harvest_date, batch.production_date, batch.expiry_date, batch.quantity, batch.unit, JSON.stringify(batch.standards), JSON.stringify(payload), signed.payload_hash, signed.signature, signed.key_id]
        values.forEach((v, c) => batchCols[c].push(v))
      }
      await db.query(
        `INSERT INTO production_batch (id, gtin, lot, status, harvest_date, production_date, expiry_date, quantity, unit, standards, published_at, record, record_hash, signature, key_id)
         SELECT id, gtin, lot, 'published', harvest_date, production_date, expiry_date, quantity, unit, standards::jsonb, now(), record::jsonb, record_hash, signature, key_id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
           AS t(id, gtin, lot, harvest_date, production_date, expiry_date, quantity, unit, standards, record, record_hash, signature, key_id)`,
        batchCols
      )
      await db.query(
        `INSERT INTO trace_event (id, sequence, event_type, event_time, event_timezone, action, biz_step, disposition, note, previous_hash, hash, batch_id)
         SELECT id, sequence, event_type, event_time, '+07:00', action, biz_step, disposition, note, previous_hash, hash, batch_id
         FROM unnest($1::text[], $2::int[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
           AS t(id, sequence, event_type, event_time, action, biz_step, disposition, note, previous_hash, hash, batch_id)`,
        eventCols
      )
      if ((start / ROWS_PER_INSERT) % 4 === 3) log(`  ${Math.min(wanted, start + ROWS_PER_INSERT)} batches written`)
    }
    await db.query("COMMIT")
    await db.query("ANALYZE production_batch; ANALYZE trace_event")
    return wanted
  } catch (error) {
    await db.query("ROLLBACK").catch(() => {})
    throw error
  } finally {
    await db.end()
  }
}

export default async function prepareBench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = (m: string) => logger.info(m)
  const started = Date.now()
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
  const productTarget = Number(process.env.BENCH_PRODUCTS || 10_000)
  const batchTarget = Number(process.env.BENCH_BATCHES || 100_000)

  const setup = await ensureStoreSetup(container)
  const locationId = await ensureStockLocation(container, setup.salesChannelId)
  const copies = plannedCopies(productTarget - PRODUCTS.length)
  const handles = copies.map((c) => c.seed.handle)

  const producerIds = await ensureProducers(container, copies)
  log(`bench: ${producerIds.size} generated producers (${seconds()})`)

  let state = await loadProducts(container, handles)
  const missing = copies.filter((c) => !state.has(c.seed.handle))
  for (const [n, part] of chunks(missing, PRODUCTS_PER_RUN).entries()) {
    await createProductsWorkflow(container).run({ input: { products: part.map((c) => toProductInput(c.seed, setup)) } })
    if (n % 5 === 4) log(`bench: ${(n + 1) * PRODUCTS_PER_RUN} of ${missing.length} products created (${seconds()})`)
  }
  if (missing.length) state = await loadProducts(container, handles)
  log(`bench: ${state.size} generated products (${seconds()})`)

  const byProducer = new Map<string, string[]>()
  for (const c of copies) {
    const product = state.get(c.seed.handle)!
    const producerId = producerIds.get(c.producer.handle)!
    if (product.producerId !== producerId) byProducer.set(producerId, [...(byProducer.get(producerId) ?? []), product.id])
  }
  for (const [producerId, add] of byProducer) await linkProducerProductsWorkflow(container).run({ input: { producer_id: producerId, add } })

  await ensureCertificates(
    container,
    copies.filter((c) => state.get(c.seed.handle)!.certificates === 0).map((c) => ({ id: state.get(c.seed.handle)!.id, seed: c.seed, decisionNumbers: new Set<string>() }))
  )
  for (const part of chunks(copies.flatMap((c) => c.seed.variants.map((v) => ({ sku: v.sku, quantity: v.inventory }))), 2000)) {
    await ensureInventoryLevels(container, locationId, part)
  }
  const withoutGtin = copies.map((c) => state.get(c.seed.handle)!.variants.find((v) => v.sku === c.seed.variants[0].sku)!).filter((v) => !v.gtin)
  for (const part of chunks(withoutGtin, 1000)) await assignGtinsWorkflow(container).run({ input: { variants: part.map((v) => ({ variant_id: v.id })) } })
  if (byProducer.size || withoutGtin.length) state = await loadProducts(container, handles)
  log(`bench: producers linked, certificates, stock and GTINs in place (${seconds()})`)

  const traced = copies.map((c) => {
    const product = state.get(c.seed.handle)!
    return { gtin: product.variants.find((v) => v.sku === c.seed.variants[0].sku)!.gtin!, title: product.title, producerName: nfc(c.producer.name) }
  })
  const { rows: seededBatches } = await (async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await db.connect()
    try {
      return await db.query("SELECT count(*)::int AS n FROM production_batch WHERE lot NOT LIKE $1 AND deleted_at IS NULL", [`${BENCH_LOT_PREFIX}%`])
    } finally {
      await db.end()
    }
  })()
  const written = await ensureBatches(container, traced, batchTarget - seededBatches[0].n, log)
  log(`bench: ${written} batches written (${seconds()})`)

  await reindexCatalogSearch(container)
  log(`bench: dataset ready, search reindexed (${seconds()})`)
}
