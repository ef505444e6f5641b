import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultExpiry, starsForScore, STAR_LEVELS } from "../../../modules/ocop/lib/domain"
import type { CertificateRecord, CreateCertificateInput } from "../types"

export const prepareOcopCertificatesStepId = "prepare-ocop-certificates"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export function parseDate(value: string | Date, field: string): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw invalid(`${field} is not a valid date: "${String(value)}"`)
  return date
}

/** Checks dates, stars against score, and that a decision number is not used twice for one product. */
export function checkCertificate(input: { star: number; score?: number | null; decision_date: Date; expires_at: Date; decision_number: string }) {
  if (!(STAR_LEVELS as readonly number[]).includes(input.star)) {
    throw invalid(`star must be 3, 4 or 5 (the marketplace lists certified OCOP products only), got ${input.star}`)
  }
  if (input.score !== null && input.score !== undefined && starsForScore(input.score) !== input.star) {
    const stars = starsForScore(input.score)
    throw invalid(`A score of ${input.score} means ${stars ? `${stars}★` : "no listed rating"}, not ${input.star}★`)
  }
  if (input.expires_at.getTime() <= input.decision_date.getTime()) {
    throw invalid(`expires_at (${input.expires_at.toISOString().slice(0, 10)}) must be after decision_date (${input.decision_date.toISOString().slice(0, 10)})`)
  }
  if (!input.decision_number.trim()) throw invalid("decision_number must not be empty")
}

/**
 * Turns certificate input into records: dates parsed, expiry defaulted to
 * decision + 36 months, producer taken from the product's producer link.
 * Refuses unknown products, products without a producer, and decision
 * numbers the product already has. Reads only.
 */
export const prepareOcopCertificatesStep = createStep(
  prepareOcopCertificatesStepId,
  async (input: CreateCertificateInput[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = [...new Set(input.map((c) => c.product_id))]
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id", "ocop_certificates.decision_number"],
      filters: { id: productIds },
    })
    const byId = new Map(products.map((p: any) => [p.id, p]))
    const seen = new Set<string>()
    const records = input.map((certificate) => {
      const product: any = byId.get(certificate.product_id)
      if (!product) throw invalid(`Product ${certificate.product_id} does not exist`)
      if (!product.producer?.id) throw invalid(`Product ${certificate.product_id} has no producer: attach it to its producer first`)
      const decision_number = certificate.decision_number.normalize("NFC").trim()
      const decision_date = parseDate(certificate.decision_date, "decision_date")
      const expires_at = certificate.expires_at ? parseDate(certificate.expires_at, "expires_at") : defaultExpiry(decision_date)
      checkCertificate({ ...certificate, decision_number, decision_date, expires_at })
      const key = `${certificate.product_id}\0${decision_number}`
      const existing = (product.ocop_certificates ?? []).some((c: any) => c?.decision_number === decision_number)
      if (existing || seen.has(key)) {
        throw invalid(`Product ${certificate.product_id} already has a certificate with decision number "${decision_number}"`)
      }
      seen.add(key)
      const record: CertificateRecord = {
        star: certificate.star,
        score: certificate.score ?? null,
        decision_number,
        issuing_authority: certificate.issuing_authority.normalize("NFC").trim(),
        decision_date,
        expires_at,
        product_group: certificate.product_group,
        producer_id: product.producer.id,
      }
      return { product_id: certificate.product_id, record }
    })
    return new StepResponse(records)
  }
)
