import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProducerWorkflow } from "../../../../workflows/ocop/workflows/delete-producer"
import { updateProducerWorkflow } from "../../../../workflows/ocop/workflows/update-producer"
import { refetchProducer } from "../helpers"
import type { AdminUpdateProducer } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ producer: await refetchProducer(req, req.params.id) })
}

export const POST = async (req: MedusaRequest<AdminUpdateProducer>, res: MedusaResponse) => {
  await refetchProducer(req, req.params.id)
  await updateProducerWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as any) } })
  res.json({ producer: await refetchProducer(req, req.params.id) })
}

export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteProducerWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "producer", deleted: true })
}
