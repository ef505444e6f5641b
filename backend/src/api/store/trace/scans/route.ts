import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { queueScan } from "../../../../lib/trace/scan-queue"
import type { StoreTraceScan } from "../validators"

/**
 * Counts one resolve of a label; the storefront sends the coarse place its proxy reported.
 * The row is queued and written with the others within a second (lib/trace/scan-queue.ts).
 */
export const POST = async (req: MedusaStoreRequest<StoreTraceScan>, res: MedusaResponse) => {
  const body = req.validatedBody as StoreTraceScan
  queueScan(req.scope, { ...body, country: body.country?.toUpperCase() ?? null })
  res.status(201).json({ recorded: true })
}
