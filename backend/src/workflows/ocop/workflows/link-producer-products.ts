import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { producerProductLink } from "../links"
import { validateProductsExistStep } from "../steps/validate-products-exist"

export const linkProducerProductsWorkflowId = "link-producer-products"

export type LinkProducerProductsInput = { producer_id: string; add?: string[]; remove?: string[] }

const requireProducerStep = createStep("require-producer", async (id: string, { container }) => {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [producer] = await ocop.listProducers({ id }, { select: ["id"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} not found`)
  return new StepResponse(producer.id)
})

/**
 * Attaches products to a producer (a product has one producer: a product
 * moving from another producer leaves it) and detaches others.
 */
export const linkProducerProductsWorkflow = createWorkflow(linkProducerProductsWorkflowId, (input: LinkProducerProductsInput) => {
  requireProducerStep(input.producer_id)
  const ids = transform({ input }, ({ input }) => [...new Set([...(input.add ?? []), ...(input.remove ?? [])])])
  const products = validateProductsExistStep(ids)
  const plan = transform({ input, products }, ({ input, products }) => {
    const add = new Set(input.add ?? [])
    const remove = new Set(input.remove ?? [])
    const both = [...add].find((id) => remove.has(id))
    if (both) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${both} is both added and removed`)
    const dismiss: ReturnType<typeof producerProductLink>[] = []
    const create: ReturnType<typeof producerProductLink>[] = []
    for (const product of products) {
      if (add.has(product.id) && product.producer_id !== input.producer_id) {
        if (product.producer_id) dismiss.push(producerProductLink(product.producer_id, product.id))
        create.push(producerProductLink(input.producer_id, product.id))
      }
      if (remove.has(product.id) && product.producer_id === input.producer_id) {
        dismiss.push(producerProductLink(input.producer_id, product.id))
      }
    }
    return { dismiss, create }
  })
  dismissRemoteLinkStep(plan.dismiss)
  createRemoteLinkStep(plan.create)
  // Search documents carry the producer: tell the index which products moved.
  const linked = transform({ input, ids }, ({ input, ids }) => ({ producer_id: input.producer_id, product_ids: ids }))
  emitEventStep({ eventName: "ocop.producer.products_linked", data: linked })
  return new WorkflowResponse({ producer_id: input.producer_id })
})
