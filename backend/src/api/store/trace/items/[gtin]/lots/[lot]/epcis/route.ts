import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toEpcisDocument, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { loadBatch } from "../../../../../../../../lib/trace/resolve"
import { traceKey } from "../../../../../helpers"

/** The events of a published batch as an EPCIS 2.0 JSON-LD document. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { gtin, lot } = traceKey(req)
  const batch = await loadBatch(req.scope, gtin, lot!)
  if (!batch || batch.status === "draft") throw new MedusaError(MedusaError.Types.NOT_FOUND, `GTIN ${gtin} has no published lot ${lot}`)
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  res.setHeader("Content-Type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(toEpcisDocument({ events: batch.events, batch, gtin, lot: lot!, baseUrl: traceability.publicBaseUrl })))
}
