import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignGtinsWorkflow } from "../../../workflows/traceability/workflows/assign-gtins"
import type { AdminAssignGtins } from "./validators"

/** Gives variants their GTIN-14 (given, or generated under the configured GS1 company prefix). */
export const POST = async (req: MedusaRequest<AdminAssignGtins>, res: MedusaResponse) => {
  const { result } = await assignGtinsWorkflow(req.scope).run({ input: req.validatedBody as AdminAssignGtins })
  res.status(201).json({ trade_items: result })
}
