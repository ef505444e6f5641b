import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const deleteOcopCertificatesStepId = "delete-ocop-certificates"

/** Soft-deletes certificates; compensation restores them. */
export const deleteOcopCertificatesStep = createStep(
  deleteOcopCertificatesStepId,
  async (ids: string[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteOcopCertificates(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreOcopCertificates(ids)
  }
)
