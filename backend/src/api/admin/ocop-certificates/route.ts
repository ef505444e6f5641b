import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOcopCertificatesWorkflow } from "../../../workflows/ocop/workflows/create-ocop-certificates"
import { ADMIN_CERTIFICATE_FIELDS, refetchCertificate, withValidity } from "./helpers"
import type { AdminCreateOcopCertificate, AdminOcopCertificatesParams } from "./validators"

export const GET = async (req: MedusaRequest<unknown, AdminOcopCertificatesParams>, res: MedusaResponse) => {
  const { product_id, producer_id, limit, offset } = req.validatedQuery as AdminOcopCertificatesParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (producer_id) filters.producer_id = producer_id
  if (product_id) {
    const { data: links } = await query.graph({ entity: "product", fields: ["ocop_certificates.id"], filters: { id: product_id } })
    filters.id = (links[0]?.ocop_certificates ?? []).filter(Boolean).map((c: any) => c.id)
  }
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: ADMIN_CERTIFICATE_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { decision_date: "DESC" } },
  })
  const now = new Date()
  res.json({ ocop_certificates: data.map((c) => withValidity(c, now)), count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: MedusaRequest<AdminCreateOcopCertificate>, res: MedusaResponse) => {
  const { result } = await createOcopCertificatesWorkflow(req.scope).run({ input: { certificates: [req.validatedBody as any] } })
  res.status(201).json({ ocop_certificate: await refetchCertificate(req, (result as { id: string }[])[0].id) })
}
