/** Validation of the operator's listing review and certificate verification; spread through producers/middlewares.ts. */
import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminProducerListingsParams, AdminPublishListing, AdminRejectListing, AdminVerifyCertificate } from "./validators"

export const producerListingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/producer-listings", method: ["GET"], middlewares: [validateAndTransformQuery(AdminProducerListingsParams, { defaults: ["id"], isList: false })] },
  { matcher: "/admin/producer-listings/:id/publish", method: ["POST"], middlewares: [validateAndTransformBody(AdminPublishListing)] },
  { matcher: "/admin/producer-listings/:id/reject", method: ["POST"], middlewares: [validateAndTransformBody(AdminRejectListing)] },
  { matcher: "/admin/ocop-certificates/:id/verify", method: ["POST"], middlewares: [validateAndTransformBody(AdminVerifyCertificate)] },
]
