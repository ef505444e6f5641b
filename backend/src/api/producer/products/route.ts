import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOwnProduct, producerProductIds, PRODUCER_PRODUCT_FIELDS, shapeProducerProduct } from "../../../lib/producer-portal/products"
import { createProducerProductWorkflow } from "../../../workflows/producer/workflows/create-producer-product"
import { producerScope } from "../scope"
import type { ProducerCreateProduct, ProducerProductsParams } from "./validators"

/** The member's own producer's listings, newest first. */
export const GET = async (req: MedusaRequest<unknown, ProducerProductsParams>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const { status, q, limit, offset } = req.validatedQuery as ProducerProductsParams
  const ids = await producerProductIds(req.scope, producer_id)
  if (!ids.length) return res.json({ products: [], count: 0, limit, offset })
  const filters: Record<string, unknown> = { id: ids }
  if (status) filters.status = status
  if (q) filters.title = { $ilike: `%${q.normalize("NFC").replace(/[%_\\]/g, "\\$&")}%` }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCER_PRODUCT_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ products: (data as any[]).map(shapeProducerProduct), count: metadata?.count ?? data.length, limit, offset })
}

/** A new listing, as a draft of the member's producer. */
export const POST = async (req: MedusaRequest<ProducerCreateProduct>, res: MedusaResponse) => {
  const { producer_id } = producerScope(req)
  const { result } = await createProducerProductWorkflow(req.scope).run({ input: { producer_id, listing: req.validatedBody as ProducerCreateProduct } })
  res.status(201).json({ product: shapeProducerProduct(await loadOwnProduct(req.scope, producer_id, result.id)) })
}
