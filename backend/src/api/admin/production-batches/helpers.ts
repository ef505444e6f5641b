import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { formatDigitalLink, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { loadBatch, loadTradeItem, scanSignal, verifyBatch } from "../../../lib/trace/resolve"

/** A batch as the operator sees it: with its label URI, verification and scan signal; 404 when unknown. */
export async function refetchBatch(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "production_batch", fields: ["id", "gtin", "lot"], filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${id} not found`)
  const batch = await loadBatch(query, data[0].gtin, data[0].lot)
  const item = await loadTradeItem(query, batch.gtin)
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  return {
    ...batch,
    digital_link: labelUri(traceability, batch),
    product: item?.product ?? null,
    verification: item ? verifyBatch(batch, item, traceability.publicKeys()) : { status: "unsigned", reason: "The product is not on sale" },
    scans: await scanSignal(query, batch),
  }
}

/** The GS1 Digital Link URI a batch's label encodes. */
export function labelUri(traceability: TraceabilityModuleService, batch: { gtin: string; lot: string; expiry_date?: string | Date | null }) {
  return formatDigitalLink({ base: traceability.publicBaseUrl, gtin: batch.gtin, lot: batch.lot, expiry: batch.expiry_date ?? undefined })
}
