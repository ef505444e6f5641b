/**
 * The product catalog of the seed: created when missing (matched by handle),
 * left alone when present, through Medusa's product workflow.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS, type SeedProduct } from "../data/products"
import { nfc } from "./text"
import type { StoreSetup } from "./store-setup"

function toWorkflowInput(product: SeedProduct, setup: StoreSetup) {
  const optionTitle = nfc(product.optionTitle)
  return {
    title: nfc(product.title),
    handle: product.handle,
    subtitle: product.subtitle ? nfc(product.subtitle) : undefined,
    description: nfc(product.description),
    status: ProductStatus.PUBLISHED,
    options: [{ title: optionTitle, values: product.variants.map((v) => nfc(v.option)) }],
    variants: product.variants.map((variant) => ({
      title: nfc(variant.option),
      sku: variant.sku,
      manage_inventory: false,
      options: { [optionTitle]: nfc(variant.option) },
      prices: [{ amount: variant.price, currency_code: "vnd" }],
    })),
    sales_channels: [{ id: setup.salesChannelId }],
  }
}

export async function seedCatalog(container: MedusaContainer, setup: StoreSetup) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const present = new Set(existing.map((p: { handle: string }) => p.handle))
  const missing = PRODUCTS.filter((p) => !present.has(p.handle))
  if (missing.length === 0) {
    logger.info("Catalog already seeded")
    return
  }
  await createProductsWorkflow(container).run({
    input: { products: missing.map((p) => toWorkflowInput(p, setup)) },
  })
  logger.info(`Seeded ${missing.length} products`)
}
