import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findVariantInventoryStepId = "find-variant-inventory"

/** The inventory levels to create for new variants, matched by variant title. Reads only. */
export const findVariantInventoryStep = createStep(
  findVariantInventoryStepId,
  async (input: { product_id: string; location_id: string; stock: { title: string; quantity: number }[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "title", "inventory_items.inventory_item_id"], filters: { product_id: input.product_id } })
    const levels = input.stock.map((wanted) => {
      const variant = (data as any[]).find((v) => v.title === wanted.title)
      const item = variant?.inventory_items?.find((i: any) => i?.inventory_item_id)?.inventory_item_id
      if (!item) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Variant "${wanted.title}" has no inventory item`)
      return { inventory_item_id: item as string, location_id: input.location_id, stocked_quantity: wanted.quantity }
    })
    return new StepResponse(levels)
  }
)
