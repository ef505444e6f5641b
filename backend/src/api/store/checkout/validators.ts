import { z } from "@medusajs/framework/zod"

/**
 * Company details for an e-invoice. Only the shape is checked here; the content
 * (tax code of 10 or 13 digits, a name) is checked with the rest of checkout so all
 * field errors come back together.
 */
const Invoice = z
  .object({
    company_name: z.string({ error: "invoice.company_name must be text" }).max(300, "invoice.company_name is too long (300 characters at most)"),
    tax_code: z.string({ error: "invoice.tax_code must be text, e.g. \"5700100256\"" }).max(20, "invoice.tax_code is too long"),
    address: z.string().max(500, "invoice.address is too long (500 characters at most)").nullish(),
    email: z.string().max(200, "invoice.email is too long").nullish(),
  })
  .strict()

export type StoreCompleteCheckout = z.infer<typeof StoreCompleteCheckout>
export const StoreCompleteCheckout = z
  .object({
    /** Company details for an e-invoice (hóa đơn điện tử); omit or null for a personal purchase. */
    invoice: Invoice.nullish(),
  })
  .strict()

export type StoreValidateCheckout = z.infer<typeof StoreValidateCheckout>
export const StoreValidateCheckout = z
  .object({
    invoice: Invoice.nullish(),
    /** Check the payment too (default false: the address and delivery steps come before payment). */
    require_payment: z.boolean({ error: "require_payment must be true or false" }).default(false),
  })
  .strict()

export type StoreOrderLookup = z.infer<typeof StoreOrderLookup>
export const StoreOrderLookup = z
  .object({
    email: z.email({ error: "email must be the e-mail address the order was placed with" }).max(200),
    display_id: z.coerce
      .number({ error: "display_id must be the order number, e.g. 1024" })
      .int("display_id must be a whole number, e.g. 1024")
      .positive("display_id must be a positive order number"),
  })
  .strict()
