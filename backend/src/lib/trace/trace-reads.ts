/**
 * The label's hot reads of the traceability module's own tables (production_batch,
 * trace_event, growing_area and its batch pivot, trace_scan), in SQL through the
 * application's Postgres connection: one indexed statement each, no ORM hydration.
 * The answers have the shape the module's own reads give (dates as Date, JSON parsed),
 * so callers cannot tell the two apart. Other modules' tables are never read here.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoredScans } from "./counterfeit"

export type Scope = { resolve: <T = any>(key: string) => T }

const pgOf = (scope: Scope): Knex => scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

const AREA_FIELDS = ["id", "code", "area_type", "name", "crop", "area_ha", "province", "commune", "latitude", "longitude", "issuer", "valid_from", "valid_to", "certifications"]
const AREA_DATES = ["valid_from", "valid_to"]
const EVENT_DATES = ["event_time", "created_at", "updated_at", "deleted_at"]

/**
 * A batch by GTIN and lot with its growing areas (in the order they were linked, as the
 * module returns them) and its events in sequence order, or null.
 */
export async function readBatch(scope: Scope, gtin: string, lot: string): Promise<any | null> {
  const { rows } = await pgOf(scope).raw(
    `SELECT b.id, b.gtin, b.lot, b.status, b.harvest_date, b.production_date, b.expiry_date, b.quantity, b.unit,
            b.standards, b.published_at, b.withdrawn_at, b.withdrawal_reason, b.record, b.record_hash, b.signature, b.key_id,
            (SELECT coalesce(json_agg(json_build_object(${AREA_FIELDS.map((f) => `'${f}', g.${f}`).join(", ")}) ORDER BY p.ctid), '[]')
               FROM growing_area_production_batches p JOIN growing_area g ON g.id = p.growing_area_id AND g.deleted_at IS NULL
              WHERE p.production_batch_id = b.id) AS growing_areas,
            (SELECT coalesce(json_agg(e ORDER BY e.sequence), '[]')
               FROM trace_event e WHERE e.batch_id = b.id AND e.deleted_at IS NULL) AS events
       FROM production_batch b
      WHERE b.gtin = ? AND b.lot = ? AND b.deleted_at IS NULL`,
    [gtin, lot]
  )
  const batch = rows[0]
  if (!batch) return null
  batch.growing_areas = batch.growing_areas.map((area: any) => withDates(area, AREA_DATES))
  batch.events = batch.events.map((event: any) => withDates(event, EVENT_DATES))
  return batch
}

/** The published and withdrawn batches of a GTIN, newest production first (at most `limit`). */
export async function readListedBatches(scope: Scope, gtin: string, limit: number) {
  const { rows } = await pgOf(scope).raw(
    `SELECT lot, production_date, expiry_date, status FROM production_batch
      WHERE gtin = ? AND status IN ('published', 'withdrawn') AND deleted_at IS NULL
      ORDER BY production_date DESC, id ASC LIMIT ?`,
    [gtin, limit]
  )
  return rows as { lot: string; production_date: Date; expiry_date: Date | null; status: string }[]
}

/**
 * A batch's stored scans counted in one statement (one snapshot): rows, distinct places, which
 * of `asked` (place keys, see `placeKey`) are among them (`asked: "all"` returns every place), and
 * which of the queued scans `pending` (row ids) are already stored.
 * Answered from the index on (batch_id) with the places included; places compare byte by byte
 * (COLLATE "C": the same equality, without the cost of sorting by language rules).
 */
export async function readStoredScans(scope: Scope, batchId: string, asked: string[] | "all", pending: string[] = []): Promise<StoredScans> {
  const { rows } = await pgOf(scope).raw(
    `WITH s AS (
       SELECT (coalesce(country, '') || '|' || coalesce(region, '') || '|' || coalesce(city, '')) COLLATE "C" AS place,
              (coalesce(country, '') <> '' OR coalesce(region, '') <> '' OR coalesce(city, '') <> '') AS named
         FROM trace_scan WHERE batch_id = ? AND deleted_at IS NULL)
     SELECT count(*)::int AS scans,
            (count(DISTINCT place) FILTER (WHERE named))::int AS places,
            coalesce(array_agg(DISTINCT place) FILTER (WHERE named AND (?::boolean OR place = ANY(?::text[]))), '{}') AS known,
            CASE WHEN cardinality(?::text[]) = 0 THEN '{}'::text[] ELSE
              coalesce((SELECT array_agg(id) FROM trace_scan WHERE id = ANY(?::text[]) AND batch_id = ? AND deleted_at IS NULL), '{}') END AS written
       FROM s`,
    [batchId, asked === "all", asked === "all" ? [] : asked, pending, pending, batchId]
  )
  return { scans: rows[0].scans, places: rows[0].places, known: new Set(rows[0].known as string[]), written: new Set(rows[0].written as string[]) }
}

/** JSON built in SQL carries dates as text: back to Date, as a row read by the driver has them. */
function withDates<T extends Record<string, any>>(row: T, fields: string[]): T {
  for (const field of fields) if (row[field] != null) (row as any)[field] = new Date(row[field])
  return row
}
