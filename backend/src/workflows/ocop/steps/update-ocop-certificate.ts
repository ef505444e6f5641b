import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificateRecord } from "../types"

export const updateOcopCertificateStepId = "update-ocop-certificate"

/** Updates one certificate; compensation restores the fields it changed. */
export const updateOcopCertificateStep = createStep(
  updateOcopCertificateStepId,
  async (input: { id: string } & Partial<CertificateRecord>, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { id, ...changes } = input
    const before = await ocop.retrieveOcopCertificate(id, { select: ["id", ...Object.keys(changes)] as any })
    const updated = await ocop.updateOcopCertificates({ id, ...changes } as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateOcopCertificates(before as any)
  }
)
