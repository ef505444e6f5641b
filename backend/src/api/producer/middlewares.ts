/**
 * Authentication of every /producer/* route (docs/producer-api.md); spread into
 * backend/src/api/middlewares.ts. Routes add their own validators in
 * `producerRouteMiddlewares` below (one entry per route and method).
 */
import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { loadProducerScope, PRODUCER_ACTOR, requireApprovedProducer } from "./scope"
import { ProducerCreateProduct, ProducerProductsParams, ProducerSubmitProduct, ProducerUpdateProduct } from "./products/validators"
import { ProducerDeliverOrder, ProducerOrdersParams, ProducerSalesSummaryParams, ProducerShipOrder } from "./orders/validators"
import { receiveProducerImages } from "./uploads/middlewares"
import { ProducerAcceptInvite, ProducerCreateInvite, ProducerRegister } from "./validators"

/** Our routes read `req.validatedQuery` themselves; Medusa's field selection is not used. */
const QUERY_ONLY = { defaults: ["id"], isList: false }

const AUTH_TYPES: ("session" | "bearer")[] = ["session", "bearer"]

/**
 * Entry points a person reaches with a token from `/auth/producer/emailpass/register`
 * (an auth identity without a member yet): they create the member.
 */
export const PRODUCER_ENTRY_PATHS = ["/producer/register", "/producer/invites/accept"]

/** Routes a member of a pending or suspended producer may still use. */
export const PRODUCER_PATHS_BEFORE_APPROVAL = ["/producer/me"]

const withUnregistered = authenticate(PRODUCER_ACTOR, AUTH_TYPES, { allowUnregistered: true })
const registeredOnly = authenticate(PRODUCER_ACTOR, AUTH_TYPES)

/** The full request path (a middleware mounted with `app.use` sees `req.path` relative to its mount). */
function normalizedPath(req: MedusaRequest) {
  const path = (req.originalUrl ?? req.url).split("?")[0].replace(/\/+$/, "")
  return path === "" ? "/" : path
}

/** One gate for the whole /producer area, so a new route file is never left open. */
async function producerGate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = normalizedPath(req)
  if (PRODUCER_ENTRY_PATHS.includes(path)) return withUnregistered(req, res, next)
  await registeredOnly(req, res, (err?: unknown) => {
    if (err) return next(err)
    loadProducerScope(req, res, (err2?: unknown) => {
      if (err2) return next(err2)
      if (PRODUCER_PATHS_BEFORE_APPROVAL.includes(path)) return next()
      requireApprovedProducer(req, res, next)
    }).catch(next)
  })
}

export const producerMiddlewares: MiddlewareRoute[] = [
  // Runs first for every /producer* request (Medusa orders wildcard matchers before static ones).
  { matcher: "/producer*", middlewares: [producerGate] },
  { matcher: "/producer/register", method: ["POST"], middlewares: [validateAndTransformBody(ProducerRegister)] },
  { matcher: "/producer/invites/accept", method: ["POST"], middlewares: [validateAndTransformBody(ProducerAcceptInvite)] },
  { matcher: "/producer/members/invites", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateInvite)] },
  { matcher: "/producer/orders", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerOrdersParams, QUERY_ONLY)] },
  { matcher: "/producer/orders/:id/ship", method: ["POST"], middlewares: [validateAndTransformBody(ProducerShipOrder)] },
  { matcher: "/producer/orders/:id/deliver", method: ["POST"], middlewares: [validateAndTransformBody(ProducerDeliverOrder)] },
  { matcher: "/producer/sales-summary", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerSalesSummaryParams, QUERY_ONLY)] },
  { matcher: "/producer/uploads", method: ["POST"], bodyParser: false, middlewares: [receiveProducerImages] },
  { matcher: "/producer/products", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerProductsParams, QUERY_ONLY)] },
  { matcher: "/producer/products", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateProduct)] },
  { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(ProducerUpdateProduct)] },
  { matcher: "/producer/products/:id/submit", method: ["POST"], middlewares: [validateAndTransformBody(ProducerSubmitProduct)] },
]
