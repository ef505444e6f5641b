import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatDigitalLink, parseDigitalLink, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { asInvalidData, invalid } from "../errors"

export const prepareProductionBatchStepId = "prepare-production-batch"

export type CreateBatchInput = {
  variant_id: string
  lot: string
  production_date: string
  harvest_date?: string | null
  expiry_date?: string | null
  quantity: number
  unit: string
  standards?: string[] | null
  growing_area_ids?: string[]
}

/**
 * Checks a new batch: the variant has a GTIN, the lot is a valid GS1 batch
 * value not used before for that GTIN, dates are in order and the growing
 * areas belong to the product's producer. Reads only.
 */
export const prepareProductionBatchStep = createStep(prepareProductionBatchStepId, async (input: CreateBatchInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "trade_item.gtin", "product.producer.growing_areas.id"],
    filters: { id: input.variant_id },
  })
  const variant: any = variants[0]
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown product variant: ${input.variant_id}`)
  const gtin: string | undefined = variant.trade_item?.gtin
  if (!gtin) throw invalid(`Variant ${input.variant_id} has no GTIN yet`)
  const lot = input.lot.trim()
  asInvalidData(() => parseDigitalLink(new URL(formatDigitalLink({ base: "https://example.invalid", gtin, lot })).pathname))

  const production = new Date(input.production_date)
  const harvest = input.harvest_date ? new Date(input.harvest_date) : null
  const expiry = input.expiry_date ? new Date(input.expiry_date) : null
  if (harvest && harvest > production) throw invalid("harvest_date must not be after production_date")
  if (expiry && expiry <= production) throw invalid("expiry_date must be after production_date")

  const owned = new Set<string>((variant.product?.producer?.growing_areas ?? []).filter(Boolean).map((a: any) => a.id))
  const foreign = (input.growing_area_ids ?? []).filter((id) => !owned.has(id))
  if (foreign.length) throw invalid(`Growing area ${foreign[0]} does not belong to this product's producer`)

  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [existing] = await traceability.listProductionBatches({ gtin, lot }, { select: ["id"] })
  if (existing) throw invalid(`Lot ${lot} already exists for GTIN ${gtin}`)

  return new StepResponse({
    gtin,
    lot,
    production_date: production,
    harvest_date: harvest,
    expiry_date: expiry,
    quantity: input.quantity,
    unit: input.unit.normalize("NFC").trim(),
    standards: input.standards ?? [],
    growing_areas: input.growing_area_ids ?? [],
    status: "draft" as const,
  })
})
