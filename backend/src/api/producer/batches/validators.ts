/**
 * Bodies and queries of the producer's traceability routes: the same rules as the
 * operator's (one definition each), without a producer id (it comes from the login).
 */
import { z } from "@medusajs/framework/zod"
import { GrowingAreaBody } from "../../admin/growing-areas/validators"
import { AdminAppendEvents, AdminCreateBatch, AdminWithdrawBatch } from "../../admin/production-batches/validators"

const page = {
  limit: z.coerce.number().int().min(1, "limit must be between 1 and 100").max(100, "limit must be between 1 and 100").default(20),
  offset: z.coerce.number().int().min(0, "offset must not be negative").default(0),
}

export const ProducerCreateBatch = AdminCreateBatch
export type ProducerCreateBatch = z.infer<typeof ProducerCreateBatch>
export const ProducerAppendEvents = AdminAppendEvents
export type ProducerAppendEvents = z.infer<typeof ProducerAppendEvents>
export const ProducerWithdrawBatch = AdminWithdrawBatch
export type ProducerWithdrawBatch = z.infer<typeof ProducerWithdrawBatch>

export type ProducerBatchesParams = z.infer<typeof ProducerBatchesParams>
export const ProducerBatchesParams = z
  .object({ status: z.enum(["draft", "published", "withdrawn"], { error: "status must be one of draft, published, withdrawn" }).optional(), ...page })
  .strict()

export type ProducerLabelParams = z.infer<typeof ProducerLabelParams>
export const ProducerLabelParams = z
  .object({ copies: z.coerce.number().int("copies must be a whole number").min(1, "copies must be between 1 and 240").max(240, "copies must be between 1 and 240 (10 A4 pages)").default(24) })
  .strict()

export type ProducerGrowingAreasParams = z.infer<typeof ProducerGrowingAreasParams>
export const ProducerGrowingAreasParams = z.object(page).strict()

export type ProducerCreateGrowingAreas = z.infer<typeof ProducerCreateGrowingAreas>
export const ProducerCreateGrowingAreas = z.object({ areas: z.array(GrowingAreaBody).min(1, "give at least one area").max(100) }).strict()
