/**
 * A published product with one variant, attached to a new producer, for tests
 * that need a catalog to hang other data on. Runs the same workflows as the admin API.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "../../src/workflows/ocop/workflows/create-producers"
import { linkProducerProductsWorkflow } from "../../src/workflows/ocop/workflows/link-producer-products"
import { createOcopCertificatesWorkflow } from "../../src/workflows/ocop/workflows/create-ocop-certificates"

export async function ratedProduct(
  container: MedusaContainer,
  options: { salesChannelId: string; handle: string; title: string; price: number; producerHandle: string; producerName: string; star?: number }
) {
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: options.title,
          handle: options.handle,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
          variants: [{ title: "Chai 500 ml", manage_inventory: false, options: { "Quy cách": "Chai 500 ml" }, prices: [{ amount: options.price, currency_code: "vnd" }] }],
          sales_channels: [{ id: options.salesChannelId }],
        },
      ],
    },
  })
  const product = products[0]
  const { result: producers } = await createProducersWorkflow(container).run({
    input: { producers: [{ handle: options.producerHandle, name: options.producerName, legal_form: "cooperative", commune: "Đặc khu Vân Đồn" }] },
  })
  await linkProducerProductsWorkflow(container).run({ input: { producer_id: producers[0].id, add: [product.id] } })
  if (options.star) {
    await createOcopCertificatesWorkflow(container).run({
      input: {
        certificates: [
          {
            product_id: product.id,
            star: options.star,
            decision_number: `${options.handle}/QĐ-UBND`,
            issuing_authority: "UBND tỉnh Quảng Ninh",
            decision_date: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10),
            product_group: "food",
          },
        ],
      },
    })
  }
  return { productId: product.id, variantId: product.variants[0].id, producerId: producers[0].id }
}
