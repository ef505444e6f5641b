import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { groupedOrder } from "../../../workflows/checkout/lib/producer-orders-view"
import type { StoreOrderLookup } from "../checkout/validators"

/**
 * Finds an order without signing in, by its number and the e-mail address it was placed
 * with (both must match), and answers it grouped by producer.
 */
export const POST = async (req: MedusaRequest<StoreOrderLookup>, res: MedusaResponse) => {
  const { email, display_id } = req.validatedBody as StoreOrderLookup
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { display_id } })
  const order = (data as { id: string; email?: string | null }[]).find((o) => o.email?.trim().toLowerCase() === email.trim().toLowerCase())
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order #${display_id} was placed with this e-mail address. Check the order number in your confirmation e-mail.`)
  res.json(await groupedOrder(req.scope, order.id))
}
