/**
 * Medusa's standard store routes sell only what our catalog sells: the products of a
 * producer the operator has not approved (pending, suspended) are left out of
 * `/store/products` (and its `count`), answer 404 at `/store/products/:id`, are left out of
 * `/store/product-variants`, of the products embedded in collections, categories, tags and
 * types, cannot be put in a cart, and a cart that already holds one (put there before its
 * producer was suspended) cannot be checked out. Products without a producer are untouched.
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

/** Refuses (400) the variants whose product's producer is not approved, naming the products. */
async function refuseVariantsNotOnSale(req: MedusaRequest, variantIds: (string | null | undefined)[]): Promise<void> {
  const refused = await variantsNotOnSale(req.scope.resolve(ContainerRegistrationKeys.QUERY), variantIds.filter((id): id is string => !!id))
  if (!refused.length) return
  const products = [...new Set(refused.map((item) => `"${item.product_title}"`))]
  const titles = products.join(", ")
  const one = products.length === 1
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${titles} ${one ? "is" : "are"} not on sale at the moment: the producer's shop is closed. Remove ${one ? "it" : "them"} and try again.`,
    "product_not_on_sale"
  )
}

/** Refuses a cart's new items (from the validated body) that are not on sale. */
function refuseItemsNotOnSale(variantIdsOf: (body: Record<string, any>) => (string | undefined)[]): Handler {
  return guarded(async (req, _res, next) => {
    await refuseVariantsNotOnSale(req, variantIdsOf((req.validatedBody ?? {}) as Record<string, any>))
    next()
  })
}

/**
 * Refuses to check out the cart `req.params[param]` while it holds an item not on sale. A cart
 * already completed is let through: completing it again answers the order it became, whatever
 * happened to its producers since.
 */
function refuseCartNotOnSale(param: "id" | "cart_id"): Handler {
  return guarded(async (req, _res, next) => {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "completed_at", "items.variant_id"],
      filters: { id: req.params[param] },
    })
    const cart = data[0] as { completed_at?: string | Date | null; items?: ({ variant_id?: string | null } | null)[] } | undefined
    if (cart?.completed_at) return next()
    await refuseVariantsNotOnSale(req, (cart?.items ?? []).map((item) => item?.variant_id))
    next()
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
  { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [refuseCartNotOnSale("id")] },
  { matcher: "/store/checkout/:cart_id/validate", method: ["POST"], middlewares: [refuseCartNotOnSale("cart_id")] },
  { matcher: "/store/checkout/:cart_id/complete", method: ["POST"], middlewares: [refuseCartNotOnSale("cart_id")] },
]
