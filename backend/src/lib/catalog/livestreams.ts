/**
 * Livestreams as shoppers see them: live now or starting within the next 14
 * days, with their status computed as of the request. Reads through
 * `query.graph`; the product comes through the read-only link
 * `links/livestream-product` (`featured_product`) and is shown only when it is on sale.
 */
import { isShownInStore, livestreamStatus, UPCOMING_WINDOW_DAYS, type LivestreamStatus } from "../livestreams/schedule"
import { PLATFORM_NAMES, type LivestreamPlatform } from "../livestreams/url"
import type { Query } from "./load"

export const LIVESTREAM_FIELDS = ["id", "producer_id", "product_id", "platform", "url", "title", "starts_at", "ends_at"]
const PRODUCT_FIELDS = ["featured_product.id", "featured_product.handle", "featured_product.title", "featured_product.status"]
const PRODUCER_FIELDS = ["producer.id", "producer.handle", "producer.name", "producer.status"]

export type LivestreamRow = {
  id: string
  producer_id: string
  product_id: string | null
  platform: LivestreamPlatform
  url: string
  title: string
  starts_at: string | Date
  ends_at: string | Date
  featured_product?: { id: string; handle: string; title: string; status?: string } | null
  producer?: { id: string; handle: string; name: string; status?: string } | null
}

export type StoreLivestream = {
  id: string
  platform: LivestreamPlatform
  platform_name: string
  url: string
  title: string
  starts_at: string
  ends_at: string
  status: LivestreamStatus
  product: { id: string; handle: string; title: string } | null
}

export type LiveNowLivestream = StoreLivestream & { producer: { id: string; handle: string; name: string } }

const DAY = 86_400_000

/** Which of the given product ids the request's sales channels sell. */
export type ChannelProducts = (productIds: string[]) => Promise<Set<string>>

/** A stored session as the store shows it, its product kept only when published and in `onSale` (the key's sales channels). */
export function toStoreLivestream(row: LivestreamRow, now: Date, onSale: Set<string>): StoreLivestream {
  const featured = row.featured_product
  const product = featured && featured.status === "published" && onSale.has(featured.id) ? { id: featured.id, handle: featured.handle, title: featured.title } : null
  return {
    id: row.id,
    platform: row.platform,
    platform_name: PLATFORM_NAMES[row.platform],
    url: row.url,
    title: row.title,
    starts_at: new Date(row.starts_at).toISOString(),
    ends_at: new Date(row.ends_at).toISOString(),
    status: livestreamStatus(row, now),
    product,
  }
}

/** Live first, then by start time. */
export function byLiveThenStart(a: { status: LivestreamStatus; starts_at: string }, b: { status: LivestreamStatus; starts_at: string }) {
  if ((a.status === "live") !== (b.status === "live")) return a.status === "live" ? -1 : 1
  return a.starts_at.localeCompare(b.starts_at)
}

/**
 * Sessions not over yet that start before `until` (default: the end of the upcoming window),
 * matching `filters`, of producers the operator has approved (a suspended producer's links are
 * not promoted).
 */
async function loadShownRows(
  query: Query,
  filters: Record<string, unknown>,
  now: Date,
  options: { until?: Date } = {}
): Promise<LivestreamRow[]> {
  const { data } = await query.graph({
    entity: "livestream",
    fields: [...LIVESTREAM_FIELDS, ...PRODUCT_FIELDS, ...PRODUCER_FIELDS],
    filters: {
      ...filters,
      ends_at: { $gt: now },
      starts_at: { $lte: options.until ?? new Date(now.getTime() + UPCOMING_WINDOW_DAYS * DAY) },
    },
  })
  return (data as unknown as LivestreamRow[]).filter((row) => row.producer?.status === "approved" && isShownInStore(row, now))
}

/** The featured products of `rows` that are in the request's sales channels. */
function featuredOnSale(rows: LivestreamRow[], inChannels: ChannelProducts): Promise<Set<string>> {
  return inChannels([...new Set(rows.map((row) => row.featured_product?.id).filter((id): id is string => !!id))])
}

/** A producer's sessions shown on its page. */
export async function producerLivestreams(query: Query, producerId: string, now: Date, inChannels: ChannelProducts): Promise<StoreLivestream[]> {
  const rows = await loadShownRows(query, { producer_id: producerId }, now)
  const onSale = await featuredOnSale(rows, inChannels)
  return rows.map((row) => toStoreLivestream(row, now, onSale)).sort(byLiveThenStart)
}

/** Sessions shown on a product's page: those about the product and the producer's sessions about no product in particular. */
export async function productLivestreams(query: Query, product: { id: string; producerId: string | null }, now: Date, inChannels: ChannelProducts): Promise<StoreLivestream[]> {
  if (!product.producerId) return []
  const rows = (await loadShownRows(query, { producer_id: product.producerId }, now)).filter((row) => !row.product_id || row.product_id === product.id)
  const onSale = await featuredOnSale(rows, inChannels)
  return rows
    .map((row) => toStoreLivestream(row, now, onSale))
    .sort(byLiveThenStart)
}

/** Every session live right now, across producers, with its producer. */
export async function liveNow(query: Query, now: Date, inChannels: ChannelProducts): Promise<LiveNowLivestream[]> {
  const rows = await loadShownRows(query, {}, now, { until: now })
  const onSale = await featuredOnSale(rows, inChannels)
  return rows
    .map((row) => ({ ...toStoreLivestream(row, now, onSale), producer: { id: row.producer!.id, handle: row.producer!.handle, name: row.producer!.name } }))
    .filter((session) => session.status === "live")
    .sort(byLiveThenStart)
}
