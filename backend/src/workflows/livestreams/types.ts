import type { LivestreamPlatform } from "../../lib/livestreams/url"

export type LivestreamFields = {
  /** A product of the same producer the session is about, or null for the producer's shop as a whole. */
  product_id?: string | null
  platform: LivestreamPlatform
  url: string
  title: string
  /** ISO 8601; without an offset the time is Vietnam's (UTC+7). */
  starts_at: string | Date
  ends_at: string | Date
}

export type CreateLivestreamInput = { producer_id: string } & LivestreamFields

/** `producer_id`, when given, is the only producer whose session may be changed (a producer's own routes). */
export type UpdateLivestreamInput = { id: string; producer_id?: string } & Partial<LivestreamFields>

export type DeleteLivestreamInput = { id: string; producer_id?: string }

/** A livestream ready to be stored: text NFC, link normalised, times parsed. */
export type LivestreamRecord = {
  producer_id: string
  product_id: string | null
  platform: LivestreamPlatform
  url: string
  title: string
  starts_at: Date
  ends_at: Date
}
