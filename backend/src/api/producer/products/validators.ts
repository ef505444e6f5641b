/** Bodies and queries of the producer's listings (docs/producer-api.md, "Listings"). */
import { z } from "@medusajs/framework/zod"

const text = (field: string, max: number) => z.string().trim().min(1, `${field} must not be empty`).max(max, `${field} is too long (${max} characters at most)`)

/** Only pictures made by POST /producer/uploads (WebP under a generated name). */
export const UPLOADED_IMAGE_PATH = /\/static\/[0-9]+-pimg-[0-9a-f]{24}-[0-9]{3,4}\.webp$/
const imageUrl = z
  .url({ protocol: /^https?$/, error: "each image must be a web address answered by /producer/uploads" })
  .max(500)
  // Zod runs this even after the url check failed: a value that is no URL must not throw here.
  .refine((url) => URL.canParse(url) && UPLOADED_IMAGE_PATH.test(new URL(url).pathname), "each image must be a picture uploaded through /producer/uploads")

const price = z
  .number({ error: "price must be a number of đồng, e.g. 150000" })
  .int("price must be a whole number of đồng (VND has no decimals)")
  .min(1000, "price must be at least 1.000 ₫")
  .max(100_000_000, "price must be at most 100.000.000 ₫")
const stock = z
  .number({ error: "stock must be a number of items, e.g. 40" })
  .int("stock must be a whole number")
  .min(0, "stock must not be negative")
  .max(100_000, "stock must be at most 100.000")
const sku = text("sku", 64).regex(/^[A-Za-z0-9._-]+$/, "sku must be letters, digits, dots, dashes or underscores").nullish()

const ProductText = {
  title: text("title", 200),
  subtitle: text("subtitle", 200).nullish(),
  description: text("description", 5000).nullish(),
  images: z.array(imageUrl).max(10, "at most 10 images per product"),
}

const NewVariant = z
  .object({
    title: text("variant title", 100),
    sku,
    price,
    stock,
    options: z.record(z.string(), text("option value", 100)).optional(),
  })
  .strict()

export type ProducerCreateProduct = z.infer<typeof ProducerCreateProduct>
export const ProducerCreateProduct = z
  .object({
    ...ProductText,
    images: ProductText.images.default([]),
    options: z
      .array(z.object({ title: text("option title", 50), values: z.array(text("option value", 100)).min(1, "each option needs at least one value").max(50) }).strict())
      .max(3, "at most 3 options (e.g. weight, flavour, packaging)")
      .optional(),
    variants: z.array(NewVariant, { error: "variants must be a list with at least one variant (title, price, stock)" }).min(1, "a product needs at least one variant with a price").max(50, "at most 50 variants"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const titles = body.variants.map((v) => v.title.normalize("NFC").toLowerCase())
    if (new Set(titles).size !== titles.length) ctx.addIssue({ code: "custom", path: ["variants"], message: "two variants have the same title" })
    if (!body.options?.length) return
    body.variants.forEach((variant, i) => {
      for (const option of body.options!) {
        const value = variant.options?.[option.title]
        if (!value || !option.values.includes(value)) {
          ctx.addIssue({ code: "custom", path: ["variants", i, "options"], message: `variant "${variant.title}" needs a value of option "${option.title}" among ${option.values.join(", ")}` })
        }
      }
    })
  })

export type ProducerUpdateProduct = z.infer<typeof ProducerUpdateProduct>
export const ProducerUpdateProduct = z
  .object({
    title: ProductText.title.optional(),
    subtitle: ProductText.subtitle,
    description: ProductText.description,
    images: ProductText.images.optional(),
    variants: z
      .array(
        z
          .object({ id: text("variant id", 100), title: text("variant title", 100).optional(), sku, price: price.optional(), stock: stock.optional() })
          .strict(),
      )
      .max(50)
      .optional(),
  })
  .strict()

export type ProducerProductsParams = z.infer<typeof ProducerProductsParams>
export const ProducerProductsParams = z
  .object({
    status: z.enum(["draft", "proposed", "published", "rejected"], { error: "status must be one of draft, proposed, published, rejected" }).optional(),
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type ProducerSubmitProduct = z.infer<typeof ProducerSubmitProduct>
export const ProducerSubmitProduct = z.object({}).strict()
