import { MedusaError } from "@medusajs/framework/utils"
import { TraceInputError } from "@ocop/traceability"

/** Runs `fn`, turning the traceability library's input errors into 400 answers. */
export function asInvalidData<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof TraceInputError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    throw error
  }
}

export const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
