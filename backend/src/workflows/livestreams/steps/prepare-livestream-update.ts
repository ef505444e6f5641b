import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkSchedule, livestreamTime, livestreamTitle, livestreamUrl } from "../rules"
import type { LivestreamRecord, UpdateLivestreamInput } from "../types"
import type { StoredLivestream } from "./find-livestream"

export const prepareLivestreamUpdateStepId = "prepare-livestream-update"

/**
 * Merges the changes into the stored livestream and checks the result as a whole:
 * the link against the (new) platform, the schedule (a changed start may not be in
 * the past), the product against the producer. Returns only the changed fields. Reads only.
 */
export const prepareLivestreamUpdateStep = createStep(
  prepareLivestreamUpdateStepId,
  async ({ input, stored }: { input: UpdateLivestreamInput; stored: StoredLivestream }, { container }) => {
    const changes: Partial<LivestreamRecord> = {}
    if (input.title !== undefined) changes.title = livestreamTitle(input.title)
    if (input.platform !== undefined) changes.platform = input.platform
    if (input.platform !== undefined || input.url !== undefined) {
      changes.url = livestreamUrl(input.platform ?? (stored.platform as any), input.url ?? stored.url)
    }
    if (input.starts_at !== undefined) changes.starts_at = livestreamTime(input.starts_at, "starts_at")
    if (input.ends_at !== undefined) changes.ends_at = livestreamTime(input.ends_at, "ends_at")
    if (changes.starts_at || changes.ends_at) {
      const startMoved = !!changes.starts_at && changes.starts_at.getTime() !== new Date(stored.starts_at).getTime()
      checkSchedule(
        { starts_at: changes.starts_at ?? new Date(stored.starts_at), ends_at: changes.ends_at ?? new Date(stored.ends_at) },
        new Date(),
        startMoved
      )
    }
    if (input.product_id !== undefined) {
      changes.product_id = input.product_id || null
      if (changes.product_id) {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: changes.product_id } })
        if ((data[0] as any)?.producer?.id !== stored.producer_id) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id ${changes.product_id} is not one of this producer's products`)
        }
      }
    }
    return new StepResponse(changes)
  }
)
