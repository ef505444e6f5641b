import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificateRecord } from "../types"

export const createOcopCertificatesStepId = "create-ocop-certificates"

/** Creates certificates; compensation deletes them. */
export const createOcopCertificatesStep = createStep(
  createOcopCertificatesStepId,
  async (records: CertificateRecord[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const certificates = (await ocop.createOcopCertificates(records as any)) as unknown as ({ id: string } & CertificateRecord)[]
    return new StepResponse(certificates, certificates.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteOcopCertificates(ids)
  }
)
