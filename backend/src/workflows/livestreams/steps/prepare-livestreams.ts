import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkSchedule, livestreamTime, livestreamTitle, livestreamUrl } from "../rules"
import type { CreateLivestreamInput, LivestreamRecord } from "../types"

export const prepareLivestreamsStepId = "prepare-livestreams"

/**
 * Turns livestream input into records: title NFC, link checked for its platform
 * and normalised, times parsed (Vietnam time when no offset), schedule checked.
 * Refuses unknown producers and products that are not the producer's own. Reads only.
 */
export const prepareLivestreamsStep = createStep(prepareLivestreamsStepId, async (input: CreateLivestreamInput[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const producerIds = [...new Set(input.map((l) => l.producer_id))]
  const productIds = [...new Set(input.map((l) => l.product_id).filter((id): id is string => !!id))]
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: producerIds } })
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds } })
    : { data: [] as any[] }
  const knownProducers = new Set(producers.map((p: any) => p.id))
  const producerOfProduct = new Map(products.map((p: any) => [p.id, p.producer?.id ?? null]))
  const records = input.map((livestream): LivestreamRecord => {
    if (!knownProducers.has(livestream.producer_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${livestream.producer_id} not found`)
    const product_id = livestream.product_id || null
    if (product_id && producerOfProduct.get(product_id) !== livestream.producer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id ${product_id} is not one of this producer's products`)
    }
    const starts_at = livestreamTime(livestream.starts_at, "starts_at")
    const ends_at = livestreamTime(livestream.ends_at, "ends_at")
    checkSchedule({ starts_at, ends_at }, now, true)
    return {
      producer_id: livestream.producer_id,
      product_id,
      platform: livestream.platform,
      url: livestreamUrl(livestream.platform, livestream.url),
      title: livestreamTitle(livestream.title),
      starts_at,
      ends_at,
    }
  })
  return new StepResponse(records)
})
