/**
 * Card payments through Stripe: Medusa's provider, its API origin configurable.
 * Registered as `pp_stripe_stripe` (identifier `stripe`, id `stripe`); webhooks
 * arrive at `/hooks/payment/stripe_stripe`.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OcopStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [OcopStripeProviderService] })
