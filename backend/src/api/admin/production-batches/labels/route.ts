import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { labelSheetForBatches } from "../../../../lib/trace/labels"
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
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.send(await labelSheetForBatches(query, traceability, batches as any[], copies))
}
