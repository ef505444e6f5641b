import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateEntityStep } from "../../common/update-entity"

export const verifyOcopCertificateWorkflowId = "verify-ocop-certificate"

/** Records that the operator checked a certificate against its paper decision (when and who), or clears it. */
export const verifyOcopCertificateWorkflow = createWorkflow(
  verifyOcopCertificateWorkflowId,
  (input: { id: string; verified: boolean; verified_by: string }) => {
    const certificate = updateEntityStep(
      transform({ input }, ({ input }) => ({
        module: "ocop",
        retrieveMethod: "retrieveOcopCertificate",
        updateMethod: "updateOcopCertificates",
        id: input.id,
        changes: input.verified ? { verified_at: new Date(), verified_by: input.verified_by } : { verified_at: null, verified_by: null },
      }))
    )
    return new WorkflowResponse(certificate)
  }
)
