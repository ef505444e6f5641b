/**
 * Traceability of the seed, every write through the traceability workflows:
 * the producers' growing areas, a GTIN for every seed variant, and the
 * production batches with their trace events, published (signed), a few
 * withdrawn and one left as a draft (seed/data/batches.ts).
 *
 * Idempotent and self-healing: areas are matched by code, GTINs by variant,
 * batches by GTIN and lot; a batch found without events gets them, a draft
 * that should be published is published, a published one that should be
 * withdrawn is withdrawn. A second run creates nothing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { appendTraceEventsWorkflow } from "../../backend/src/workflows/traceability/workflows/append-trace-events"
import { assignGtinsWorkflow } from "../../backend/src/workflows/traceability/workflows/assign-gtins"
import { createGrowingAreasWorkflow } from "../../backend/src/workflows/traceability/workflows/create-growing-areas"
import { createProductionBatchWorkflow } from "../../backend/src/workflows/traceability/workflows/create-production-batch"
import { publishProductionBatchWorkflow } from "../../backend/src/workflows/traceability/workflows/publish-production-batch"
import { withdrawProductionBatchWorkflow } from "../../backend/src/workflows/traceability/workflows/withdraw-production-batch"
import type { GrowingAreaInput } from "../../backend/src/workflows/traceability/steps/prepare-growing-areas"
import { BATCHES, GTIN_ORDER, type SeedBatch } from "../data/batches"
import { GROWING_AREAS, type SeedGrowingArea } from "../data/growing-areas"
import { nfc } from "./text"

/** Batches written at the same time: each is three or four small workflow runs, mostly waiting on Postgres. */
const CONCURRENCY = 4

export function toGrowingAreaInput(area: SeedGrowingArea): GrowingAreaInput {
  return {
    code: area.code,
    area_type: area.area_type,
    name: nfc(area.name),
    crop: nfc(area.crop),
    area_ha: area.area_ha,
    province: nfc(area.province),
    commune: nfc(area.commune),
    latitude: area.latitude,
    longitude: area.longitude,
    issuer: nfc(area.issuer),
    valid_from: area.valid_from,
    valid_to: area.valid_to,
    certifications: area.certifications,
  }
}

/** Registers the areas whose codes are missing, one workflow run per producer. Returns ids by code. */
async function ensureGrowingAreas(container: MedusaContainer): Promise<{ ids: Map<string, string>; created: number }> {
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const codes = GROWING_AREAS.map((a) => a.code)
  const existing = await traceability.listGrowingAreas({ code: codes }, { select: ["id", "code"] })
  const ids = new Map(existing.map((a) => [a.code, a.id]))
  const missing = GROWING_AREAS.filter((a) => !ids.has(a.code))
  if (!missing.length) return { ids, created: 0 }

  const handles = [...new Set(missing.map((a) => a.producer))]
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: handles } })
  const producerIds = new Map((producers as { id: string; handle: string }[]).map((p) => [p.handle, p.id]))
  for (const handle of handles) {
    const producerId = producerIds.get(handle)
    if (!producerId) throw new Error(`Seed producer ${handle} is missing: run the catalog seed first`)
    const areas = missing.filter((a) => a.producer === handle)
    const { result } = await createGrowingAreasWorkflow(container).run({ input: { producer_id: producerId, areas: areas.map(toGrowingAreaInput) } })
    for (const area of result) ids.set(area.code, area.id)
  }
  return { ids, created: missing.length }
}

type VariantState = { id: string; gtin: string | null }

/** Gives every seed variant without a GTIN the next one under the GS1 company prefix, in GTIN_ORDER. */
async function ensureGtins(container: MedusaContainer): Promise<{ variants: Map<string, VariantState>; assigned: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const load = async () => {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "trade_item.gtin"], filters: { sku: GTIN_ORDER } })
    return new Map((data as any[]).map((v) => [v.sku as string, { id: v.id as string, gtin: (v.trade_item?.gtin ?? null) as string | null }]))
  }
  let variants = await load()
  const missing = GTIN_ORDER.filter((sku) => variants.has(sku) && !variants.get(sku)!.gtin)
  if (missing.length) {
    await assignGtinsWorkflow(container).run({ input: { variants: missing.map((sku) => ({ variant_id: variants.get(sku)!.id })) } })
    variants = await load()
  }
  return { variants, assigned: missing.length }
}

type BatchState = { id: string; status: string; events: number }
type Tally = { created: number; events: number; published: number; withdrawn: number }

