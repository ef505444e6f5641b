/** A local Stripe-compatible server for tests; see README.md. */
export { startStripeFake, StripeApiError, type StripeFake, type StripeFakeOptions, type RecordedRequest, type Delivery, type Hold } from "./server"
export { buildEvent, webhookRequest, stripeId, API_VERSION, type StripeEvent } from "./events"
export { computeSignature, signatureHeader } from "./signature"
export { decodeForm, encodeForm, FormError } from "./form"
export { TEST_CARDS, TEST_CARD_NUMBERS } from "./cards"
export { stripeJsSource } from "./stripe-js"
