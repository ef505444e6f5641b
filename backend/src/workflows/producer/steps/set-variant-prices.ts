import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setVariantPricesStepId = "set-variant-prices"

type PriceRow = { id: string; amount: number; currency_code: string }
type PriceSetState = { price_set_id: string; prices: PriceRow[] }

async function priceSets(container: any, variantIds: string[]): Promise<Map<string, PriceSetState>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "price_set.id", "price_set.prices.id", "price_set.prices.amount", "price_set.prices.currency_code"],
    filters: { id: variantIds },
  })
  return new Map(
    (data as any[]).map((v) => [
      v.id,
      { price_set_id: v.price_set?.id, prices: (v.price_set?.prices ?? []).map((p: any) => ({ id: p.id, amount: Number(p.amount), currency_code: p.currency_code })) },
    ])
  )
}

async function writePrices(container: any, state: PriceSetState) {
  const pricing = container.resolve(Modules.PRICING)
  await pricing.updatePriceSets(state.price_set_id, { prices: state.prices.map((p) => ({ id: p.id, amount: p.amount, currency_code: p.currency_code })) as any })
}

/** Sets the VND price of variants in their price sets (other prices kept); compensation writes the old amounts back. */
export const setVariantPricesStep = createStep(
  setVariantPricesStepId,
  async (input: { variant_id: string; amount: number }[], { container }) => {
    if (!input.length) return new StepResponse(void 0, [] as PriceSetState[])
    const before = await priceSets(container, input.map((i) => i.variant_id))
    const undo: PriceSetState[] = []
    for (const change of input) {
      const state = before.get(change.variant_id)
      if (!state?.price_set_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${change.variant_id} has no prices to change`)
      const hasVnd = state.prices.some((p) => p.currency_code === "vnd")
      const prices = hasVnd
        ? state.prices.map((p) => (p.currency_code === "vnd" ? { ...p, amount: change.amount } : p))
        : [...state.prices, { amount: change.amount, currency_code: "vnd" } as PriceRow]
      await writePrices(container, { price_set_id: state.price_set_id, prices })
      undo.push(state)
    }
    return new StepResponse(void 0, undo)
  },
  async (undo, { container }) => {
    for (const state of undo ?? []) await writePrices(container, state)
  }
)
