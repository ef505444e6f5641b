import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { memberWithProducer } from "../helpers"
import { producerScope } from "../scope"

/** Who is logged in and the standing of their producer (also while pending or suspended). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await memberWithProducer(req.scope, producerScope(req).member_id))
}
