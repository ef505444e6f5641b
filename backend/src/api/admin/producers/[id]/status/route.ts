import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerStatusWorkflow } from "../../../../../workflows/producer/workflows/update-producer-status"
import { refetchProducer } from "../../helpers"
import type { AdminUpdateProducerStatus } from "../../validators"

/** The operator approves or suspends a producer (its members can use the portal only while approved). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateProducerStatus>, res: MedusaResponse) => {
  await refetchProducer(req, req.params.id)
  const body = req.validatedBody as AdminUpdateProducerStatus
  await updateProducerStatusWorkflow(req.scope).run({ input: { producer_id: req.params.id, status: body.status, reason: body.reason ?? null } })
  res.json({ producer: await refetchProducer(req, req.params.id) })
}
