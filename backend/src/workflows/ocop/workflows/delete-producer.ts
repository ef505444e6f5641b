import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { deleteProducersStep } from "../steps/delete-producers"

export const deleteProducerWorkflowId = "delete-producer"

const refuseProducerInUseStep = createStep("refuse-producer-in-use", async (producers: any[]) => {
  const producer = producers[0]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Producer not found")
  const products = (producer.products ?? []).filter(Boolean).length
  const certificates = (producer.certificates ?? []).filter(Boolean).length
  if (products || certificates) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${producer.name} still has ${products} product(s) and ${certificates} certificate(s): move or delete them first`
    )
  }
  return new StepResponse(void 0)
})

/** Deletes a producer that no longer has products or certificates. */
export const deleteProducerWorkflow = createWorkflow(deleteProducerWorkflowId, (input: { id: string }) => {
  const { data: producers } = useQueryGraphStep({
    entity: "producer",
    fields: ["id", "name", "products.id", "certificates.id"],
    filters: { id: input.id },
  })
  refuseProducerInUseStep(producers)
  deleteProducersStep([input.id])
  return new WorkflowResponse({ id: input.id })
})
