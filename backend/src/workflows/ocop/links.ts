import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"

/** Link records of `links/producer-product.ts`. */
export const producerProductLink = (producerId: string, productId: string) => ({
  [OCOP_MODULE]: { producer_id: producerId },
  [Modules.PRODUCT]: { product_id: productId },
})

/** Link records of `links/product-ocop-certificate.ts`. */
export const productCertificateLink = (productId: string, certificateId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [OCOP_MODULE]: { ocop_certificate_id: certificateId },
})
