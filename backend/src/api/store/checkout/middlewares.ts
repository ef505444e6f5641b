/**
 * Validation and auth of the checkout, order-lookup and grouped-order routes; spread
 * into backend/src/api/middlewares.ts.
 */
import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCompleteCheckout, StoreOrderLookup, StoreValidateCheckout } from "./validators"

export const checkoutMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/checkout/:cart_id/complete", method: ["POST"], middlewares: [validateAndTransformBody(StoreCompleteCheckout)] },
  { matcher: "/store/checkout/:cart_id/validate", method: ["POST"], middlewares: [validateAndTransformBody(StoreValidateCheckout)] },
  { matcher: "/store/order-lookup", method: ["POST"], middlewares: [validateAndTransformBody(StoreOrderLookup)] },
  { matcher: "/store/orders/:id/producer-orders", method: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
]
