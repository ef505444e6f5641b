import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** A shopper's order is split into one producer order per producer. */
export default defineLink(OrderModule.linkable.order, {
  linkable: MarketplaceModule.linkable.producerOrder,
  isList: true,
})
