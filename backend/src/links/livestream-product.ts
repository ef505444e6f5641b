import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * A livestream may feature one product (`livestream.product_id`). Read-only: no
 * link table; `query.graph` joins `livestream.featured_product` from the stored id
 * (the alias `product` is taken in the ocop module by the certificate's link).
 */
export default defineLink(
  { linkable: OcopModule.linkable.livestream, field: "product_id" },
  { linkable: ProductModule.linkable.product, alias: "featured_product" },
  { readOnly: true }
)
