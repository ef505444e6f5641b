import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findLivestreamStepId = "find-livestream"

export type StoredLivestream = {
  id: string
  producer_id: string
  product_id: string | null
  platform: string
  url: string
  title: string
  starts_at: string | Date
  ends_at: string | Date
}

/**
 * Reads one livestream. When `producer_id` is given, another producer's session
 * is answered exactly like a missing one (404), so its existence does not leak. Reads only.
 */
export const findLivestreamStep = createStep(findLivestreamStepId, async (input: { id: string; producer_id?: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "livestream",
    fields: ["id", "producer_id", "product_id", "platform", "url", "title", "starts_at", "ends_at"],
    filters: { id: input.id },
  })
  const stored = data[0] as StoredLivestream | undefined
  if (!stored || (input.producer_id && stored.producer_id !== input.producer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Livestream ${input.id} not found`)
  }
  return new StepResponse(stored)
})
