import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEntitiesStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { variantTradeItemLink } from "../links"
import { prepareTradeItemsStep, type AssignGtinInput } from "../steps/prepare-trade-items"

export const assignGtinsWorkflowId = "assign-gtins"

/** Gives product variants their GTIN-14: the one given, or the next under our GS1 company prefix. */
export const assignGtinsWorkflow = createWorkflow(assignGtinsWorkflowId, (input: { variants: AssignGtinInput[] }) => {
  const items = prepareTradeItemsStep(input.variants)
  const rows = transform({ items }, ({ items }) => items.map((i) => ({ gtin: i.gtin })))
  const created = createEntitiesStep({
    moduleRegistrationName: TRACEABILITY_MODULE,
    invokeMethod: "createTradeItems",
    compensateMethod: "deleteTradeItems",
    data: rows,
  }).config({ name: "create-trade-item-rows" })
  const links = transform({ items, created }, ({ items, created }) => created.map((item: any, i: number) => variantTradeItemLink(items[i].variant_id, item.id)))
  createRemoteLinkStep(links)
  return new WorkflowResponse(items)
})
