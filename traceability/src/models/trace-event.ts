import { model } from "@medusajs/framework/utils"
import ProductionBatch from "./production-batch"

export const EVENT_TYPES = ["ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent", "AssociationEvent"] as const

/**
 * A supply-chain event in the EPCIS 2.0 shape (what, when, where, why),
 * chained to the previous event of its batch by hash. Never updated: a
 * correction is a new event naming the one it corrects.
 */
const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tevt" }).primaryKey(),
    sequence: model.number(),
    event_type: model.enum([...EVENT_TYPES]),
    event_time: model.dateTime(),
    event_timezone: model.text(),
    action: model.text().nullable(),
    biz_step: model.text(),
    disposition: model.text().nullable(),
    read_point: model.text().nullable(),
    biz_location: model.text().nullable(),
    inputs: model.json().nullable(),
    outputs: model.json().nullable(),
    note: model.text().nullable(),
    corrects_event_id: model.text().nullable(),
    previous_hash: model.text().nullable(),
    hash: model.text(),
    batch: model.belongsTo(() => ProductionBatch, { mappedBy: "events" }),
  })
  .indexes([{ on: ["batch_id", "sequence"], unique: true }])

export default TraceEvent
