import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { CERTIFICATE_FIELDS } from "../lib/catalog/load"
import { PRODUCER_PUBLIC_FIELDS } from "../lib/catalog/producers"
import { AdminCreateOcopCertificate, AdminOcopCertificatesParams, AdminUpdateOcopCertificate } from "./admin/ocop-certificates/validators"
import { AdminCreateProducer, AdminLinkProducerProducts, AdminProducersParams, AdminUpdateProducer } from "./admin/producers/validators"
import { StoreCatalogFacetsParams, StoreCatalogProductParams, StoreCatalogProductsParams } from "./store/catalog/validators"
import { StoreProducerParams, StoreProducersParams } from "./store/producers/validators"
import { StoreTraceScans } from "./store/trace/validators"
import { AdminCreateGrowingAreas, AdminGrowingAreasParams } from "./admin/growing-areas/validators"
import { AdminAssignGtins } from "./admin/trade-items/validators"
import {
  AdminAppendEvents,
  AdminBatchesParams,
  AdminBatchQrParams,
  AdminCreateBatch,
  AdminLabelSheetParams,
  AdminWithdrawBatch,
} from "./admin/production-batches/validators"
import { AdminConfirmVietqrTransfer, AdminVietqrPendingParams } from "./admin/vietqr/validators"
import { verifyPaymentWebhook } from "./hooks/payment/verify-webhook"
import { StoreSearchParams, StoreSearchSuggestParams } from "./store/search/validators"
import { checkoutMiddlewares } from "./store/checkout/middlewares"
import { producerOrderMiddlewares } from "./admin/producer-orders/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { producerAdminMiddlewares } from "./admin/producers/middlewares"
import { adminLivestreamMiddlewares } from "./admin/livestreams/middlewares"
import { storeLivestreamMiddlewares } from "./store/livestreams/middlewares"
import { productVisibilityMiddlewares } from "./store/product-visibility/middlewares"
import { producerLivestreamMiddlewares } from "./producer/livestreams/middlewares"
import { producerTraceabilityMiddlewares } from "./producer/batches/middlewares"
import { rateLimitMiddlewares } from "./rate-limits"
import { marketplaceErrorHandler } from "./error-handler"
import { textInputMiddlewares } from "./text-input"

/** Our routes read `req.validatedQuery` themselves; Medusa's field selection is not used. */
const QUERY_ONLY = { defaults: ["id"], isList: false }

/** Fields of the ocop module that a product exposes to shoppers, by exact name as Medusa's field filter requires. */
const OCOP_PRODUCT_FIELDS = [
  "producer",
  "producer.*",
  ...PRODUCER_PUBLIC_FIELDS.map((f) => `producer.${f}`),
  "ocop_certificates",
  "ocop_certificates.*",
  ...CERTIFICATE_FIELDS.map((f) => `ocop_certificates.${f}`),
]

