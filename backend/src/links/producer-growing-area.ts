import { defineLink } from "@medusajs/framework/utils"
import TraceabilityModule from "@ocop/traceability"
import OcopModule from "../modules/ocop"

/** A producer owns its registered growing areas, aquaculture areas and packing houses. */
export default defineLink(OcopModule.linkable.producer, {
  linkable: TraceabilityModule.linkable.growingArea,
  isList: true,
})
