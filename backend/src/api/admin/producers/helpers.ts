import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_PRODUCER_DETAIL_FIELDS } from "./query-config"

/** One producer as the admin sees it, with its products and certificates; 404 when unknown. */
export async function refetchProducer(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ADMIN_PRODUCER_DETAIL_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${id} not found`)
  return data[0]
}
