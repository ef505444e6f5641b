import { model } from "@medusajs/framework/utils"
import GrowingArea from "./growing-area"
import TraceEvent from "./trace-event"

export const BATCH_STATUSES = ["draft", "published", "withdrawn"] as const

/**
 * A production batch (lot) of one trade item. Once published it is signed and
 * append-only: corrections are new events; only withdrawal changes its status.
 */
const ProductionBatch = model
  .define("production_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    gtin: model.text(),
    lot: model.text(),
    status: model.enum([...BATCH_STATUSES]).default("draft"),
    harvest_date: model.dateTime().nullable(),
    production_date: model.dateTime(),
    expiry_date: model.dateTime().nullable(),
    quantity: model.number(),
    unit: model.text(),
    standards: model.json().nullable(),
    published_at: model.dateTime().nullable(),
    withdrawn_at: model.dateTime().nullable(),
    withdrawal_reason: model.text().nullable(),
    /** The signed record: hash of its canonical payload, Ed25519 signature and key id. */
    record: model.json().nullable(),
    record_hash: model.text().nullable(),
    signature: model.text().nullable(),
    key_id: model.text().nullable(),
    growing_areas: model.manyToMany(() => GrowingArea, { mappedBy: "batches" }),
    events: model.hasMany(() => TraceEvent, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["gtin", "lot"], unique: true }])

export default ProductionBatch
