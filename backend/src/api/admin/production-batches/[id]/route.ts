import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchBatch } from "../helpers"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ production_batch: await refetchBatch(req, req.params.id) })
}
