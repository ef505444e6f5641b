/** Queries and bodies of the producer's orders (docs/producer-api.md, "Orders"). */
import { z } from "@medusajs/framework/zod"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/marketplace/lib/status"
import { AdminDeliverProducerOrder, AdminShipProducerOrder } from "../../admin/producer-orders/validators"

export type ProducerOrdersParams = z.infer<typeof ProducerOrdersParams>
export const ProducerOrdersParams = z
  .object({
    status: z.enum(PRODUCER_ORDER_STATUSES, { error: `status must be one of ${PRODUCER_ORDER_STATUSES.join(", ")}` }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** Same body as the operator's: an optional tracking carrier, number and link. */
export const ProducerShipOrder = AdminShipProducerOrder
export type ProducerShipOrder = AdminShipProducerOrder
export const ProducerDeliverOrder = AdminDeliverProducerOrder

export type ProducerSalesSummaryParams = z.infer<typeof ProducerSalesSummaryParams>
export const ProducerSalesSummaryParams = z
  .object({ months: z.coerce.number({ error: "months must be a number from 1 to 24" }).int("months must be a whole number").min(1, "months must be at least 1").max(24, "months must be at most 24").default(12) })
  .strict()
