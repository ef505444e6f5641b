/**
 * Livestreams as the people who schedule them see them (the operator, the
 * producer's own routes): every session whatever its status, with the status as
 * of now and the featured product's and producer's names.
 */
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Query } from "../catalog/load"
import { LIVESTREAM_FIELDS } from "../catalog/livestreams"
import { livestreamStatus, type LivestreamStatus } from "./schedule"
import { PLATFORM_NAMES, type LivestreamPlatform } from "./url"

/** What the operator and the producer's own routes show of a session: every field, its status as of now, product and producer names. */
export const MANAGED_LIVESTREAM_FIELDS = [...LIVESTREAM_FIELDS, "created_at", "updated_at", "featured_product.id", "featured_product.handle", "featured_product.title", "producer.id", "producer.handle", "producer.name"]

export const withStatus = ({ featured_product, ...row }: any, now = new Date()) => ({
  ...row,
  platform_name: PLATFORM_NAMES[row.platform as LivestreamPlatform],
  status: livestreamStatus(row, now),
  product: featured_product ?? null,
})

/** Filters for a status as of `now`: live (started, not ended), upcoming (not started), ended. */
export function statusFilters(status: LivestreamStatus | undefined, now: Date): Record<string, unknown> {
  if (status === "live") return { starts_at: { $lte: now }, ends_at: { $gt: now } }
  if (status === "upcoming") return { starts_at: { $gt: now } }
  if (status === "ended") return { ends_at: { $lte: now } }
  return {}
}

/** A page of sessions, newest start first (upcoming and live ones soonest first when filtered so). */
export async function listManagedLivestreams(query: Query, filters: Record<string, unknown>, page: { status?: LivestreamStatus; limit: number; offset: number }) {
  const now = new Date()
  const { data, metadata } = await query.graph({
    entity: "livestream",
    fields: MANAGED_LIVESTREAM_FIELDS,
    filters: { ...filters, ...statusFilters(page.status, now) },
    pagination: { skip: page.offset, take: page.limit, order: { starts_at: page.status === "upcoming" || page.status === "live" ? "ASC" : "DESC" } },
  })
  return { livestreams: data.map((row) => withStatus(row, now)), count: metadata?.count ?? data.length, limit: page.limit, offset: page.offset }
}

/** One session as managed; 404 when it is missing or (with `producerId`) another producer's. */
export async function refetchLivestream(scope: { resolve: (key: string) => any }, id: string, producerId?: string) {
  const query: Query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "livestream", fields: MANAGED_LIVESTREAM_FIELDS, filters: { id } })
  const row: any = data[0]
  if (!row || (producerId && row.producer_id !== producerId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Livestream ${id} not found`)
  return withStatus(row)
}
