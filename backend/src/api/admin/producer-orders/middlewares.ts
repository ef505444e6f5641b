/** Validation of the producer-order admin routes; spread into backend/src/api/middlewares.ts. */
import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCancelProducerOrder,
  AdminDeliverProducerOrder,
  AdminProducerOrdersParams,
  AdminRefundProducerOrder,
  AdminShipProducerOrder,
} from "./validators"

export const producerOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/producer-orders", method: ["GET"], middlewares: [validateAndTransformQuery(AdminProducerOrdersParams, { defaults: ["id"], isList: false })] },
  { matcher: "/admin/producer-orders/:id/ship", method: ["POST"], middlewares: [validateAndTransformBody(AdminShipProducerOrder)] },
  { matcher: "/admin/producer-orders/:id/deliver", method: ["POST"], middlewares: [validateAndTransformBody(AdminDeliverProducerOrder)] },
  { matcher: "/admin/producer-orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(AdminCancelProducerOrder)] },
  { matcher: "/admin/producer-orders/:id/refund", method: ["POST"], middlewares: [validateAndTransformBody(AdminRefundProducerOrder)] },
]
