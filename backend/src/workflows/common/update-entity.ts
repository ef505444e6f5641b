import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const updateEntityStepId = "update-entity"

type UpdateEntityInput = {
  /** Container key of the module, e.g. "traceability". */
  module: string
  /** The service's generated methods, e.g. "retrieveProductionBatch" and "updateProductionBatches". */
  retrieveMethod: string
  updateMethod: string
  id: string
  changes: Record<string, unknown>
}

/** Updates one record of a module; compensation writes back the fields it changed. */
export const updateEntityStep = createStep(
  updateEntityStepId,
  async ({ module, retrieveMethod, updateMethod, id, changes }: UpdateEntityInput, { container }) => {
    const service: any = container.resolve(module)
    const before = await service[retrieveMethod](id, { select: ["id", ...Object.keys(changes)] })
    const updated = await service[updateMethod]({ id, ...changes })
    return new StepResponse(updated, { module, updateMethod, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: any = container.resolve(undo.module)
    await service[undo.updateMethod](undo.before)
  }
)
