import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordTraceScanWorkflow } from "../../../../workflows/traceability/workflows/record-trace-scan"
import type { StoreTraceScan } from "../validators"

/** Counts one resolve of a label; the storefront sends the coarse place its proxy reported. */
export const POST = async (req: MedusaStoreRequest<StoreTraceScan>, res: MedusaResponse) => {
  const body = req.validatedBody as StoreTraceScan
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = body.lot
    ? await query.graph({ entity: "production_batch", fields: ["id"], filters: { gtin: body.gtin, lot: body.lot } })
    : { data: [] as any[] }
  await recordTraceScanWorkflow(req.scope).run({ input: { ...body, country: body.country?.toUpperCase() ?? null, batch_id: data[0]?.id ?? null } })
  res.status(201).json({ recorded: true })
}
