import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteOcopCertificateWorkflow } from "../../../../workflows/ocop/workflows/delete-ocop-certificate"
import { updateOcopCertificateWorkflow } from "../../../../workflows/ocop/workflows/update-ocop-certificate"
import { refetchCertificate } from "../helpers"
import type { AdminUpdateOcopCertificate } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ ocop_certificate: await refetchCertificate(req, req.params.id) })
}

export const POST = async (req: MedusaRequest<AdminUpdateOcopCertificate>, res: MedusaResponse) => {
  await updateOcopCertificateWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as any) } })
  res.json({ ocop_certificate: await refetchCertificate(req, req.params.id) })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteOcopCertificateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ocop_certificate", deleted: true })
}
