import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const deleteProducersStepId = "delete-producers"

/** Soft-deletes producers; compensation restores them. */
export const deleteProducersStep = createStep(
  deleteProducersStepId,
  async (ids: string[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteProducers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreProducers(ids)
  }
)
