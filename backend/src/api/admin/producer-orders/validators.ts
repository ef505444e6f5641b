import { z } from "@medusajs/framework/zod"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/marketplace/lib/status"

export type AdminProducerOrdersParams = z.infer<typeof AdminProducerOrdersParams>
export const AdminProducerOrdersParams = z
  .object({
    status: z.enum(PRODUCER_ORDER_STATUSES, { error: `status must be one of ${PRODUCER_ORDER_STATUSES.join(", ")}` }).optional(),
    producer_id: z.string().trim().startsWith("prdc_", "producer_id must be a producer id (prdc_…)").optional(),
    order_id: z.string().trim().startsWith("order_", "order_id must be an order id (order_…)").optional(),
    /** An order number ("1024") or a producer order number ("#1024-2"). */
    q: z.string().trim().max(50).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

const trackingText = (field: string, max: number) => z.string().trim().min(1, `${field} must not be empty`).max(max, `${field} is too long (${max} characters at most)`)

export type AdminShipProducerOrder = z.infer<typeof AdminShipProducerOrder>
export const AdminShipProducerOrder = z
  .object({
    tracking: z
      .object({
        carrier: trackingText("tracking.carrier", 100).nullish(),
        number: trackingText("tracking.number", 100).nullish(),
        url: z.url({ protocol: /^https?$/, error: "tracking.url must be a web address starting with http:// or https://" }).max(500).nullish(),
      })
      .strict()
      .nullish(),
  })
  .strict()

export type AdminDeliverProducerOrder = z.infer<typeof AdminDeliverProducerOrder>
export const AdminDeliverProducerOrder = z.object({}).strict()

export type AdminCancelProducerOrder = z.infer<typeof AdminCancelProducerOrder>
export const AdminCancelProducerOrder = z
  .object({ reason: z.string().trim().min(1, "reason must not be empty").max(500, "reason is too long (500 characters at most)").nullish() })
  .strict()

export type AdminRefundProducerOrder = z.infer<typeof AdminRefundProducerOrder>
export const AdminRefundProducerOrder = z
  .object({
    /** Whole đồng; without it, everything still refundable on this producer order. */
    amount: z
      .number({ error: "amount must be a number of đồng, e.g. 50000" })
      .int("amount must be a whole number of đồng (VND has no decimals)")
      .positive("amount must be more than 0")
      .nullish(),
    note: z.string().trim().min(1, "note must not be empty").max(500, "note is too long (500 characters at most)").nullish(),
  })
  .strict()
