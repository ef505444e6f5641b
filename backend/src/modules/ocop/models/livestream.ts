import { model } from "@medusajs/framework/utils"
import { LIVESTREAM_PLATFORMS } from "../../../lib/livestreams/url"
import Producer from "./producer"

/**
 * A producer's livestream on Facebook, TikTok, Zalo or YouTube, optionally about
 * one of its products (`product_id`, joined to the product by the read-only link
 * `links/livestream-product`). Whether it is live, upcoming or over is computed
 * from `starts_at`/`ends_at` at request time, never stored.
 */
const Livestream = model
  .define("livestream", {
    id: model.id({ prefix: "lvs" }).primaryKey(),
    product_id: model.text().nullable(),
    platform: model.enum([...LIVESTREAM_PLATFORMS]),
    url: model.text(),
    title: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    producer: model.belongsTo(() => Producer, { mappedBy: "livestreams" }),
  })
  .indexes([{ on: ["starts_at"] }, { on: ["ends_at"] }, { on: ["product_id"] }])

export default Livestream