async function loadBatches(container: MedusaContainer, gtins: string[]): Promise<Map<string, BatchState>> {
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const batches = await traceability.listProductionBatches({ gtin: gtins }, { select: ["id", "gtin", "lot", "status"] })
  const events = batches.length ? await traceability.listTraceEvents({ batch_id: batches.map((b) => b.id) }, { select: ["id", "batch_id"] }) : []
  const counts = new Map<string, number>()
  for (const event of events as { batch_id: string }[]) counts.set(event.batch_id, (counts.get(event.batch_id) ?? 0) + 1)
  return new Map(batches.map((b) => [`${b.gtin}/${b.lot}`, { id: b.id, status: b.status, events: counts.get(b.id) ?? 0 }]))
}

/** Brings one batch to its seed state: created, with its events, published, withdrawn. */
async function ensureBatch(container: MedusaContainer, seed: SeedBatch, variantId: string, current: BatchState | undefined, areaIds: Map<string, string>, tally: Tally) {
  let id = current?.id
  let status = current?.status ?? "draft"
  if (!id) {
    const { result } = await createProductionBatchWorkflow(container).run({
      input: {
        variant_id: variantId,
        lot: seed.lot,
        production_date: seed.production_date,
        harvest_date: seed.harvest_date,
        expiry_date: seed.expiry_date,
        quantity: seed.quantity,
        unit: nfc(seed.unit),
        standards: seed.standards.map(nfc),
        growing_area_ids: seed.growing_areas.map((code) => {
          const areaId = areaIds.get(code)
          if (!areaId) throw new Error(`Growing area ${code} of lot ${seed.lot} is missing`)
          return areaId
        }),
      },
    })
    id = result.id
    tally.created++
  }
  if (!current?.events) {
    await appendTraceEventsWorkflow(container).run({ input: { batch_id: id, events: seed.events.map((e) => (e.note ? { ...e, note: nfc(e.note) } : e)) } })
    tally.events += seed.events.length
  }
  if (seed.status !== "draft" && status === "draft") {
    await publishProductionBatchWorkflow(container).run({ input: { batch_id: id } })
    status = "published"
    tally.published++
  }
  if (seed.status === "withdrawn" && status === "published") {
    await withdrawProductionBatchWorkflow(container).run({ input: { batch_id: id, reason: seed.withdrawal_reason! } })
    tally.withdrawn++
  }
}

const since = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

export async function seedTraceability(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  if (!process.env.TRACE_SIGNING_KEY) {
    logger.warn(
      "TRACE_SIGNING_KEY is not set: seeded batch records are signed with a key that lives only as long as this process, " +
        "so a backend started later shows their labels as tampered. `npm start` provides a key."
    )
  }

  const areas = await ensureGrowingAreas(container)
  const areasDone = Date.now()
  const { variants, assigned } = await ensureGtins(container)
  const gtinsDone = Date.now()

  const gtinOf = (sku: string) => variants.get(sku)?.gtin ?? null
  const gtins = [...new Set(BATCHES.map((b) => gtinOf(b.sku)).filter((g): g is string => !!g))]
  const existing = await loadBatches(container, gtins)
  const todo = BATCHES.filter((seed) => {
    const gtin = gtinOf(seed.sku)
    if (!gtin) return false // the product is not in the database (a catalog seed cut short)
    const current = existing.get(`${gtin}/${seed.lot}`)
    if (!current || !current.events) return true
    if (seed.status !== "draft" && current.status === "draft") return true
    return seed.status === "withdrawn" && current.status === "published"
  })
  const tally: Tally = { created: 0, events: 0, published: 0, withdrawn: 0 }
  await inPool(todo, CONCURRENCY, (seed) =>
    ensureBatch(container, seed, variants.get(seed.sku)!.id, existing.get(`${gtinOf(seed.sku)}/${seed.lot}`), areas.ids, tally)
  )

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (areas.created || assigned || todo.length) {
    logger.info(
      `Seeded traceability in ${seconds} s: ${areas.created} growing areas (${since(started, areasDone)}), ` +
        `${assigned} GTINs (${since(areasDone, gtinsDone)}), ${tally.created} batches with ${tally.events} events, ` +
        `${tally.published} published, ${tally.withdrawn} withdrawn (${since(gtinsDone, Date.now())})`
    )
  } else {
    logger.info(`Traceability already seeded (${GROWING_AREAS.length} growing areas, ${BATCHES.length} batches, checked in ${seconds} s)`)
  }
}
