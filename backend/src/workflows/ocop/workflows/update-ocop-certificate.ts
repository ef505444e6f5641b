import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { checkCertificate, parseDate } from "../steps/prepare-ocop-certificates"
import { updateOcopCertificateStep } from "../steps/update-ocop-certificate"
import type { CertificateRecord, UpdateCertificateInput } from "../types"

export const updateOcopCertificateWorkflowId = "update-ocop-certificate"

/** Merges the changes into the stored certificate and checks the result as a whole. Reads only. */
const prepareCertificateUpdateStep = createStep(
  "prepare-ocop-certificate-update",
  async ({ input, stored }: { input: UpdateCertificateInput; stored: any[] }) => {
    const current = stored[0]
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${input.id} not found`)
    const changes: { id: string } & Partial<CertificateRecord> = { id: input.id }
    if (input.star !== undefined) changes.star = input.star
    if (input.score !== undefined) changes.score = input.score
    if (input.product_group !== undefined) changes.product_group = input.product_group
    if (input.issuing_authority !== undefined) changes.issuing_authority = input.issuing_authority.normalize("NFC").trim()
    if (input.decision_number !== undefined) changes.decision_number = input.decision_number.normalize("NFC").trim()
    if (input.decision_date !== undefined) changes.decision_date = parseDate(input.decision_date, "decision_date")
    if (input.expires_at) changes.expires_at = parseDate(input.expires_at, "expires_at")
    const merged = {
      star: changes.star ?? current.star,
      score: changes.score === undefined ? current.score : changes.score,
      decision_number: changes.decision_number ?? current.decision_number,
      decision_date: changes.decision_date ?? new Date(current.decision_date),
      expires_at: changes.expires_at ?? new Date(current.expires_at),
    }
    checkCertificate(merged)
    const siblings = (current.product?.ocop_certificates ?? []).filter((c: any) => c && c.id !== current.id)
    if (siblings.some((c: any) => c.decision_number === merged.decision_number)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `This product already has a certificate with decision number "${merged.decision_number}"`)
    }
    return new StepResponse(changes)
  }
)

/** Updates one OCOP certificate. */
export const updateOcopCertificateWorkflow = createWorkflow(updateOcopCertificateWorkflowId, (input: UpdateCertificateInput) => {
  const { data: stored } = useQueryGraphStep({
    entity: "ocop_certificate",
    fields: ["id", "star", "score", "decision_number", "decision_date", "expires_at", "product.ocop_certificates.id", "product.ocop_certificates.decision_number"],
    filters: { id: input.id },
  })
  const changes = prepareCertificateUpdateStep({ input, stored })
  return new WorkflowResponse(updateOcopCertificateStep(changes))
})
