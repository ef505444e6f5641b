/**
 * Scans are counted in the background. The scans route queues a row and answers at
 * once; the queue is written by one workflow run (one insert) at most SCAN_FLUSH_MS
 * after its first row. The resolver adds the rows still queued in this process to
 * what the database holds, so on one backend the count a page shows is exact; across
 * several backends it lags by at most SCAN_FLUSH_MS. A crash loses at most the rows
 * of the last SCAN_FLUSH_MS; a failed write is retried with the next flush, and rows it did
 * write (each scan has its id from the start) are not written again.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { recordTraceScanWorkflow, type TraceScanInput } from "../../workflows/traceability/workflows/record-trace-scan"

export const SCAN_FLUSH_MS = 1_000
/** Beyond this many unwritten rows (the database is down), the oldest are dropped. */
const MAX_UNWRITTEN = 50_000

/**
 * A scan as the route took it: the batch is found by GTIN and lot when the queue is written. Its
 * row id is given here, so a reader can tell a queued scan whose insert has just committed (it is
 * then both stored and still listed here until the write returns) and count it once.
 */
export type QueuedScan = Omit<TraceScanInput, "batch_id"> & { id: string; scanned_at: Date }

let queued: QueuedScan[] = []
let writing: QueuedScan[] = []
let timer: NodeJS.Timeout | null = null
let flushing: Promise<void> | null = null

/** Counts one scan soon (at most SCAN_FLUSH_MS from now). */
export function queueScan(container: MedusaContainer, scan: Omit<TraceScanInput, "batch_id" | "scanned_at" | "id">): void {
  queued.push({ ...scan, id: generateEntityId(undefined, "tscan"), scanned_at: new Date() })
  if (queued.length > MAX_UNWRITTEN) queued.splice(0, queued.length - MAX_UNWRITTEN)
  scheduleFlush(container)
}

/** Writes the queue SCAN_FLUSH_MS from now, unless a write is already planned. */
function scheduleFlush(container: MedusaContainer): void {
  if (timer) return
  timer = setTimeout(() => {
    timer = null
    void flushScans(container)
  }, SCAN_FLUSH_MS)
  timer.unref?.()
}

/** Writes every queued scan now (one workflow run); resolves when they are stored or put back after a failure. */
export async function flushScans(container: MedusaContainer): Promise<void> {
  while (flushing) await flushing
  if (!queued.length) return
  writing = queued
  queued = []
  flushing = (async () => {
    try {
      const unstored = await notStoredYet(container, writing)
      if (unstored.length) await recordTraceScanWorkflow(container).run({ input: { scans: await withBatchIds(container, unstored) } })
    } catch (error) {
      queued = [...writing, ...queued]
      scheduleFlush(container)
      container.resolve("logger").warn(`Trace scans: ${writing.length} not written yet, retrying: ${(error as Error).message}`)
    } finally {
      writing = []
      flushing = null
    }
  })()
  await flushing
}

/**
 * The scans whose rows are not in the database: a write that committed but was reported as
 * failed (and is retried) writes nothing twice.
 */
async function notStoredYet(container: MedusaContainer, scans: QueuedScan[]): Promise<QueuedScan[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "trace_scan", fields: ["id"], filters: { id: scans.map((scan) => scan.id) } })
  const stored = new Set((data as { id: string }[]).map((row) => row.id))
  return stored.size ? scans.filter((scan) => !stored.has(scan.id)) : scans
}

/** Each scan with its batch (null for a lot no batch has), found with one query for all of them. */
async function withBatchIds(container: MedusaContainer, scans: QueuedScan[]): Promise<TraceScanInput[]> {
  const withLot = scans.filter((scan) => scan.lot)
  if (!withLot.length) return scans.map((scan) => ({ ...scan, batch_id: null }))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "production_batch",
    fields: ["id", "gtin", "lot"],
    filters: { gtin: [...new Set(withLot.map((scan) => scan.gtin))], lot: [...new Set(withLot.map((scan) => scan.lot!))] },
  })
  const ids = new Map((data as { id: string; gtin: string; lot: string }[]).map((batch) => [`${batch.gtin}/${batch.lot}`, batch.id]))
  return scans.map((scan) => ({ ...scan, batch_id: scan.lot ? ids.get(`${scan.gtin}/${scan.lot}`) ?? null : null }))
}

/** The scans of a batch's label not yet in the database (queued or being written in this process). */
export function unwrittenScans(gtin: string, lot: string): QueuedScan[] {
  return [...writing, ...queued].filter((scan) => scan.gtin === gtin && scan.lot === lot)
}
