import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { groupedOrder } from "../../../../../workflows/checkout/lib/producer-orders-view"

/** A signed-in customer's order, grouped by producer (one parcel each). Other people's orders are not found. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!data[0] || data[0].customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found among your orders`)
  }
  res.json(await groupedOrder(req.scope, req.params.id))
}
