import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminLivestreamCreateBody, AdminLivestreamListParams, LivestreamUpdateBody } from "../../../lib/livestreams/validators"

const QUERY_ONLY = { defaults: ["id"], isList: false }

/** The operator's livestream routes (docs/catalog-api.md). */
export const adminLivestreamMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/livestreams", method: ["GET"], middlewares: [validateAndTransformQuery(AdminLivestreamListParams, QUERY_ONLY)] },
  { matcher: "/admin/livestreams", method: ["POST"], middlewares: [validateAndTransformBody(AdminLivestreamCreateBody)] },
  { matcher: "/admin/livestreams/:id", method: ["POST"], middlewares: [validateAndTransformBody(LivestreamUpdateBody)] },
]