export default defineMiddlewares({
  // Medusa's error answers, said plainly for unreadable bodies and without internals in production.
  errorHandler: marketplaceErrorHandler(),
  routes: [
    // Rate limits first, so a refused request costs nothing else (README: RATE_LIMIT_*).
    ...rateLimitMiddlewares,
    // Text arrives as NFC, and a NUL character is refused with the field named.
    ...textInputMiddlewares,
    // The standard store product routes return the ocop module's linked fields too (`fields=+producer.*`).
    { matcher: "/store/products", middlewares: [allowFields(OCOP_PRODUCT_FIELDS)] },
    { matcher: "/store/products/:id", middlewares: [allowFields(OCOP_PRODUCT_FIELDS)] },
    // … and, like our catalog, leave out (and refuse to sell) the products of producers not approved.
    ...productVisibilityMiddlewares,
    { matcher: "/store/catalog/products", method: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogProductsParams, QUERY_ONLY)] },
    { matcher: "/store/catalog/products/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogProductParams, QUERY_ONLY)] },
    { matcher: "/store/catalog/facets", method: ["GET"], middlewares: [validateAndTransformQuery(StoreCatalogFacetsParams, QUERY_ONLY)] },
    { matcher: "/store/producers", method: ["GET"], middlewares: [validateAndTransformQuery(StoreProducersParams, QUERY_ONLY)] },
    { matcher: "/store/producers/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(StoreProducerParams, QUERY_ONLY)] },

    { matcher: "/admin/producers", method: ["GET"], middlewares: [validateAndTransformQuery(AdminProducersParams, QUERY_ONLY)] },
    { matcher: "/admin/producers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { matcher: "/admin/producers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    { matcher: "/admin/producers/:id/products", method: ["POST"], middlewares: [validateAndTransformBody(AdminLinkProducerProducts)] },
    { matcher: "/admin/ocop-certificates", method: ["GET"], middlewares: [validateAndTransformQuery(AdminOcopCertificatesParams, QUERY_ONLY)] },
    { matcher: "/admin/ocop-certificates", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateOcopCertificate)] },
    { matcher: "/admin/ocop-certificates/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateOcopCertificate)] },

    { matcher: "/store/trace/scans", method: ["POST"], middlewares: [validateAndTransformBody(StoreTraceScans)] },

    { matcher: "/admin/growing-areas", method: ["GET"], middlewares: [validateAndTransformQuery(AdminGrowingAreasParams, QUERY_ONLY)] },
    { matcher: "/admin/growing-areas", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateGrowingAreas)] },
    { matcher: "/admin/trade-items", method: ["POST"], middlewares: [validateAndTransformBody(AdminAssignGtins)] },
    { matcher: "/admin/production-batches", method: ["GET"], middlewares: [validateAndTransformQuery(AdminBatchesParams, QUERY_ONLY)] },
    { matcher: "/admin/production-batches", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateBatch)] },
    { matcher: "/admin/production-batches/labels", method: ["GET"], middlewares: [validateAndTransformQuery(AdminLabelSheetParams, QUERY_ONLY)] },
    { matcher: "/admin/production-batches/:id/events", method: ["POST"], middlewares: [validateAndTransformBody(AdminAppendEvents)] },
    { matcher: "/admin/production-batches/:id/withdraw", method: ["POST"], middlewares: [validateAndTransformBody(AdminWithdrawBatch)] },
    { matcher: "/admin/production-batches/:id/qr", method: ["GET"], middlewares: [validateAndTransformQuery(AdminBatchQrParams, QUERY_ONLY)] },

    // Payments: a webhook is read (signature checked) before Medusa queues it; the operator's VietQR desk.
    { matcher: "/hooks/payment/:provider", method: ["POST"], middlewares: [verifyPaymentWebhook] },
    { matcher: "/admin/vietqr/confirm", method: ["POST"], middlewares: [validateAndTransformBody(AdminConfirmVietqrTransfer)] },
    { matcher: "/admin/vietqr/pending", method: ["GET"], middlewares: [validateAndTransformQuery(AdminVietqrPendingParams, QUERY_ONLY)] },

    // Search (docs/search.md). Medusa's own POST /store/search is left as it is.
    { matcher: "/store/search", method: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchParams, QUERY_ONLY)] },
    { matcher: "/store/search/suggest", method: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchSuggestParams, QUERY_ONLY)] },

    // Checkout and producer orders (docs/decisions/0002-producer-orders.md).
    ...checkoutMiddlewares,
    ...producerOrderMiddlewares,

    // Livestreams (docs/catalog-api.md) and the producer's livestreams and traceability (docs/producer-api.md).
    ...storeLivestreamMiddlewares,
    ...adminLivestreamMiddlewares,
    ...producerLivestreamMiddlewares,
    ...producerTraceabilityMiddlewares,

    // The producer portal (docs/producer-api.md): login and scope for every /producer* path.
    ...producerMiddlewares,
    ...producerAdminMiddlewares,
  ],
})
