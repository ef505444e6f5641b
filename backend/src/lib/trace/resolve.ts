/**
 * The read side of a label: a GTIN (and lot) to the product, producer,
 * current OCOP rating, batch, events, growing areas, scan signal and a
 * verification of the signature and the event hash chain.
 */
import { verifyBatchRecord, verifyChain, type PublicJwk } from "@ocop/traceability"
import { CERTIFICATE_FIELDS, type Query } from "../catalog/load"
import { PRODUCER_PUBLIC_FIELDS } from "../catalog/producers"
import { certificateHistory, type CertificateRow } from "../catalog/shape"
import { currentCertificate } from "../../modules/ocop/lib/domain"
import { toRating } from "../catalog/shape"
import { counterfeitSignal, summarizeScans } from "./counterfeit"
import { batchPayload, hashableEvent } from "./records"
import { unwrittenScans } from "./scan-queue"

const ITEM_FIELDS = [
  "id",
  "gtin",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.handle",
  "product_variant.product.title",
  "product_variant.product.subtitle",
  "product_variant.product.thumbnail",
  "product_variant.product.status",
  "product_variant.product.metadata",
  ...PRODUCER_PUBLIC_FIELDS.map((f) => `product_variant.product.producer.${f}`),
  ...CERTIFICATE_FIELDS.map((f) => `product_variant.product.ocop_certificates.${f}`),
]

const AREA_FIELDS = ["id", "code", "area_type", "name", "crop", "area_ha", "province", "commune", "latitude", "longitude", "issuer", "valid_from", "valid_to", "certifications"]

const BATCH_FIELDS = [
  "id",
  "gtin",
  "lot",
  "status",
  "harvest_date",
  "production_date",
  "expiry_date",
  "quantity",
  "unit",
  "standards",
  "published_at",
  "withdrawn_at",
  "withdrawal_reason",
  "record",
  "record_hash",
  "signature",
  "key_id",
  ...AREA_FIELDS.map((f) => `growing_areas.${f}`),
  "events.*",
]

export type TradeItemView = Awaited<ReturnType<typeof loadTradeItem>>

/** The trade item of a GTIN with its product as a consumer sees it, or null. */
export async function loadTradeItem(query: Query, gtin: string, now = new Date()) {
  const { data } = await query.graph({ entity: "trade_item", fields: ITEM_FIELDS, filters: { gtin } })
  const item: any = data[0]
  const product = item?.product_variant?.product
  if (!product || product.status !== "published") return null
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
  const chain = verifyChain(events, hashableEvent)
  if (!chain.ok) return { status: "tampered", reason: chain.reason ?? "The event chain is broken" }
  const head = events.length ? events[events.length - 1].hash : null
  const payload = batchPayload(batch, { productTitle: item.product.title, producerName: item.producer?.name ?? "", headEventHash: head }, batch.record?.schema)
  const record = verifyBatchRecord(payload, { signature: batch.signature, key_id: batch.key_id }, keys)
  if (!record.ok) return { status: "tampered", reason: record.reason === "unknown-key" ? "Signed with a key we do not know" : "The stored record does not match its signature" }
  return { status: "verified" }
}

/** A batch of a GTIN by lot, with events in order, growing areas and scan statistics. */
export async function loadBatch(query: Query, gtin: string, lot: string) {
  const { data } = await query.graph({ entity: "production_batch", fields: BATCH_FIELDS, filters: { gtin, lot } })
  const batch: any = data[0]
  if (!batch) return null
  batch.events = [...(batch.events ?? [])].filter(Boolean).sort((a: any, b: any) => a.sequence - b.sequence)
  return batch
}

/** The batch's scans, stored and still queued in this process (scan-queue.ts), and the counterfeit signal. */
export async function scanSignal(query: Query, batch: { id: string; gtin: string; lot: string; quantity: number }) {
  const { data } = await query.graph({ entity: "trace_scan", fields: ["country", "region", "city"], filters: { batch_id: batch.id } })
  // Read after the stored rows: a row is then counted once, or (while its insert commits) not yet.
  const summary = summarizeScans([...(data as any[]), ...unwrittenScans(batch.gtin, batch.lot)])
  return { ...summary, ...counterfeitSignal(summary, batch.quantity) }
}
