/**
 * Medusa's `POST /hooks/payment/:provider` answers 200 at once and reads the event
 * later, in a subscriber, so a forged delivery would still get a 200. This middleware
 * has the provider read the event first (Stripe: checks `Stripe-Signature` against the
 * webhook secret with the Stripe SDK): a delivery it cannot read gets a 400 and is
 * never queued, and the sender (Stripe) sees the failure and retries.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

export async function verifyPaymentWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const provider = req.params.provider ?? decodeURIComponent(req.path.split("/").pop() ?? "")
  const payment = req.scope.resolve(Modules.PAYMENT)
  try {
    await payment.getWebhookActionAndData({
      provider,
      payload: { data: req.body as Record<string, unknown>, rawData: (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? "", headers: req.headers as Record<string, unknown> },
    })
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Webhook refused: ${(error as Error).message}` })
    return
  }
  next()
}
