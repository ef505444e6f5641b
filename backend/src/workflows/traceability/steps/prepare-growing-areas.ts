import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TraceabilityModuleService } from "@ocop/traceability"
import { TRACEABILITY_MODULE } from "@ocop/traceability"
import { invalid } from "../errors"

export const prepareGrowingAreasStepId = "prepare-growing-areas"

/** Growing-area codes in the wild look like VN-DTOR-0017 or VNDTPH-0001: upper-case letters, digits, dashes. */
export const AREA_CODE = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/

export type GrowingAreaInput = {
  code: string
  area_type: "crop_area" | "aquaculture_area" | "packing_house"
  name: string
  crop?: string | null
  area_ha?: number | null
  province?: string
  commune: string
  latitude?: number | null
  longitude?: number | null
  issuer?: string | null
  valid_from?: string | null
  valid_to?: string | null
  certifications?: string[] | null
}

/** Checks codes (shape, not already registered), coordinates and validity dates; the producer must exist. Reads only. */
export const prepareGrowingAreasStep = createStep(
  prepareGrowingAreasStepId,
  async (input: { producer_id: string; areas: GrowingAreaInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: input.producer_id } })
    if (!producers[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} not found`)
    const areas = input.areas.map((area) => {
      const code = area.code.trim().toUpperCase()
      if (!AREA_CODE.test(code) || code.length > 40) {
        throw invalid(`Growing-area code "${area.code}" must be upper-case letters and digits separated by single dashes, e.g. VN-QNBC-0012`)
      }
      if ((area.latitude ?? null) === null !== ((area.longitude ?? null) === null)) throw invalid(`Give both latitude and longitude for ${code}, or neither`)
      if (area.valid_from && area.valid_to && new Date(area.valid_to) <= new Date(area.valid_from)) {
        throw invalid(`valid_to of ${code} must be after valid_from`)
      }
      return {
        ...area,
        code,
        name: area.name.normalize("NFC").trim(),
        commune: area.commune.normalize("NFC").trim(),
        crop: area.crop?.normalize("NFC").trim() ?? null,
        issuer: area.issuer?.normalize("NFC").trim() ?? null,
        valid_from: area.valid_from ? new Date(area.valid_from) : null,
        valid_to: area.valid_to ? new Date(area.valid_to) : null,
      }
    })
    const codes = areas.map((a) => a.code)
    const repeated = codes.find((c, i) => codes.indexOf(c) !== i)
    if (repeated) throw invalid(`The code ${repeated} is given twice`)
    const traceability: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const taken = await traceability.listGrowingAreas({ code: codes }, { select: ["code"] })
    if (taken.length) throw invalid(`The code ${taken[0].code} is already registered`)
    return new StepResponse(areas)
  }
)
