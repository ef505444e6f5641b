// The signed record of a published batch: a normalised payload, its hash and an Ed25519 signature.
import { canonicalJson, sha256Hex } from "./canonical-json"
import { checkGs1Text } from "./digital-link"
import { TraceInputError } from "./errors"
import { toIsoDate } from "./gs1-date"
import { toGtin14 } from "./gtin"
import { verifySignature, type PublicJwk, type SigningKey } from "./signing"

/** The current record layout. Version 1 had no harvest date; records signed then still verify as version 1. */
export const BATCH_RECORD_SCHEMA = "ocop-batch-record/2"
export const BATCH_RECORD_SCHEMAS = ["ocop-batch-record/1", BATCH_RECORD_SCHEMA] as const
export type BatchRecordSchema = (typeof BATCH_RECORD_SCHEMAS)[number]

export interface BatchRecordInput {
  gtin: string
  lot: string
  product_title: string
  producer_name: string
  harvest_date?: Date | string | null
  production_date?: Date | string | null
  expiry_date?: Date | string | null
  quantity?: number | null
  unit?: string | null
  growing_area_codes?: string[] | null
  standards?: string[] | null
  head_event_hash?: string | null
}

export interface BatchRecordPayload {
  schema: BatchRecordSchema
  gtin: string
  lot: string
  product_title: string
  producer_name: string
  /** Since version 2. */
  harvest_date?: string | null
  production_date: string | null
  expiry_date: string | null
  quantity: number | null
  unit: string | null
  growing_area_codes: string[]
  standards: string[]
  head_event_hash: string | null
}

export interface BatchSignature {
  payload_hash: string
  signature: string
  key_id: string
}

/**
 * The plain object that is signed: GTIN as 14 digits, dates as YYYY-MM-DD (Vietnam calendar),
 * absent values as null, codes and standards sorted and without duplicates (so the same batch
 * always gives the same payload, whatever order the database returns them in).
 */
export function batchRecordPayload(input: BatchRecordInput, schema: BatchRecordSchema = BATCH_RECORD_SCHEMA): BatchRecordPayload {
  const payload: BatchRecordPayload = {
    schema,
    gtin: toGtin14(input.gtin),
    lot: checkGs1Text(input.lot, "lot", "batch/lot"),
    product_title: requiredText(input.product_title, "product_title", "product name"),
    producer_name: requiredText(input.producer_name, "producer_name", "producer name"),
    harvest_date: input.harvest_date == null ? null : toIsoDate(input.harvest_date, "harvest_date"),
    production_date: input.production_date == null ? null : toIsoDate(input.production_date, "production_date"),
    expiry_date: input.expiry_date == null ? null : toIsoDate(input.expiry_date, "expiry_date"),
    quantity: optionalQuantity(input.quantity),
    unit: input.unit == null ? null : requiredText(input.unit, "unit", "unit"),
    growing_area_codes: textSet(input.growing_area_codes, "growing_area_codes"),
    standards: textSet(input.standards, "standards"),
    head_event_hash: optionalHash(input.head_event_hash),
  }
  if (schema === "ocop-batch-record/1") delete (payload as Partial<BatchRecordPayload>).harvest_date
  return payload
}

/** Hashes and signs a payload (signature over the UTF-8 bytes of its canonical JSON). */
export function signBatchRecord(payload: BatchRecordPayload, key: SigningKey): BatchSignature {
  const text = canonicalJson(payload)
  return { payload_hash: sha256Hex(text), signature: key.sign(text), key_id: key.keyId }
}

/** Verifies a signed payload against published public keys; a payload_hash, when given, must match too. */
export function verifyBatchRecord(
  payload: BatchRecordPayload,
  signed: { signature: string; key_id: string; payload_hash?: string },
  jwks: PublicJwk[] | { keys: PublicJwk[] },
): { ok: boolean; reason?: "unknown-key" | "bad-signature" } {
  if (!signed || typeof signed.key_id !== "string") return { ok: false, reason: "unknown-key" }
  const keys = Array.isArray(jwks) ? jwks : Array.isArray(jwks?.keys) ? jwks.keys : []
  const jwk = keys.find((k) => k && k.kid === signed.key_id)
  if (!jwk) return { ok: false, reason: "unknown-key" }
  let text: string
  try {
    text = canonicalJson(payload)
  } catch {
    return { ok: false, reason: "bad-signature" }
  }
  if (signed.payload_hash !== undefined && signed.payload_hash !== sha256Hex(text)) return { ok: false, reason: "bad-signature" }
  return verifySignature(jwk, text, signed.signature) ? { ok: true } : { ok: false, reason: "bad-signature" }
}

function requiredText(value: unknown, field: string, label: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new TraceInputError(field, `The ${label} is required`)
  return value
}

function optionalQuantity(value: unknown): number | null {
  if (value == null) return null
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TraceInputError("quantity", `The quantity must be a number 0 or more, not ${String(value)}`)
  }
  return value
}

function textSet(values: unknown, field: string): string[] {
  if (values == null) return []
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string" || v.trim() === "")) {
    throw new TraceInputError(field, `${field} must be a list of non-empty texts`)
  }
  return [...new Set(values as string[])].sort()
}

function optionalHash(value: unknown): string | null {
  if (value == null) return null
  if (typeof value !== "string" || !/^[0-9a-f]{64}$/.test(value)) {
    throw new TraceInputError("head_event_hash", "head_event_hash must be a lower-case hex SHA-256 (64 characters)")
  }
  return value
}
