import { MedusaService } from "@medusajs/framework/utils"

/**
 * Traceability: growing areas, production batches, EPCIS trace events and
 * GS1 Digital Link labels. Models arrive with the traceability issue; until
 * then the module is registered so its place in the application is fixed.
 */
export default class TraceabilityModuleService extends MedusaService({}) {}
