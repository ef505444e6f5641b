import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProducerRef = { id: string; name: string; handle: string }

/** The producer of each product (through the producer ↔ product link), null for a product without one. */
export async function producersOfProducts(container: MedusaContainer, productIds: (string | null | undefined)[]): Promise<Record<string, ProducerRef | null>> {
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  if (!ids.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id", "producer.name", "producer.handle"], filters: { id: ids } })
  const result: Record<string, ProducerRef | null> = Object.fromEntries(ids.map((id) => [id, null]))
  for (const product of data as { id: string; producer?: ProducerRef | null }[]) {
    result[product.id] = product.producer?.id ? { id: product.producer.id, name: product.producer.name, handle: product.producer.handle } : null
  }
  return result
}
