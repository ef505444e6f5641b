import { model } from "@medusajs/framework/utils"
import ProductionBatch from "./production-batch"

export const AREA_TYPES = ["crop_area", "aquaculture_area", "packing_house"] as const

/**
 * A registered growing area, aquaculture area or packing house. The code is
 * kept as issued (its official grammar is not fixed); the producer that owns
 * it is a link (`backend/src/links/producer-growing-area.ts`).
 */
const GrowingArea = model
  .define("growing_area", {
    id: model.id({ prefix: "garea" }).primaryKey(),
    code: model.text().unique().searchable(),
    area_type: model.enum([...AREA_TYPES]),
    name: model.text().searchable(),
    crop: model.text().nullable(),
    area_ha: model.float().nullable(),
    province: model.text().default("Quảng Ninh"),
    commune: model.text(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    issuer: model.text().nullable(),
    valid_from: model.dateTime().nullable(),
    valid_to: model.dateTime().nullable(),
    certifications: model.json().nullable(),
    batches: model.manyToMany(() => ProductionBatch, { mappedBy: "growing_areas" }),
  })

export default GrowingArea
