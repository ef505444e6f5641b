import { MedusaError } from "@medusajs/framework/utils"
import type { CheckoutProblem } from "../../../modules/marketplace/lib/checkout"

/**
 * A MedusaError carrying a checkout problem: `code` for the storefront to translate,
 * `errors` for the fields. Workflows serialise errors; these properties survive it.
 */
export function checkoutError(problem: Pick<CheckoutProblem, "status" | "code" | "message"> & { errors?: CheckoutProblem["errors"]; details?: unknown }) {
  const error = new MedusaError(problem.status === 409 ? MedusaError.Types.CONFLICT : MedusaError.Types.INVALID_DATA, problem.message, problem.code)
  return Object.assign(error, { errors: problem.errors ?? [], details: problem.details })
}
