import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  emitEventStep,
} from "@medusajs/medusa/core-flows"
import { prepareProductUpdateStep, type ListingChanges } from "../steps/prepare-product-update"
import { setVariantPricesStep } from "../steps/set-variant-prices"
import { SEARCH_EVENTS } from "../../../lib/search/events"

export const updateProducerProductWorkflowId = "update-producer-product"

/** A producer edits its own listing: text, pictures, variants' prices and stock (each nested workflow undoes itself). */
export const updateProducerProductWorkflow = createWorkflow(
  updateProducerProductWorkflowId,
  (input: { producer_id: string; product_id: string; changes: ListingChanges }) => {
    const plan = prepareProductUpdateStep(input)
    when("update-listing-product", { plan }, ({ plan }) => !!plan.product_update).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, plan }, ({ input, plan }) => ({ selector: { id: input.product_id }, update: plan.product_update as any })),
      })
    })
    when("update-listing-variants", { plan }, ({ plan }) => plan.variant_updates.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan.variant_updates as any })) })
    })
    setVariantPricesStep(transform({ plan }, ({ plan }) => plan.price_updates))
    // Prices are written in the pricing module, which emits no product event: say the product changed,
    // so the store catalog's snapshot and the search document follow the new price.
    when("announce-listing-prices", { plan }, ({ plan }) => plan.price_updates.length > 0).then(() => {
      emitEventStep({ eventName: SEARCH_EVENTS.productUpdated, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
    })
    when("update-listing-stock", { plan }, ({ plan }) => plan.level_updates.length > 0).then(() => {
      updateInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ updates: plan.level_updates })) })
    })
    when("create-listing-stock", { plan }, ({ plan }) => plan.level_creates.length > 0).then(() => {
      createInventoryLevelsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ inventory_levels: plan.level_creates })) })
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
