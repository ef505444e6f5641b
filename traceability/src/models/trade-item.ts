import { model } from "@medusajs/framework/utils"

/** A GTIN-14 given to one product variant (linked in `backend/src/links/product-variant-trade-item.ts`). */
const TradeItem = model.define("trade_item", {
  id: model.id({ prefix: "titem" }).primaryKey(),
  gtin: model.text().unique(),
})

export default TradeItem
