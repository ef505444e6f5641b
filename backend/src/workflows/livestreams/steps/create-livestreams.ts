import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { LivestreamRecord } from "../types"

export const createLivestreamsStepId = "create-livestreams"

/** Creates livestreams; compensation deletes them. */
export const createLivestreamsStep = createStep(
  createLivestreamsStepId,
  async (records: LivestreamRecord[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = (await ocop.createLivestreams(records as any)) as unknown as { id: string }[]
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteLivestreams(ids)
  }
)
