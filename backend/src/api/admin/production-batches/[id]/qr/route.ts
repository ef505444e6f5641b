import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { qrPng, qrSvg, TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"
import { labelUri } from "../../../../../lib/trace/labels"
import type { AdminBatchQrParams } from "../../validators"

/** The batch's QR code (its GS1 Digital Link URI) as SVG or PNG. */
export const GET = async (req: MedusaRequest<unknown, AdminBatchQrParams>, res: MedusaResponse) => {
  const { format, size } = req.validatedQuery as AdminBatchQrParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "production_batch", fields: ["gtin", "lot", "expiry_date"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production batch ${req.params.id} not found`)
  const uri = labelUri(req.scope.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE), data[0])
  res.setHeader("X-Digital-Link", uri)
  if (format === "png") {
    res.setHeader("Content-Type", "image/png")
    res.send(await qrPng(uri, size))
  } else {
    res.setHeader("Content-Type", "image/svg+xml")
    res.send(await qrSvg(uri))
  }
}
