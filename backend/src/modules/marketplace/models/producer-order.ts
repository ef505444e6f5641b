import { model } from "@medusajs/framework/utils"
import { PRODUCER_ORDER_STATUSES } from "../lib/status"

/**
 * One producer's part of a shopper's order: the lines of that producer's
 * products, their share of the order's item and shipping totals (whole đồng,
 * adding up exactly to the order), and the parcel's way from pending to
 * delivered or cancelled. Linked to the Medusa order and to the producer
 * (backend/src/links); `order_id` is kept too, so one order cannot be split twice.
 */
const ProducerOrder = model
  .define("producer_order", {
    id: model.id({ prefix: "pord" }).primaryKey(),
    order_id: model.text(),
    /** 1, 2, … within the order, by producer name. */
    sequence: model.number(),
    /** "#1024-2": the order's display id and the sequence. */
    display_number: model.text().searchable(),
    status: model.enum([...PRODUCER_ORDER_STATUSES]).default("pending"),
    /** The producer's name when the order was placed (the producer itself is linked). */
    producer_name: model.text().nullable(),
    currency_code: model.text(),
    item_total: model.bigNumber(),
    shipping_total: model.bigNumber(),
    total: model.bigNumber(),
    /** Cash collected on delivery for this part (cash on delivery only). */
    captured_total: model.bigNumber().default(0),
    refunded_total: model.bigNumber().default(0),
    /** [{ line_item_id, variant_id, product_id, title, variant_title, quantity, unit_price, total }] */
    items: model.json(),
    /** { carrier, number, url } given when shipped. */
    tracking: model.json().nullable(),
    /** The Medusa fulfillment created when the parcel was shipped. */
    fulfillment_id: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["order_id", "sequence"], unique: true },
    { on: ["status"] },
  ])

export default ProducerOrder
