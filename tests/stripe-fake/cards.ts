/**
 * Stripe's test PaymentMethods (https://docs.stripe.com/testing#cards) that the
 * fake understands. Using one on a PaymentIntent creates a new `pm_…` object
 * with that card, as Stripe does; a declining card fails the charge with
 * Stripe's documented error code, decline code and message.
 */

export type TestCard = {
  brand: string
  last4: string
  funding: "credit" | "debit"
  country: string
  decline?: { code: string; decline_code: string; message: string }
}

export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: "visa", last4: "4242", funding: "credit", country: "US" },
  pm_card_visa_debit: { brand: "visa", last4: "5556", funding: "debit", country: "US" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444", funding: "credit", country: "US" },
  pm_card_chargeDeclined: {
    brand: "visa",
    last4: "0002",
    funding: "credit",
    country: "US",
    decline: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: "visa",
    last4: "9995",
    funding: "credit",
    country: "US",
    decline: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
  },
  pm_card_chargeDeclinedExpiredCard: {
    brand: "visa",
    last4: "0069",
    funding: "credit",
    country: "US",
    decline: { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." },
  },
}

/** The charge outcome Stripe reports for a decline code. */
export function declineOutcome(declineCode: string) {
  return {
    network_status: "declined_by_network",
    reason: declineCode,
    risk_level: "normal",
    seller_message: "The bank did not return any further details with this decline.",
    type: "issuer_declined",
  }
}
