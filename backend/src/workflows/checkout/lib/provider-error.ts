import { MedusaError } from "@medusajs/framework/utils"

const KNOWN = new Set<string>(Object.values(MedusaError.Types))

/**
 * A payment provider's failure as an error the API shows: Medusa's own errors pass
 * through; anything else (a provider's HTTP error) keeps its message behind `what`.
 */
export function providerError(error: unknown, what: string): unknown {
  const e = (error ?? {}) as { type?: string; message?: string }
  if (e.type && KNOWN.has(e.type)) return error
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what}: ${e.message ?? "the payment provider gave no reason"}`)
}
