import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../lib/calendar-date"

/** A date such as 2024-05-17 (a time may follow) that exists on the calendar: 2026-02-30 is refused, not moved to March. */
const date = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}/, `${field} must be a date such as 2024-05-17`)
    .refine((v) => !Number.isNaN(Date.parse(v)) && isCalendarDay(v.slice(0, 10)), `${field} is not a real calendar date`)
const id = z.string().trim().min(1).max(100)

export type AdminCreateBatch = z.infer<typeof AdminCreateBatch>
export const AdminCreateBatch = z
  .object({
    variant_id: id,
    lot: z.string().trim().min(1, "lot must not be empty").max(20, "lot is at most 20 characters (GS1 batch/lot)"),
    production_date: date("production_date"),
    harvest_date: date("harvest_date").nullish(),
    expiry_date: date("expiry_date").nullish(),
    quantity: z.number().int("quantity must be a whole number").positive("quantity must be positive").max(10_000_000),
    unit: z.string().trim().min(1, "unit must not be empty").max(20),
    standards: z.array(z.string().trim().min(1).max(100)).max(20).nullish(),
    growing_area_ids: z.array(id).max(50).optional(),
  })
  .strict()

const Quantity = z
  .object({
    gtin: z.string().trim().regex(/^\d{14}$/, "gtin must be 14 digits").nullish(),
    lot: z.string().trim().max(20).nullish(),
    description: z.string().trim().max(200).nullish(),
    quantity: z.number().positive("quantity must be more than 0").max(1_000_000_000, "quantity is too large (1 000 000 000 at most)"),
    uom: z.string().trim().min(1).max(10),
  })
  .strict()

export const TraceEventBody = z
  .object({
    event_type: z.string().trim().max(40),
    event_time: z.string().trim().max(40),
    event_timezone: z.string().trim().max(6),
    action: z.string().trim().max(10).nullish(),
    biz_step: z.string().trim().max(100),
    disposition: z.string().trim().max(100).nullish(),
    read_point: z.string().trim().max(200).nullish(),
    biz_location: z.string().trim().max(200).nullish(),
    inputs: z.array(Quantity).max(50).nullish(),
    outputs: z.array(Quantity).max(50).nullish(),
    corrects_event_id: z.string().trim().max(100).nullish(),
    note: z.string().trim().max(1000).nullish(),
  })
  .strict()

export type AdminAppendEvents = z.infer<typeof AdminAppendEvents>
export const AdminAppendEvents = z.object({ events: z.array(TraceEventBody).min(1, "give at least one event").max(100) }).strict()

export type AdminWithdrawBatch = z.infer<typeof AdminWithdrawBatch>
export const AdminWithdrawBatch = z.object({ reason: z.string().trim().min(3, "say why the batch is withdrawn").max(500) }).strict()

export type AdminBatchesParams = z.infer<typeof AdminBatchesParams>
export const AdminBatchesParams = z
  .object({
    gtin: z.string().trim().regex(/^\d{14}$/, "gtin must be 14 digits").optional(),
    status: z.enum(["draft", "published", "withdrawn"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminBatchQrParams = z.infer<typeof AdminBatchQrParams>
export const AdminBatchQrParams = z.object({ format: z.enum(["svg", "png"]).default("svg"), size: z.coerce.number().int().min(100).max(2000).default(300) }).strict()

export type AdminLabelSheetParams = z.infer<typeof AdminLabelSheetParams>
export const AdminLabelSheetParams = z
  .object({
    ids: z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean)),
    copies: z.coerce.number().int().min(1).max(1000).default(24),
  })
  .strict()
