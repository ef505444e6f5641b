import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export const validateProducerHandlesStepId = "validate-producer-handles"

/** Refuses handles that another producer already uses (or that repeat within the input). Reads only. */
export const validateProducerHandlesStep = createStep(
  validateProducerHandlesStepId,
  async (input: { id?: string; handle?: string }[], { container }) => {
    const handles = input.map((p) => p.handle).filter((h): h is string => !!h)
    if (!handles.length) return new StepResponse(void 0)
    const repeated = handles.find((h, i) => handles.indexOf(h) !== i)
    if (repeated) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The handle "${repeated}" is given to two producers`)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const taken = await ocop.listProducers({ handle: handles }, { select: ["id", "handle"] })
    for (const producer of taken) {
      const claimant = input.find((p) => p.handle === producer.handle)
      if (claimant && claimant.id !== producer.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Another producer already uses the handle "${producer.handle}"`)
      }
    }
    return new StepResponse(void 0)
  }
)
