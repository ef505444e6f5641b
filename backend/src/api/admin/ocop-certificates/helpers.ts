import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CERTIFICATE_FIELDS } from "../../../lib/catalog/load"
import { isCertificateValid } from "../../../modules/ocop/lib/domain"

export const ADMIN_CERTIFICATE_FIELDS = [...CERTIFICATE_FIELDS, "verified_at", "verified_by", "created_at", "updated_at", "producer.id", "producer.name", "product.id", "product.title"]

/** A certificate with `valid` computed as of now. */
export const withValidity = (certificate: any, now = new Date()) => ({ ...certificate, valid: isCertificateValid(certificate, now) })

export async function refetchCertificate(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ocop_certificate", fields: ADMIN_CERTIFICATE_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate ${id} not found`)
  return withValidity(data[0])
}
