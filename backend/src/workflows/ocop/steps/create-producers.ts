import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CreateProducerInput } from "../types"

export const createProducersStepId = "create-producers"

/** Creates producers; compensation deletes them. */
export const createProducersStep = createStep(
  createProducersStepId,
  async (input: CreateProducerInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const producers = (await ocop.createProducers(input as any)) as unknown as { id: string; handle: string }[]
    return new StepResponse(producers, producers.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteProducers(ids)
  }
)
