import { z } from "@medusajs/framework/zod"

export const AdminConfirmVietqrTransfer = z
  .object({
    payment_session_id: z.string().trim().startsWith("payses_", "payment_session_id must be a payment session id (payses_…)").optional(),
    reference: z
      .string()
      .trim()
      .regex(/^OCOP[0-9A-Z]{8}$/i, "reference must be the one printed under the QR code, e.g. OCOP7F3K9QXZ")
      .transform((v) => v.toUpperCase())
      .optional(),
    amount_received: z
      .number({ error: "amount_received must be the amount in đồng that reached the account, e.g. 125000" })
      .int("amount_received must be a whole number of đồng")
      .positive("amount_received must be more than 0"),
    bank_transaction_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((body) => !!body.payment_session_id !== !!body.reference, {
    error: "Give either payment_session_id or reference (exactly one)",
    path: ["payment_session_id"],
  })
export type AdminConfirmVietqrTransfer = z.infer<typeof AdminConfirmVietqrTransfer>

export const AdminVietqrPendingParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminVietqrPendingParams = z.infer<typeof AdminVietqrPendingParams>
