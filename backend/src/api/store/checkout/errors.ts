/**
 * How checkout answers a failure: a status, a `code` the storefront translates,
 * an English message that says what to do, and the fields at fault. Nothing was
 * charged in any of these cases (Medusa reverts the payment when completion fails).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type AnyError = { type?: string; code?: string; message?: string; errors?: unknown; details?: unknown; name?: string }

const UNPUBLISHED = /Variants? (.+?) do(?:es)? not exist or belong to a product that is not published/
const STOCK = /Not enough stock available for item (\S+) at location/
const NOT_STOCKED = /Item (\S+) is not stocked at location/

async function stockMessage(container: MedusaContainer, inventoryItemId: string): Promise<{ title: string; available: number | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "title", "location_levels.stocked_quantity", "location_levels.reserved_quantity", "variants.title", "variants.product.title"],
      filters: { id: inventoryItemId },
    })
    const item = data[0] as any
    const variant = item?.variants?.[0]
    const title = variant?.product?.title ? `${variant.product.title}${variant.title ? ` (${variant.title})` : ""}` : item?.title ?? "A product"
    const available = (item?.location_levels ?? []).reduce((sum: number, l: any) => sum + Math.max(0, Number(l?.stocked_quantity ?? 0) - Number(l?.reserved_quantity ?? 0)), 0)
    return { title, available }
  } catch {
    return { title: "A product in your cart", available: null }
  }
}

/** Sends the answer for an error thrown by checkout. */
export async function sendCheckoutError(res: MedusaResponse, container: MedusaContainer, thrown: unknown) {
  const error = (thrown ?? {}) as AnyError
  const message = error.message ?? "Checkout failed"
  const stock = STOCK.exec(message) ?? NOT_STOCKED.exec(message)
  if (stock) {
    const { title, available } = await stockMessage(container, stock[1])
    const left = available === null ? "" : available > 0 ? ` Only ${available} left.` : " It is sold out."
    return res.status(409).json({
      type: "conflict",
      code: "out_of_stock",
      message: `Sorry, ${title} is no longer available in the quantity in your cart: someone else just bought it.${left} Change the quantity or remove it; nothing was charged.`,
      errors: [{ field: "items", code: "out_of_stock", message: `${title}: not enough in stock.` }],
    })
  }
  const gone = UNPUBLISHED.exec(message)
  if (gone) {
    const ids = gone[1].split(/,\s*/)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: ids }, withDeleted: true } as any).catch(() => ({ data: [] as any[] }))
    const names = (data as any[]).map((v) => v.product?.title ?? v.title).filter(Boolean)
    const what = names.length ? names.join(", ") : "A product in your cart"
    return res.status(409).json({
      type: "conflict",
      code: "item_unavailable",
      message: `${what} ${names.length > 1 ? "are" : "is"} no longer sold. Remove ${names.length > 1 ? "them" : "it"} from your cart to place the order; nothing was charged.`,
      errors: [{ field: "items", code: "item_unavailable", message: `${what}: no longer sold.` }],
    })
  }
  switch (error.type) {
    case "payment_authorization_error":
    case "payment_requires_more_error":
      return res.status(402).json({
        type: error.type,
        code: error.code && error.code !== error.type ? error.code : "payment_declined",
        message: /No money was taken/.test(message) ? message : `${message}. No money was taken; try again or choose another way to pay.`,
        errors: [{ field: "payment", code: "payment_declined", message }],
      })
    case "conflict":
      return res.status(409).json({ type: "conflict", code: error.code ?? "conflict", message, errors: error.errors ?? [], ...(error.details ? { details: error.details } : {}) })
    case "not_found":
      return res.status(404).json({ type: "not_found", code: error.code ?? "not_found", message })
    case "invalid_data":
    case "not_allowed":
      return res.status(400).json({ type: error.type, code: error.code ?? error.type, message, errors: error.errors ?? [] })
  }
  if (/acquir(e|ing) lock|lock.*timed?.?out/i.test(message)) {
    return res.status(409).json({ type: "conflict", code: "checkout_in_progress", message: "This cart is already being checked out; wait a moment and look at your orders.", errors: [] })
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).error(`Checkout failed: ${message}`)
  return res.status(500).json({ type: "unknown_error", code: "checkout_failed", message: "Your order could not be placed because of an error on our side; nothing was charged. Please try again.", errors: [] })
}
