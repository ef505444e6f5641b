/** Validation of the producer's livestream routes; authentication is the /producer* gate (../middlewares.ts). */
import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LivestreamCreateBody, LivestreamUpdateBody } from "../../../lib/livestreams/validators"
import { ProducerLivestreamsParams } from "./validators"

export const producerLivestreamMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/livestreams", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerLivestreamsParams, { defaults: ["id"], isList: false })] },
  { matcher: "/producer/livestreams", method: ["POST"], middlewares: [validateAndTransformBody(LivestreamCreateBody)] },
  { matcher: "/producer/livestreams/:id", method: ["POST"], middlewares: [validateAndTransformBody(LivestreamUpdateBody)] },
]
