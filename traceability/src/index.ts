import { Module } from "@medusajs/framework/utils"
import TraceabilityModuleService from "./service"

export const TRACEABILITY_MODULE = "traceability"

export type { TraceabilityModuleService }
export type { TraceabilityModuleOptions } from "./service"
export * from "./lib"

export default Module(TRACEABILITY_MODULE, {
  service: TraceabilityModuleService,
})
