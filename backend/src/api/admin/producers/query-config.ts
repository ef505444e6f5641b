import { PRODUCER_PUBLIC_FIELDS } from "../../../lib/catalog/producers"

export const ADMIN_PRODUCER_FIELDS = [...PRODUCER_PUBLIC_FIELDS, "tax_code", "status", "status_reason", "updated_at"]
export const ADMIN_PRODUCER_DETAIL_FIELDS = [
  ...ADMIN_PRODUCER_FIELDS,
  "products.id",
  "products.title",
  "products.handle",
  "products.thumbnail",
  "products.status",
  "certificates.id",
  "certificates.star",
  "certificates.decision_number",
  "certificates.decision_date",
  "certificates.expires_at",
]
