import { defineLink } from "@medusajs/framework/utils"
import MarketplaceModule from "../modules/marketplace"
import OcopModule from "../modules/ocop"

/** A producer fulfils many producer orders; each producer order belongs to one producer. */
export default defineLink(OcopModule.linkable.producer, {
  linkable: MarketplaceModule.linkable.producerOrder,
  isList: true,
})
