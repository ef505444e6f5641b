import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { labelSheetForBatches } from "../../../../../lib/trace/labels"
import { ownBatch } from "../../helpers"
import type { ProducerLabelParams } from "../../validators"

/** A printable A4 sheet of `copies` labels of one of the producer's batches (HTML, 24 labels a page). */
export const GET = async (req: MedusaRequest<unknown, ProducerLabelParams>, res: MedusaResponse) => {
  const batch = await ownBatch(req, req.params.id)
  const { copies } = req.validatedQuery as ProducerLabelParams
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const html = await labelSheetForBatches(req.scope.resolve(ContainerRegistrationKeys.QUERY), traceability, [batch], copies)
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.send(html)
}
