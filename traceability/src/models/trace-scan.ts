import { model } from "@medusajs/framework/utils"

/**
 * One resolve of a label. Coarse place from proxy headers only; no IP
 * address, no identifier of the person.
 */
const TraceScan = model
  .define("trace_scan", {
    id: model.id({ prefix: "tscan" }).primaryKey(),
    gtin: model.text(),
    lot: model.text().nullable(),
    batch_id: model.text().nullable(),
    scanned_at: model.dateTime(),
    country: model.text().nullable(),
    region: model.text().nullable(),
    city: model.text().nullable(),
    client: model.text().nullable(),
  })
  .indexes([{ on: ["batch_id"] }, { on: ["gtin", "lot"] }])

export default TraceScan
