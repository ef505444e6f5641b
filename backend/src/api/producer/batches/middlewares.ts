/** Validation of the producer's traceability routes; authentication is the /producer* gate (../middlewares.ts). */
import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  ProducerAppendEvents,
  ProducerBatchesParams,
  ProducerCreateBatch,
  ProducerCreateGrowingAreas,
  ProducerGrowingAreasParams,
  ProducerLabelParams,
  ProducerWithdrawBatch,
} from "./validators"

const QUERY_ONLY = { defaults: ["id"], isList: false }

export const producerTraceabilityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/growing-areas", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerGrowingAreasParams, QUERY_ONLY)] },
  { matcher: "/producer/growing-areas", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateGrowingAreas)] },
  { matcher: "/producer/batches", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerBatchesParams, QUERY_ONLY)] },
  { matcher: "/producer/batches", method: ["POST"], middlewares: [validateAndTransformBody(ProducerCreateBatch)] },
  { matcher: "/producer/batches/:id/events", method: ["POST"], middlewares: [validateAndTransformBody(ProducerAppendEvents)] },
  { matcher: "/producer/batches/:id/labels", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerLabelParams, QUERY_ONLY)] },
  { matcher: "/producer/batches/:id/withdraw", method: ["POST"], middlewares: [validateAndTransformBody(ProducerWithdrawBatch)] },
]
