import type { LegalForm, ProductGroup } from "../../modules/ocop/lib/domain"

export type SocialLinks = { facebook?: string; zalo?: string; tiktok?: string; youtube?: string }

export type ProducerFields = {
  handle: string
  name: string
  legal_form: LegalForm
  tax_code?: string | null
  province?: string
  commune: string
  street?: string | null
  former_locality?: string | null
  phone?: string | null
  email?: string | null
  description?: string | null
  story?: string | null
  logo_url?: string | null
  cover_url?: string | null
  website?: string | null
  social_links?: SocialLinks | null
  verified?: boolean
}

export type CreateProducerInput = ProducerFields
export type UpdateProducerInput = { id: string } & Partial<ProducerFields>

export type CreateCertificateInput = {
  product_id: string
  star: number
  score?: number | null
  decision_number: string
  issuing_authority: string
  decision_date: string | Date
  /** Defaults to decision_date + 36 months. */
  expires_at?: string | Date | null
  product_group: ProductGroup
}

export type UpdateCertificateInput = { id: string } & Partial<Omit<CreateCertificateInput, "product_id">>

/** A certificate ready to be stored: dates resolved, producer taken from the product's link. */
export type CertificateRecord = {
  star: number
  score: number | null
  decision_number: string
  issuing_authority: string
  decision_date: Date
  expires_at: Date
  product_group: ProductGroup
  producer_id: string
}
