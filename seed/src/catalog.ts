/**
 * The OCOP catalog of the seed, every write through a workflow:
 * the warehouse, the producers, the products (with pictures, VND prices and
 * stock), each product's link to its producer and its OCOP certificates.
 *
 * Idempotent and self-healing: producers and products are matched by handle,
 * certificates by product and decision number, stock by variant and location;
 * only what is missing is created, so a second run creates nothing and a run
 * cut short is finished by the next one.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { linkProducerProductsWorkflow } from "../../backend/src/workflows/ocop/workflows/link-producer-products"
import { PRODUCTS, type SeedProduct } from "../data/products"
import { ensureCertificates } from "./certificates"
import { IMAGE_WIDTHS, imageUrl, picturesEnabled, renderImages, uploadImages, type RenderedImage, type UploadedImages } from "./images"
import { ensureInventoryLevels, ensureStockLocation } from "./inventory"
import { productImageBase, productPictures } from "./pictures"
import { seedProducers } from "./producers"
import type { StoreSetup } from "./store-setup"
import { nfc } from "./text"

/** Products per `createProductsWorkflow` run. */
const BATCH = 50

export function toProductInput(product: SeedProduct, setup: StoreSetup, images?: UploadedImages) {
  const optionTitle = nfc(product.optionTitle)
  const pictures = Array.from({ length: product.imageCount }, (_, i) => productImageBase(product, i))
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]
  return {
    title: nfc(product.title),
    handle: product.handle,
    subtitle: product.subtitle ? nfc(product.subtitle) : undefined,
    description: nfc(product.description),
    status: ProductStatus.PUBLISHED,
    origin_country: "vn",
    material: product.material ? nfc(product.material) : undefined,
    thumbnail: images ? imageUrl(images, pictures[0], IMAGE_WIDTHS[0]) : undefined,
    images: images ? pictures.map((base) => ({ url: imageUrl(images, base, largest) })) : undefined,
    metadata: { origin: nfc(product.origin), image_sizes: [...IMAGE_WIDTHS] },
    options: [{ title: optionTitle, values: product.variants.map((v) => nfc(v.option)) }],
    variants: product.variants.map((variant) => ({
      title: nfc(variant.option),
      sku: variant.sku,
      manage_inventory: true,
      weight: variant.weight ?? undefined,
      options: { [optionTitle]: nfc(variant.option) },
      prices: [{ amount: variant.price, currency_code: "vnd" }],
    })),
    sales_channels: [{ id: setup.salesChannelId }],
  }
}

type ProductState = { id: string; producerId: string | null; decisionNumbers: Set<string>; complete: boolean }

const SEED_BY_HANDLE = new Map(PRODUCTS.map((p) => [p.handle, p]))

/**
 * A product is complete when each of its seed variants exists with a price set and an
 * inventory item. `createProductsWorkflow` writes the product first and its variants in a
 * nested workflow: a run killed in between (no compensation runs then) leaves a product
 * without variants, which the next run must not take as done.
 */
function isComplete(row: any): boolean {
  const seed = SEED_BY_HANDLE.get(row.handle)
  const variants = new Map<string, any>((row.variants ?? []).filter(Boolean).map((v: any) => [v.sku, v]))
  return !!seed && seed.variants.every((sv) => {
    const v = variants.get(sv.sku)
    return !!v?.price_set?.id && (v.inventory_items ?? []).some((i: any) => i?.inventory_item_id)
  })
}

async function loadProducts(container: MedusaContainer): Promise<Map<string, ProductState>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "producer.id", "ocop_certificates.decision_number", "variants.sku", "variants.price_set.id", "variants.inventory_items.inventory_item_id"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  return new Map(
    (data as any[]).map((p) => [
      p.handle as string,
      {
        id: p.id as string,
        producerId: (p.producer?.id ?? null) as string | null,
        decisionNumbers: new Set<string>((p.ocop_certificates ?? []).filter(Boolean).map((c: { decision_number: string }) => c.decision_number)),
        complete: isComplete(p),
      },
    ])
  )
}

/**
 * Creates products in batches. The pictures of the next batch are rendered
 * (in sharp's threads) while the current batch is uploaded and written.
 */
async function createMissingProducts(container: MedusaContainer, setup: StoreSetup, missing: readonly SeedProduct[]) {
  const batches: SeedProduct[][] = []
  for (let start = 0; start < missing.length; start += BATCH) batches.push(missing.slice(start, start + BATCH))
  const render = (batch: SeedProduct[]): Promise<RenderedImage[] | undefined> => {
    if (!picturesEnabled()) return Promise.resolve(undefined)
    const rendering = renderImages(batch.flatMap(productPictures))
    rendering.catch(() => undefined) // awaited below; this only keeps an early failure from being "unhandled"
    return rendering
  }
  let next = render(batches[0])
  for (let i = 0; i < batches.length; i++) {
    const rendered = await next
    if (i + 1 < batches.length) next = render(batches[i + 1])
    const images = rendered && (await uploadImages(container, rendered))
    await createProductsWorkflow(container).run({
      input: { products: batches[i].map((p) => toProductInput(p, setup, images)) },
    })
  }
}

/** Attaches each product to its producer, one workflow run per producer with something to attach. */
async function linkProducers(container: MedusaContainer, state: Map<string, ProductState>, producerIds: Map<string, string>): Promise<number> {
  const byProducer = new Map<string, string[]>()
  for (const product of PRODUCTS) {
    const current = state.get(product.handle)
    const producerId = producerIds.get(product.producer)
    if (!current || !producerId || current.producerId === producerId) continue
    byProducer.set(producerId, [...(byProducer.get(producerId) ?? []), current.id])
  }
  for (const [producerId, add] of byProducer) {
    await linkProducerProductsWorkflow(container).run({ input: { producer_id: producerId, add } })
  }
  return [...byProducer.values()].reduce((n, ids) => n + ids.length, 0)
}

export async function seedCatalog(container: MedusaContainer, setup: StoreSetup) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const locationId = await ensureStockLocation(container, setup.salesChannelId)
  const producerIds = await seedProducers(container)

  let state = await loadProducts(container)
  // Half-made products of an interrupted run are deleted and made again.
  const halfMade = PRODUCTS.filter((p) => state.has(p.handle) && !state.get(p.handle)!.complete)
  if (halfMade.length) {
    await deleteProductsWorkflow(container).run({ input: { ids: halfMade.map((p) => state.get(p.handle)!.id) } })
    for (const p of halfMade) state.delete(p.handle)
    logger.info(`Removed ${halfMade.length} products left half-made by an interrupted run`)
  }
  const missing = PRODUCTS.filter((p) => !state.has(p.handle))
  if (missing.length) {
    await createMissingProducts(container, setup, missing)
    state = await loadProducts(container)
  }

  const linked = await linkProducers(container, state, producerIds)
  const certified = await ensureCertificates(
    container,
    PRODUCTS.filter((p) => state.has(p.handle)).map((seed) => ({
      id: state.get(seed.handle)!.id,
      seed,
      decisionNumbers: state.get(seed.handle)!.decisionNumbers,
    }))
  )
  const stocked = await ensureInventoryLevels(
    container,
    locationId,
    PRODUCTS.flatMap((p) => p.variants.map((v) => ({ sku: v.sku, quantity: v.inventory })))
  )

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (missing.length || linked || certified || stocked) {
    logger.info(`Seeded ${missing.length} products, ${linked} producer links, ${certified} certificates, ${stocked} stock levels in ${seconds} s`)
  } else {
    logger.info(`Catalog already seeded (${PRODUCTS.length} products, checked in ${seconds} s)`)
  }
}
