import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A producer sells many products; a product has one producer. */
export default defineLink(OcopModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
