import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { batchWithProducer, producerOfVariant } from "../../../lib/trace/batches"
import { assertOwnedBy, producerScope } from "../scope"

/** The batch if it is the logged-in producer's; 404 (as if missing) otherwise. */
export async function ownBatch(req: MedusaRequest, id: string) {
  const { batch, producerId } = await batchWithProducer(req.scope.resolve(ContainerRegistrationKeys.QUERY), id)
  return assertOwnedBy(producerScope(req), batch, producerId, "Production batch", id)
}

/** 400 unless the variant is one of the producer's own products' variants (an unknown one is answered the same way). */
export async function assertOwnVariant(req: MedusaRequest, variantId: string) {
  const owner = await producerOfVariant(req.scope.resolve(ContainerRegistrationKeys.QUERY), variantId)
  if (owner !== producerScope(req).producer_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id ${variantId} is not a variant of one of your products`)
  }
}
