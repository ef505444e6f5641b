import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { productCertificateLink } from "../links"
import { createOcopCertificatesStep } from "../steps/create-ocop-certificates"
import { prepareOcopCertificatesStep } from "../steps/prepare-ocop-certificates"
import type { CreateCertificateInput } from "../types"

export const createOcopCertificatesWorkflowId = "create-ocop-certificates"

/** Records OCOP certificates for products and links each to its product. */
export const createOcopCertificatesWorkflow = createWorkflow(
  createOcopCertificatesWorkflowId,
  (input: { certificates: CreateCertificateInput[] }) => {
    const prepared = prepareOcopCertificatesStep(input.certificates)
    const records = transform({ prepared }, ({ prepared }) => prepared.map((p) => p.record))
    const certificates = createOcopCertificatesStep(records)
    const links = transform({ prepared, certificates }, ({ prepared, certificates }) =>
      certificates.map((certificate, i) => productCertificateLink(prepared[i].product_id, certificate.id))
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(certificates)
  }
)
