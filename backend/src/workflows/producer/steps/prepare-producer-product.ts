import { ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { marketplaceChannelAndLocation } from "../../../lib/producer-portal/marketplace"
import { slugify } from "../../../lib/text"

export const prepareProducerProductStepId = "prepare-producer-product"

export type NewListing = {
  title: string
  subtitle?: string | null
  description?: string | null
  images: string[]
  options?: { title: string; values: string[] }[]
  variants: { title: string; sku?: string | null; price: number; stock: number; options?: Record<string, string> }[]
}

/** The option every single-option listing gets when the producer names none. */
export const DEFAULT_OPTION_TITLE = "Quy cách"

const nfc = (s: string) => s.normalize("NFC").trim()

/**
 * Turns a producer's listing into Medusa's product input: a draft in the marketplace's sales
 * channel, NFC text, a unique handle, VND prices, inventory kept; and the stock wanted per
 * variant at the marketplace warehouse. Reads only.
 */
export const prepareProducerProductStep = createStep(prepareProducerProductStepId, async (listing: NewListing, { container }) => {
  const { sales_channel_id, location_id, shipping_profile_id } = await marketplaceChannelAndLocation(container)
  const options = listing.options?.length
    ? listing.options.map((o) => ({ title: nfc(o.title), values: o.values.map(nfc) }))
    : [{ title: DEFAULT_OPTION_TITLE, values: listing.variants.map((v) => nfc(v.title)) }]
  const variants = listing.variants.map((v, i) => ({
    title: nfc(v.title),
    variant_rank: i,
    sku: v.sku ?? undefined,
    manage_inventory: true,
    options: listing.options?.length
      ? Object.fromEntries(Object.entries(v.options ?? {}).map(([k, value]) => [nfc(k), nfc(value)]))
      : { [DEFAULT_OPTION_TITLE]: nfc(v.title) },
    prices: [{ amount: v.price, currency_code: "vnd" }],
  }))
  const product = {
    title: nfc(listing.title),
    subtitle: listing.subtitle ? nfc(listing.subtitle) : undefined,
    description: listing.description ? nfc(listing.description) : undefined,
    handle: `${slugify(listing.title, 80) || "san-pham"}-${randomBytes(3).toString("hex")}`,
    status: ProductStatus.DRAFT,
    images: listing.images.map((url) => ({ url })),
    thumbnail: listing.images[0],
    options,
    variants,
    sales_channels: [{ id: sales_channel_id }],
    ...(shipping_profile_id ? { shipping_profile_id } : {}),
  }
  const stock = listing.variants.map((v) => ({ title: nfc(v.title), quantity: v.stock }))
  return new StepResponse({ product, location_id, stock })
})
