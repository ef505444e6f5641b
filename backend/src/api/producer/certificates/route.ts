import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { daysUntilExpiry, expiryWarning, isCertificateValid } from "../../../modules/ocop/lib/domain"
import { producerScope } from "../scope"

/** The producer's own OCOP certificates, latest decision first, with expiry warnings at 90 and 30 days. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "decision_number", "issuing_authority", "star", "score", "product_group", "decision_date", "expires_at", "verified_at", "product.id", "product.title", "product.handle"],
    filters: { producer_id },
    pagination: { order: { decision_date: "DESC" } },
  })
  const now = new Date()
  res.json({
    certificates: (data as any[]).map((c) => {
      const days = daysUntilExpiry(c, now)
      return {
        id: c.id,
        decision_number: c.decision_number,
        issuing_authority: c.issuing_authority,
        star: c.star,
        score: c.score ?? null,
        product_group: c.product_group,
        decision_date: c.decision_date,
        expires_at: c.expires_at,
        valid: isCertificateValid(c, now),
        days_until_expiry: days,
        expiry_warning: expiryWarning(days),
        verified_at: c.verified_at ?? null,
        product: c.product ? { id: c.product.id, title: c.product.title, handle: c.product.handle } : null,
      }
    }),
  })
}
