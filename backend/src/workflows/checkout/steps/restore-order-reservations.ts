import type { IInventoryService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const restoreOrderReservationsStepId = "restore-order-reservations"

type Reservation = { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean }
type Undo = { reservation_ids: string[]; inventory_item_ids: string[] }

const ORDER_FIELDS = [
  "id",
  "status",
  "sales_channel_id",
  "items.*",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
]

/**
 * Medusa's completeCartWorkflow links the new order to its cart, marks the cart
 * completed and reserves the order's stock in parallel. A backend killed between
 * the link and the reservation (no compensation runs then) leaves a completed
 * cart whose order holds no stock, and every retry answers with that order. This
 * step, run right after the completion under the checkout's locks, reserves what
 * the order's items are missing: nothing on a normal checkout. Compensation
 * deletes the reservations it made.
 */
export const restoreOrderReservationsStep = createStep(
  restoreOrderReservationsStepId,
  async (input: { order_id: string }, { container }) => {
    const missing = await missingReservations(container, input.order_id)
    if (!missing.length) return new StepResponse({ restored: 0 }, { reservation_ids: [], inventory_item_ids: [] } as Undo)
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    const itemIds = [...new Set(missing.map((r) => r.inventory_item_id))].sort()
    const created = await container.resolve(Modules.LOCKING).execute(itemIds, () => inventory.createReservationItems(missing))
    return new StepResponse({ restored: created.length }, { reservation_ids: created.map((r) => r.id), inventory_item_ids: itemIds } as Undo)
  },
  async (undo, { container }) => {
    if (!undo?.reservation_ids.length) return
    const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
    await container.resolve(Modules.LOCKING).execute(undo.inventory_item_ids, () => inventory.deleteReservationItems(undo.reservation_ids))
  }
)

/** The reservations a live order's stock-managed items should hold and do not. */
async function missingReservations(container: { resolve: (key: string) => any }, orderId: string): Promise<Reservation[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as any
  if (!order || order.status === "canceled") return []
  const wanted: Reservation[] = []
  for (const item of order.items ?? []) {
    const variant = item?.variant
    if (!variant?.manage_inventory) continue
    for (const link of variant.inventory_items ?? []) {
      const location = locationFor(link, order.sales_channel_id)
      if (!location) continue
      wanted.push({
        line_item_id: item.id,
        inventory_item_id: link.inventory_item_id,
        location_id: location,
        quantity: MathBN.mult(link.required_quantity ?? 1, item.raw_quantity ?? item.quantity).toNumber(),
        allow_backorder: !!variant.allow_backorder,
      })
    }
  }
  if (!wanted.length) return []
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const held = await inventory.listReservationItems({ line_item_id: wanted.map((w) => w.line_item_id) })
  const heldKeys = new Set(held.map((r) => `${r.line_item_id}:${r.inventory_item_id}`))
  return wanted.filter((w) => !heldKeys.has(`${w.line_item_id}:${w.inventory_item_id}`))
}

/** The first stock location of the item that serves the order's sales channel, as Medusa reserves. */
function locationFor(link: any, salesChannelId: string | null): string | undefined {
  const levels: any[] = link?.inventory?.location_levels ?? []
  const list = (value: unknown): any[] => (Array.isArray(value) ? value : value ? [value] : [])
  const served = levels.find((level) =>
    list(level?.stock_locations).some((location) => list(location?.sales_channels).some((channel) => channel?.id === salesChannelId))
  )
  return served?.location_id
}
