import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { productCertificateLink } from "../links"
import { deleteOcopCertificatesStep } from "../steps/delete-ocop-certificates"

export const deleteOcopCertificateWorkflowId = "delete-ocop-certificate"

/** Deletes a certificate recorded in error, and its link to the product. */
export const deleteOcopCertificateWorkflow = createWorkflow(deleteOcopCertificateWorkflowId, (input: { id: string }) => {
  const { data: stored } = useQueryGraphStep({
    entity: "ocop_certificate",
    fields: ["id", "product.id"],
    filters: { id: input.id },
  })
  const links = transform({ stored, input }, ({ stored, input }) => {
    if (!stored[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${input.id} not found`)
    return stored[0].product?.id ? [productCertificateLink(stored[0].product.id, input.id)] : []
  })
  dismissRemoteLinkStep(links)
  deleteOcopCertificatesStep([input.id])
  return new WorkflowResponse({ id: input.id })
})
