/**
 * Wraps a workflow in one that fails right after it, so a test can check that
 * every step of the wrapped workflow undid its work.
 */
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

const failStep = createStep("test-fail-after", async () => {
  throw new Error("failure injected by the test after the workflow under test")
})

let counter = 0

export function failAfter(workflow: { runAsStep: (args: { input: any }) => any }) {
  return createWorkflow(`test-fail-after-${++counter}`, (input: any) => {
    const result = workflow.runAsStep({ input })
    failStep()
    return new WorkflowResponse(result)
  })
}
