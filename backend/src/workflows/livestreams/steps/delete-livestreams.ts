import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const deleteLivestreamsStepId = "delete-livestreams"

/** Soft-deletes livestreams; compensation restores them. */
export const deleteLivestreamsStep = createStep(
  deleteLivestreamsStepId,
  async (ids: string[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteLivestreams(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreLivestreams(ids)
  }
)
