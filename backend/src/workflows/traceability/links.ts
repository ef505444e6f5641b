import { Modules } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { OCOP_MODULE } from "../../modules/ocop"

/** Link records of `links/producer-growing-area.ts`. */
export const producerGrowingAreaLink = (producerId: string, areaId: string) => ({
  [OCOP_MODULE]: { producer_id: producerId },
  [TRACEABILITY_MODULE]: { growing_area_id: areaId },
})

/** Link records of `links/product-variant-trade-item.ts`. */
export const variantTradeItemLink = (variantId: string, tradeItemId: string) => ({
  [Modules.PRODUCT]: { product_variant_id: variantId },
  [TRACEABILITY_MODULE]: { trade_item_id: tradeItemId },
})
