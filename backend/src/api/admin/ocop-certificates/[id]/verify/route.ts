import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyOcopCertificateWorkflow } from "../../../../../workflows/ocop/workflows/verify-ocop-certificate"
import type { AdminVerifyCertificate } from "../../../producer-listings/validators"
import { refetchCertificate } from "../../helpers"

/** The operator checked the paper decision (or takes the check back). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVerifyCertificate>, res: MedusaResponse) => {
  await refetchCertificate(req, req.params.id)
  const { verified } = req.validatedBody as AdminVerifyCertificate
  await verifyOcopCertificateWorkflow(req.scope).run({ input: { id: req.params.id, verified, verified_by: req.auth_context.actor_id } })
  res.json({ ocop_certificate: await refetchCertificate(req, req.params.id) })
}
