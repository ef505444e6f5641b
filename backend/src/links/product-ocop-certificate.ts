import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A product's OCOP certificates: its rating history, the current one being the latest valid. */
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopCertificate,
  isList: true,
})
