import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { producerProductLink } from "../../ocop/links"
import { findVariantInventoryStep } from "../steps/find-variant-inventory"
import { prepareProducerProductStep, type NewListing } from "../steps/prepare-producer-product"

export const createProducerProductWorkflowId = "create-producer-product"

/**
 * A producer's new listing: a draft product with VND prices in the marketplace's sales channel,
 * linked to the producer, with its stock at the marketplace warehouse. Each part is undone if a
 * later one fails (Medusa's nested workflows compensate themselves).
 */
export const createProducerProductWorkflow = createWorkflow(
  createProducerProductWorkflowId,
  (input: { producer_id: string; listing: NewListing }) => {
    const prepared = prepareProducerProductStep(input.listing)
    const products = createProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ products: [prepared.product as any] })),
    })
    const productId = transform({ products }, ({ products }) => products[0].id as string)
    createRemoteLinkStep(transform({ input, productId }, ({ input, productId }) => [producerProductLink(input.producer_id, productId)]))
    const levels = findVariantInventoryStep(
      transform({ prepared, productId }, ({ prepared, productId }) => ({ product_id: productId, location_id: prepared.location_id, stock: prepared.stock }))
    )
    createInventoryLevelsWorkflow.runAsStep({ input: transform({ levels }, ({ levels }) => ({ inventory_levels: levels })) })
    emitEventStep({
      eventName: "ocop.producer.products_linked",
      data: transform({ input, productId }, ({ input, productId }) => ({ producer_id: input.producer_id, product_ids: [productId] })),
    })
    return new WorkflowResponse(transform({ productId }, ({ productId }) => ({ id: productId })))
  }
)
