/**
 * Request bodies for scheduling livestreams, shared by the operator's and the
 * producer's routes: one set of rules, each failure a 400 naming the field.
 */
import { z } from "@medusajs/framework/zod"
import { parseLivestreamTime } from "./schedule"
import { checkLivestreamUrl, LIVESTREAM_PLATFORMS, LIVESTREAM_URL_MAX_LENGTH } from "./url"

const TIME_MESSAGE = (field: string) => `${field} must be a date and time such as 2026-12-01T19:30 (Vietnam time) or 2026-12-01T19:30+07:00`
const time = (field: string) =>
  z
    .string({ error: TIME_MESSAGE(field) })
    .trim()
    .refine((value) => parseLivestreamTime(value) !== null, TIME_MESSAGE(field))

const LivestreamFields = {
  product_id: z.string().trim().min(1, "product_id must not be empty").max(100).nullish(),
  platform: z.enum(LIVESTREAM_PLATFORMS, { error: `platform must be one of ${LIVESTREAM_PLATFORMS.join(", ")}` }),
  url: z.string({ error: "url must be the link of the live" }).trim().min(1, "url must not be empty").max(LIVESTREAM_URL_MAX_LENGTH, `url is too long (${LIVESTREAM_URL_MAX_LENGTH} characters at most)`),
  title: z.string({ error: "title must be text" }).trim().min(1, "title must not be empty").max(200, "title is too long (200 characters at most)"),
  starts_at: time("starts_at"),
  ends_at: time("ends_at"),
}

type Partial = { platform?: (typeof LIVESTREAM_PLATFORMS)[number]; url?: string; starts_at?: string; ends_at?: string }

/** The link matches its platform, and the end comes after the start, when both are in the body. */
function checkTogether(body: Partial, ctx: z.RefinementCtx) {
  if (body.platform && body.url) {
    const check = checkLivestreamUrl(body.platform, body.url)
    if (!check.ok) ctx.addIssue({ code: "custom", message: check.message, path: ["url"] })
  }
  const start = body.starts_at ? parseLivestreamTime(body.starts_at) : null
  const end = body.ends_at ? parseLivestreamTime(body.ends_at) : null
  if (start && end && end.getTime() <= start.getTime()) ctx.addIssue({ code: "custom", message: "ends_at must be after starts_at", path: ["ends_at"] })
}

/** A new session of the producer the route acts for. */
export const LivestreamCreateBody = z.object(LivestreamFields).strict().superRefine(checkTogether)
export type LivestreamCreateBody = z.infer<typeof LivestreamCreateBody>

/** The operator names the producer. */
export const AdminLivestreamCreateBody = z
  .object({ producer_id: z.string().trim().min(1, "producer_id must not be empty").max(100), ...LivestreamFields })
  .strict()
  .superRefine(checkTogether)
export type AdminLivestreamCreateBody = z.infer<typeof AdminLivestreamCreateBody>

/** Any of the fields; a new link is checked against the stored platform by the workflow. */
export const LivestreamUpdateBody = z
  .object(LivestreamFields)
  .partial()
  .strict()
  .superRefine(checkTogether)
  .refine((body) => Object.keys(body).length > 0, "give at least one field to change")
export type LivestreamUpdateBody = z.infer<typeof LivestreamUpdateBody>

export const LIVESTREAM_STATUS_FILTERS = ["live", "upcoming", "ended"] as const

export const LivestreamListParams = z
  .object({
    status: z.enum(LIVESTREAM_STATUS_FILTERS, { error: `status must be one of ${LIVESTREAM_STATUS_FILTERS.join(", ")}` }).optional(),
    limit: z.coerce.number().int().min(1, "limit must be between 1 and 200").max(200, "limit must be between 1 and 200").default(50),
    offset: z.coerce.number().int().min(0, "offset must not be negative").default(0),
  })
  .strict()
export type LivestreamListParams = z.infer<typeof LivestreamListParams>

export const AdminLivestreamListParams = LivestreamListParams.extend({ producer_id: z.string().trim().min(1).max(100).optional() }).strict()
export type AdminLivestreamListParams = z.infer<typeof AdminLivestreamListParams>
