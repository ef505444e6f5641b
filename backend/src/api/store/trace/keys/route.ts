import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "@ocop/traceability"

/** The public keys that verify batch records (a JWK set). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const traceability: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  res.setHeader("Cache-Control", "public, max-age=3600")
  res.json({ keys: traceability.publicKeys() })
}
