/**
 * Medusa's standard store routes sell only what our catalog sells: the products of a
 * producer the operator has not approved (pending, suspended) are left out of
 * `/store/products` (and its `count`), answer 404 at `/store/products/:id`, are left out of
 * `/store/product-variants`, of the products embedded in collections, categories, tags and
 * types, and cannot be put in a cart. Products without a producer are untouched.
 *
 * Each middleware names its method, so it runs after Medusa's own middlewares of the route
 * (validation, sales-channel and status filters) and narrows the filters they left in
 * `req.filterableFields`. Spread into backend/src/api/middlewares.ts; see
 * lib/catalog/hidden-products.ts.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { excludingIds, hiddenProductIds, removeHiddenProducts, variantsNotOnSale } from "../../../lib/catalog/hidden-products"

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

function guarded(handler: Handler): Handler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next)
    } catch (error) {
      next(error)
    }
  }
}

/** Narrows the route's filter `field` (`id` of a product, `product_id` of a variant) to products on sale. */
function excludeHiddenProducts(field: "id" | "product_id"): Handler {
  return guarded(async (req, _res, next) => {
    const hidden = await hiddenProductIds(req.scope)
    if (hidden.size) {
      const filters = req.filterableFields as Record<string, unknown>
      filters[field] = excludingIds(filters[field], hidden)
    }
    next()
  })
}

/** Drops hidden products from the `products` an answer embeds (asked for with `fields=*products`). */
const removeEmbeddedHiddenProducts: Handler = guarded(async (req, res, next) => {
  const fields = req.queryConfig?.fields ?? []
  if (!fields.some((field) => field.includes("products"))) return next()
  const hidden = await hiddenProductIds(req.scope)
  if (hidden.size) {
    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      removeHiddenProducts(body, hidden)
      return json(body)
    }
  }
  next()
})

/** Refuses (400) a cart's new items whose product's producer is not approved, naming the product. */
function refuseItemsNotOnSale(variantIdsOf: (body: Record<string, any>) => (string | undefined)[]): Handler {
  return guarded(async (req, _res, next) => {
    const variantIds = variantIdsOf((req.validatedBody ?? {}) as Record<string, any>).filter((id): id is string => !!id)
    const refused = await variantsNotOnSale(req.scope.resolve(ContainerRegistrationKeys.QUERY), variantIds)
    if (!refused.length) return next()
    const titles = refused.map((item) => `"${item.product_title}"`).join(", ")
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${titles} ${refused.length === 1 ? "is" : "are"} not on sale at the moment: the producer's shop is closed. Remove ${refused.length === 1 ? "it" : "them"} and try again.`,
      "product_not_on_sale"
    )
  })
}

export const productVisibilityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", method: ["GET"], middlewares: [excludeHiddenProducts("id")] },
  { matcher: "/store/products/:id", method: ["GET"], middlewares: [excludeHiddenProducts("id")] },
  { matcher: "/store/product-variants", method: ["GET"], middlewares: [excludeHiddenProducts("product_id")] },
  { matcher: "/store/product-variants/:id", method: ["GET"], middlewares: [excludeHiddenProducts("product_id")] },
  ...["/store/collections", "/store/product-categories", "/store/product-tags", "/store/product-types"].flatMap((matcher) => [
    { matcher, method: ["GET"] as "GET"[], middlewares: [removeEmbeddedHiddenProducts] },
    { matcher: `${matcher}/:id`, method: ["GET"] as "GET"[], middlewares: [removeEmbeddedHiddenProducts] },
  ]),
  { matcher: "/store/carts", method: ["POST"], middlewares: [refuseItemsNotOnSale((body) => (body.items ?? []).map((item: { variant_id?: string }) => item.variant_id))] },
  { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [refuseItemsNotOnSale((body) => [body.variant_id])] },
]
