import type { MedusaRequest } from "@medusajs/framework/http"
import { batchView } from "../../../lib/trace/batches"

/** A batch as the operator sees it: with its label URI, verification and scan signal; 404 when unknown. */
export function refetchBatch(req: MedusaRequest, id: string) {
  return batchView(req.scope, id)
}
