import { MedusaError } from "@medusajs/framework/utils"
import { parseLivestreamTime, scheduleProblem } from "../../lib/livestreams/schedule"
import { checkLivestreamUrl, type LivestreamPlatform } from "../../lib/livestreams/url"

export const TITLE_MAX_LENGTH = 200

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export function livestreamTime(value: string | Date, field: "starts_at" | "ends_at"): Date {
  const date = parseLivestreamTime(value)
  if (!date) throw invalid(`${field} must be a date and time such as 2026-12-01T19:30 (Vietnam time) or 2026-12-01T19:30+07:00`)
  return date
}

export function livestreamUrl(platform: LivestreamPlatform, url: string): string {
  const check = checkLivestreamUrl(platform, url)
  if (!check.ok) throw invalid(check.message)
  return check.url
}

export function livestreamTitle(title: string): string {
  const text = title.normalize("NFC").trim()
  if (!text) throw invalid("title must not be empty")
  if (text.length > TITLE_MAX_LENGTH) throw invalid(`title is too long (${TITLE_MAX_LENGTH} characters at most)`)
  return text
}

export function checkSchedule(schedule: { starts_at: Date; ends_at: Date }, now: Date, isNew: boolean) {
  const problem = scheduleProblem(schedule, now, { isNew })
  if (problem) throw invalid(problem)
}
