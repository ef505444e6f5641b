/** Validation of the operator's producer-portal routes (approval, members, invites, listing review, certificate checks); spread into backend/src/api/middlewares.ts. */
import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { producerListingMiddlewares } from "../producer-listings/middlewares"
import { AdminCreateProducerInvite, AdminUpdateProducerStatus } from "./validators"

export const producerAdminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/producers/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducerStatus)] },
  { matcher: "/admin/producers/:id/invites", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducerInvite)] },
  ...producerListingMiddlewares,
]
