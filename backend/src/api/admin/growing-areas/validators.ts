import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../lib/calendar-date"

/** A date such as 2024-05-17 (a time may follow) that exists on the calendar: 2026-02-30 is refused, not moved to March. */
const date = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}/, `${field} must be a date such as 2024-05-17`)
    .refine((v) => !Number.isNaN(Date.parse(v)) && isCalendarDay(v.slice(0, 10)), `${field} is not a real calendar date`)

export const GrowingAreaBody = z
  .object({
    code: z.string().trim().min(3, "code is too short").max(40, "code is at most 40 characters"),
    area_type: z.enum(["crop_area", "aquaculture_area", "packing_house"]),
    name: z.string().trim().min(1, "name must not be empty").max(200),
    crop: z.string().trim().max(200).nullish(),
    area_ha: z.number().positive("area_ha must be positive").max(1_000_000).nullish(),
    province: z.string().trim().min(1).max(100).optional(),
    commune: z.string().trim().min(1, "commune must not be empty").max(100),
    latitude: z.number().min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90").nullish(),
    longitude: z.number().min(-180, "longitude must be between -180 and 180").max(180, "longitude must be between -180 and 180").nullish(),
    issuer: z.string().trim().max(200).nullish(),
    valid_from: date("valid_from").nullish(),
    valid_to: date("valid_to").nullish(),
    certifications: z.array(z.string().trim().min(1).max(100)).max(20).nullish(),
  })
  .strict()

export type AdminCreateGrowingAreas = z.infer<typeof AdminCreateGrowingAreas>
export const AdminCreateGrowingAreas = z
  .object({ producer_id: z.string().trim().min(1).max(100), areas: z.array(GrowingAreaBody).min(1, "give at least one area").max(100) })
  .strict()

export type AdminGrowingAreasParams = z.infer<typeof AdminGrowingAreasParams>
export const AdminGrowingAreasParams = z
  .object({
    producer_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
