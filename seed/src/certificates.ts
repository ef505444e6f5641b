/**
 * OCOP certificates of the seed products, through the OCOP module's
 * `createOcopCertificatesWorkflow`: a certificate is created when its product
 * has no certificate with that decision number yet. Expiry is left to the
 * workflow's default (decision date + 36 months).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createOcopCertificatesWorkflow } from "../../backend/src/workflows/ocop/workflows/create-ocop-certificates"
import type { CreateCertificateInput } from "../../backend/src/workflows/ocop/types"
import type { SeedProduct } from "../data/products"
import { nfc } from "./text"

export type CertifiedProduct = {
  id: string
  seed: SeedProduct
  /** Decision numbers the product already has. */
  decisionNumbers: ReadonlySet<string>
}

export function missingCertificates(products: readonly CertifiedProduct[]): CreateCertificateInput[] {
  return products.flatMap(({ id, seed, decisionNumbers }) =>
    seed.certificates
      .filter((c) => !decisionNumbers.has(nfc(c.decision_number)))
      .map((c) => ({
        product_id: id,
        star: c.star,
        score: c.score,
        decision_number: nfc(c.decision_number),
        issuing_authority: nfc(c.issuing_authority),
        decision_date: c.decision_date,
        product_group: seed.group,
      }))
  )
}

/** Creates the certificates the products lack, 100 per workflow run. Returns how many. */
export async function ensureCertificates(container: MedusaContainer, products: readonly CertifiedProduct[]): Promise<number> {
  const missing = missingCertificates(products)
  for (let start = 0; start < missing.length; start += 100) {
    await createOcopCertificatesWorkflow(container).run({ input: { certificates: missing.slice(start, start + 100) } })
  }
  return missing.length
}
