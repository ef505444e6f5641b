import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { UpdateProducerInput } from "../types"

export const updateProducerStepId = "update-producer"

/** Updates one producer; compensation restores the fields it changed. */
export const updateProducerStep = createStep(
  updateProducerStepId,
  async (input: UpdateProducerInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { id, ...changes } = input
    const fields = Object.keys(changes)
    const before = await ocop.retrieveProducer(id, { select: ["id", ...fields] as any })
    const updated = await ocop.updateProducers({ id, ...changes } as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateProducers(before as any)
  }
)
