import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_PRODUCT_FIELDS, shapeProducerProduct } from "../../../lib/producer-portal/products"
import type { AdminProducerListingsParams } from "./validators"

/** Producers' listings by review status (default: waiting for review), oldest first, with their producer. */
export const GET = async (req: MedusaRequest<unknown, AdminProducerListingsParams>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as AdminProducerListingsParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "name", "handle", "status", "products.id", "products.status"] })
  const owner = new Map<string, { id: string; name: string; handle: string; status: string }>()
  for (const p of producers as any[]) {
    for (const product of p.products ?? []) if (product?.status === status) owner.set(product.id, { id: p.id, name: p.name, handle: p.handle, status: p.status })
  }
  const ids = [...owner.keys()]
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  })
  res.json({
    products: (data as any[]).map((p) => ({ ...shapeProducerProduct(p), producer: owner.get(p.id) ?? null })),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
