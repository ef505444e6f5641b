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

/**
 * Stripe's test card numbers (https://docs.stripe.com/testing#cards), as Stripe.js
 * sends them in `payment_method_data[card][number]`, and the test PaymentMethod each
 * behaves like.
 */
export const TEST_CARD_NUMBERS: Record<string, keyof typeof TEST_CARDS> = {
  "4242424242424242": "pm_card_visa",
  "4000056655665556": "pm_card_visa_debit",
  "5555555555554444": "pm_card_mastercard",
  "4000000000000002": "pm_card_chargeDeclined",
  "4000000000009995": "pm_card_chargeDeclinedInsufficientFunds",
  "4000000000000069": "pm_card_chargeDeclinedExpiredCard",
}

/** The Luhn check every card number passes. */
export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** What Stripe answers in test mode for a real (non-test) card number. */
export const LIVE_CARD_IN_TEST_MODE = {
  code: "card_declined",
  decline_code: "test_mode_live_card",
  message: "Your card was declined. Your request was in test mode, but used a non test (live) card. For a list of valid test cards, visit: https://stripe.com/docs/testing.",
}
