import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { producerGrowingAreaLink } from "../links"
import { prepareGrowingAreasStep, type GrowingAreaInput } from "../steps/prepare-growing-areas"

export const createGrowingAreasWorkflowId = "create-growing-areas"

/** Registers growing areas (or aquaculture areas, packing houses) of a producer. */
export const createGrowingAreasWorkflow = createWorkflow(
  createGrowingAreasWorkflowId,
  (input: { producer_id: string; areas: GrowingAreaInput[] }) => {
    const areas = prepareGrowingAreasStep(input)
    const created = createEntitiesStep({
      moduleRegistrationName: TRACEABILITY_MODULE,
      invokeMethod: "createGrowingAreas",
      compensateMethod: "deleteGrowingAreas",
      data: areas,
    }).config({ name: "create-growing-area-rows" })
    const links = transform({ input, created }, ({ input, created }) => created.map((area: any) => producerGrowingAreaLink(input.producer_id, area.id)))
    createRemoteLinkStep(links)
    return new WorkflowResponse(created as unknown as { id: string; code: string }[])
  }
)
