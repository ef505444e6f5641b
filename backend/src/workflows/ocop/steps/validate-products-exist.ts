import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProductsExistStepId = "validate-products-exist"

/** Refuses product ids that do not exist; returns each product's current producer id. Reads only. */
export const validateProductsExistStep = createStep(
  validateProductsExistStepId,
  async (productIds: string[], { container }) => {
    if (!productIds.length) return new StepResponse([] as { id: string; producer_id: string | null }[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })
    const found = new Set(data.map((p: any) => p.id))
    const missing = productIds.filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown product${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`)
    }
    return new StepResponse(data.map((p: any) => ({ id: p.id as string, producer_id: (p.producer?.id ?? null) as string | null })))
  }
)
