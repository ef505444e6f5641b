import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreLiveLivestreamsParams } from "./validators"

/** The shoppers' livestream routes (docs/catalog-api.md). */
export const storeLivestreamMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/livestreams/live", method: ["GET"], middlewares: [validateAndTransformQuery(StoreLiveLivestreamsParams, { defaults: ["id"], isList: false })] },
]
