import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { slugify } from "../../../lib/text"
import { OCOP_MODULE } from "../../../modules/ocop"
import { emailOfIdentity } from "../lib"

export const prepareProducerRegistrationStepId = "prepare-producer-registration"

/**
 * Checks that the login is an email-and-password identity without a member yet, and picks a
 * handle no producer uses (the name's slug, with a short suffix when taken). Reads only.
 */
export const prepareProducerRegistrationStep = createStep(
  prepareProducerRegistrationStepId,
  async (input: { auth_identity_id: string; producer_name: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
    if (identity.app_metadata?.producer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a producer member. Please log in instead.")
    }
    const email = emailOfIdentity(identity as any)
    if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Please register with an email and a password first.")
    const ocop: any = container.resolve(OCOP_MODULE)
    const base = slugify(input.producer_name, 80) || "nha-san-xuat"
    let handle = base
    for (let attempt = 0; attempt < 5; attempt++) {
      const [taken] = await ocop.listProducers({ handle }, { select: ["id"], take: 1 })
      if (!taken) return new StepResponse({ email, handle })
      handle = `${base}-${randomBytes(2).toString("hex")}`
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "Could not find a free web address for this producer name; please try again.")
  }
)
