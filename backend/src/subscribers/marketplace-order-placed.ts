import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { splitOrderByProducerWorkflow } from "../workflows/checkout/workflows/split-order-by-producer"

/** Splits every placed order into producer orders (a no-op for one the checkout route already split). */
export default async function marketplaceOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderByProducerWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED, context: { subscriberId: "marketplace-order-placed" } }
