import { model } from "@medusajs/framework/utils"
import { PRODUCT_GROUPS } from "../lib/domain"
import Producer from "./producer"

/**
 * An OCOP certificate: the rating decision for one product (linked to the
 * product through `links/product-ocop-certificate`). Whether it is valid is
 * computed from its dates at request time, never stored.
 */
const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    star: model.number(),
    score: model.number().nullable(),
    decision_number: model.text().searchable(),
    issuing_authority: model.text(),
    decision_date: model.dateTime(),
    expires_at: model.dateTime(),
    product_group: model.enum([...PRODUCT_GROUPS]),
    /** When and by which operator the paper certificate was checked; null until then. */
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "certificates" }),
  })
  .indexes([{ on: ["decision_number"] }, { on: ["expires_at"] }])

export default OcopCertificate
