import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { parseDigitalLink, TraceInputError } from "@ocop/traceability"
import { loadTradeItem } from "../../../lib/trace/resolve"

/**
 * Reads the GTIN (and lot) of a trace route through the Digital Link parser,
 * so the store API refuses exactly what a label could not encode (400).
 */
export function traceKey(req: MedusaStoreRequest): { gtin: string; lot?: string } {
  const path = `/01/${encodeURIComponent(req.params.gtin)}${req.params.lot !== undefined ? `/10/${encodeURIComponent(req.params.lot)}` : ""}`
  try {
    const parsed = parseDigitalLink(path)
    return { gtin: parsed.gtin, lot: parsed.lot }
  } catch (error) {
    if (error instanceof TraceInputError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    throw error
  }
}

/** The trade item of the GTIN, or 404. */
export async function requireTradeItem(req: MedusaStoreRequest, gtin: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const item = await loadTradeItem(query, gtin)
  if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product on sale has the GTIN ${gtin}`)
  return item
}
