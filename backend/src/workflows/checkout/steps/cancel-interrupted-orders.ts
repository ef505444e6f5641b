import type { IInventoryService, IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ValidateCheckoutOutput } from "./validate-checkout"

export const cancelInterruptedOrdersStepId = "cancel-interrupted-orders"

/** The key in a cart's metadata (copied onto its order) naming the cart an order was placed from. */
export const CHECKOUT_CART_KEY = "checkout_cart_id"

type Undo = { orders: { id: string; status: string }[]; reservations: { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number }[] }

/**
 * Medusa's completeCartWorkflow writes the order, then links it to the cart and
 * reserves stock. A backend that dies in between (no compensation runs then)
 * leaves an order of this cart that no cart points to, while the cart stays
 * open. Before the cart is completed again, such orders are cancelled and any
 * stock they reserved is released, so the retry leaves exactly one live order.
 * Runs under the cart's lock (completeCheckoutWorkflow). Compensation restores both.
 */
export const cancelInterruptedOrdersStep = createStep(
  cancelInterruptedOrdersStepId,
  async (plan: ValidateCheckoutOutput, { container }) => {
    if (!plan) return new StepResponse(undefined, { orders: [], reservations: [] } as Undo)
    // completeCheckoutWorkflow holds the cart's lock around this step and the completion, so an
    // order still being placed by a concurrent request is never taken for an interrupted one.
    return new StepResponse(undefined, await cancelOrphans(container, plan.cart_id))
  },
  async (undo, { container }) => {
    if (!undo?.orders.length) return
    const orderModule: IOrderModuleService = container.resolve(Modules.ORDER)
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    await orderModule.updateOrders(undo.orders.map((o) => ({ id: o.id, status: o.status as any })))
    if (undo.reservations.length) await inventory.createReservationItems(undo.reservations)
  }
)

/** Cancels the unlinked orders of a cart and releases their stock; returns what to restore. */
async function cancelOrphans(container: MedusaContainer, cartId: string): Promise<Undo> {
  const none: Undo = { orders: [], reservations: [] }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "email"], filters: { id: cartId } })
  const email = (carts[0] as { email?: string | null } | undefined)?.email
  if (!email) return none
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status", "metadata", "items.id"], filters: { email } })
  const ofCart = (orders as any[]).filter((o) => o.metadata?.[CHECKOUT_CART_KEY] === cartId && o.status !== "canceled")
  if (!ofCart.length) return none
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { order_id: ofCart.map((o) => o.id) } })
  const linked = new Set((links as { order_id: string }[]).map((l) => l.order_id))
  const orphans = ofCart.filter((o) => !linked.has(o.id))
  if (!orphans.length) return none

  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const orderModule: IOrderModuleService = container.resolve(Modules.ORDER)
  const itemIds = orphans.flatMap((o) => (o.items ?? []).filter(Boolean).map((i: { id: string }) => i.id))
  const reservations = itemIds.length ? await inventory.listReservationItems({ line_item_id: itemIds }) : []
  if (reservations.length) await inventory.deleteReservationItems(reservations.map((r) => r.id))
  await orderModule.cancel(orphans.map((o) => o.id))
  return {
    orders: orphans.map((o) => ({ id: o.id, status: o.status })),
    reservations: reservations.map((r) => ({ line_item_id: r.line_item_id!, inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: Number(r.quantity) })),
  }
}
