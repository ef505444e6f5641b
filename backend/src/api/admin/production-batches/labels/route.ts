import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { labelSheetHtml, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { loadTradeItem } from "../../../../lib/trace/resolve"
import { labelUri } from "../helpers"
import type { AdminLabelSheetParams } from "../validators"

/** A printable A4 sheet of labels for the given batches, `copies` labels each. */
export const GET = async (req: MedusaRequest<unknown, AdminLabelSheetParams>, res: MedusaResponse) => {
  const { ids, copies } = req.validatedQuery as AdminLabelSheetParams
  if (!ids.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ids must name at least one batch")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const { data: batches } = await query.graph({ entity: "production_batch", fields: ["id", "gtin", "lot", "expiry_date", "status"], filters: { id: ids } })
  const missing = ids.filter((id) => !batches.some((b: any) => b.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown production batch: ${missing.join(", ")}`)
  const labels = []
  for (const batch of batches as any[]) {
    const item = await loadTradeItem(query, batch.gtin)
    const label = {
      uri: labelUri(traceability, batch),
      productTitle: item?.product.title ?? batch.gtin,
      lot: batch.lot,
      expiry: batch.expiry_date ?? undefined,
      stars: item?.ocop?.star ?? null,
      producerName: item?.producer?.name ?? "",
    }
    for (let i = 0; i < copies; i++) labels.push(label)
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.send(await labelSheetHtml({ labels }))
}
