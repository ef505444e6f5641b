import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "@ocop/traceability"

/** Each product variant has one GTIN-14 (its trade item). */
export default defineLink(ProductModule.linkable.productVariant, TraceabilityModule.linkable.tradeItem)
