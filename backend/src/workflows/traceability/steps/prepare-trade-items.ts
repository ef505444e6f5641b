import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { makeGtin14, toGtin14, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { asInvalidData, invalid } from "../errors"

export const prepareTradeItemsStepId = "prepare-trade-items"

export type AssignGtinInput = { variant_id: string; gtin?: string | null }

/**
 * Decides the GTIN-14 of each variant that has none: the one given (check
 * digit verified) or the next free one under the configured GS1 company
 * prefix. Variants that already have a GTIN are left alone. Reads only.
 */
export const prepareTradeItemsStep = createStep(prepareTradeItemsStepId, async (input: AssignGtinInput[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const variantIds = [...new Set(input.map((v) => v.variant_id))]
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "trade_item.gtin"], filters: { id: variantIds } })
  const byId = new Map(variants.map((v: any) => [v.id, v]))
  const missing = variantIds.filter((id) => !byId.has(id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown product variant: ${missing.join(", ")}`)

  const wanted: { variant_id: string; gtin: string | null }[] = []
  for (const item of input) {
    const current = (byId.get(item.variant_id) as any).trade_item?.gtin as string | undefined
    const given = item.gtin ? asInvalidData(() => toGtin14(item.gtin!)) : null
    if (current) {
      if (given && given !== current) throw invalid(`Variant ${item.variant_id} already has GTIN ${current}`)
      continue
    }
    if (!wanted.some((w) => w.variant_id === item.variant_id)) wanted.push({ variant_id: item.variant_id, gtin: given })
  }
  const given = wanted.map((w) => w.gtin).filter((g): g is string => !!g)
  if (given.length) {
    const taken = await traceability.listTradeItems({ gtin: given }, { select: ["gtin"] })
    if (taken.length) throw invalid(`GTIN ${taken[0].gtin} already belongs to another variant`)
  }

  // Item references are numbered after the highest one issued under our prefix.
  const prefix = traceability.gs1CompanyPrefix
  const referenceDigits = 12 - prefix.length
  const ours = wanted.some((w) => !w.gtin) ? await traceability.listTradeItems({ gtin: { $like: `0${prefix}%` } }, { select: ["gtin"] }) : []
  let next = Math.max(0, ...ours.map((t) => Number(t.gtin.slice(1 + prefix.length, 13)))) + 1
  const items = wanted.map((w) => {
    if (w.gtin) return { variant_id: w.variant_id, gtin: w.gtin }
    if (String(next).length > referenceDigits) throw invalid(`The GS1 company prefix ${prefix} has no item references left`)
    const gtin = asInvalidData(() => makeGtin14(prefix, String(next++).padStart(referenceDigits, "0")))
    return { variant_id: w.variant_id, gtin }
  })
  return new StepResponse(items)
})
