/**
 * The read side of a label: a GTIN (and lot) to the product, producer,
 * current OCOP rating, batch, events, growing areas, scan signal and a
 * verification of the signature and the event hash chain.
 *
 * The batch, its events and areas and the scan counts are read fresh on every
 * request from the traceability module's own tables (`trace-reads.ts`). The
 * product side (variant, product, producer, certificates) is kept per GTIN like
 * the catalog (`trade-item-sources.ts`); the rating is computed at request time.
 */
import { verifyBatchRecord, verifyChain, type PublicJwk } from "@ocop/traceability"
import type { Query } from "../catalog/load"
import { certificateHistory, type CertificateRow } from "../catalog/shape"
import { currentCertificate } from "../../modules/ocop/lib/domain"
import { toRating } from "../catalog/shape"
import { counterfeitSignal, mergeScanSummary, placeKey, type StoredScans } from "./counterfeit"
import { batchPayload, hashableEvent } from "./records"
import { unwrittenScans } from "./scan-queue"
import { tradeItemSource } from "./trade-item-sources"
import { readBatch, readStoredScans, type Scope } from "./trace-reads"
import { memoizedVerification } from "./verification-memo"

export type TradeItemView = Awaited<ReturnType<typeof loadTradeItem>>

/** The trade item of a GTIN with its product as a consumer sees it, or null. */
export async function loadTradeItem(query: Query, gtin: string, now = new Date()) {
  const item = await tradeItemSource(query, gtin)
  if (!item) return null
  const product = item.product_variant.product
  const certificates = (product.ocop_certificates ?? []) as (CertificateRow | null)[]
  const current = currentCertificate(certificates, now)
  return {
    gtin: item.gtin as string,
    variant: { id: item.product_variant.id, title: item.product_variant.title, sku: item.product_variant.sku ?? null },
    product: {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle ?? null,
      thumbnail: product.thumbnail ?? null,
      origin: (product.metadata?.origin as string | undefined) ?? null,
    },
    producer: product.producer ?? null,
    ocop: current ? toRating(current, now) : null,
    certificates: certificateHistory(certificates, now),
  }
}

export type Verification = { status: "verified" | "tampered" | "unsigned"; reason?: string }

/** Checks the event chain and the signed record against the rows as they are stored now. */
export function verifyBatch(batch: any, item: NonNullable<TradeItemView>, keys: PublicJwk[]): Verification {
  if (!batch.signature) return { status: "unsigned", reason: "The batch has not been published yet" }
  const events = [...(batch.events ?? [])].filter(Boolean).sort((a: any, b: any) => a.sequence - b.sequence)
  const context = { productTitle: item.product.title, producerName: item.producer?.name ?? "" }
  return memoizedVerification({ batch, context, keys }, (): Verification => {
    const chain = verifyChain(events, hashableEvent)
    if (!chain.ok) return { status: "tampered", reason: chain.reason ?? "The event chain is broken" }
    const head = events.length ? events[events.length - 1].hash : null
    const payload = batchPayload(batch, { ...context, headEventHash: head }, batch.record?.schema)
    const record = verifyBatchRecord(payload, { signature: batch.signature, key_id: batch.key_id }, keys)
    if (!record.ok) return { status: "tampered", reason: record.reason === "unknown-key" ? "Signed with a key we do not know" : "The stored record does not match its signature" }
    return { status: "verified" }
  })
}

/** A batch of a GTIN by lot, with events in order, growing areas and scan statistics. */
export async function loadBatch(scope: Scope, gtin: string, lot: string) {
  return readBatch(scope, gtin, lot)
}

/**
 * The batch's scans, stored and still queued in this process (scan-queue.ts), and the counterfeit
 * signal. The database counts the stored rows, says which of the queued scans' places it already
 * holds (a place is counted once) and which of the queued scans themselves it already holds (a
 * scan whose insert committed while it is still listed as queued is counted once).
 */
export async function scanSignal(scope: Scope, batch: { id: string; gtin: string; lot: string; quantity: number }) {
  let listed = unwrittenScans(batch.gtin, batch.lot)
  for (let attempt = 0; ; attempt++) {
    const asked = placesOf(listed)
    const stored: StoredScans = await readStoredScans(scope, batch.id, attempt < 2 ? [...asked] : "all", listed.map((scan) => scan.id))
    // Listed again after the read. A scan listed before it and written meanwhile is counted all the
    // same: in `stored` when the read saw its row (`written`), here when it did not.
    const ids = new Set(listed.map((scan) => scan.id))
    const fresh = unwrittenScans(batch.gtin, batch.lot).filter((scan) => !ids.has(scan.id))
    // A scan queued from a new place while the database counted: ask again about it (at last, about every place).
    if (attempt >= 2 || fresh.every((scan) => { const key = placeKey(scan); return key === null || asked.has(key) })) {
      const unwritten = [...listed, ...fresh].filter((scan) => !stored.written?.has(scan.id))
      const summary = mergeScanSummary(stored, unwritten)
      return { ...summary, ...counterfeitSignal(summary, batch.quantity) }
    }
    listed = [...listed, ...fresh]
  }
}

function placesOf(scans: Parameters<typeof placeKey>[0][]): Set<string> {
  const keys = new Set<string>()
  for (const scan of scans) {
    const key = placeKey(scan)
    if (key !== null) keys.add(key)
  }
  return keys
}
