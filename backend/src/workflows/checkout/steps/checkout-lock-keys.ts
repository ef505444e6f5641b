import { randomUUID } from "node:crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const checkoutLockKeysStepId = "checkout-lock-keys"

export type CheckoutLock = { key: string[]; ownerId: string; timeout: number; ttl: number }

/**
 * The locks a checkout holds while it runs: its cart (one completion of a cart at a time) and
 * each variant in it (the stock check and the reservation of two carts sharing a product never
 * interleave, so stock checked as available is still there when it is reserved). Keys are
 * sorted, so two checkouts always take them in the same order. Reads only.
 */
export const checkoutLockKeysStep = createStep(checkoutLockKeysStepId, async (input: { cart_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.variant_id"], filters: { id: input.cart_id } })
  const variants = ((data[0] as any)?.items ?? []).map((i: { variant_id?: string | null } | null) => i?.variant_id).filter((v: unknown): v is string => typeof v === "string")
  const key = [input.cart_id, ...[...new Set<string>(variants)].sort().map((id) => `stock:${id}`)]
  return new StepResponse<CheckoutLock>({ key, ownerId: `checkout:${randomUUID()}`, timeout: 30, ttl: 120 })
})
