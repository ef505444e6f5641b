import { describe, expect, it } from "vitest"
import { createBody, pictureKind, picturesProblem, productValues, readListingForm, updateBody } from "./producer-listing"
import type { PortalProduct } from "./producer-portal"

const form = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null })

const stored: PortalProduct = {
  id: "prod_1",
  title: "Trà hoa vàng",
  handle: "tra-hoa-vang",
  subtitle: null,
  description: "Sấy lạnh",
  status: "published",
  rejection_reason: null,
  thumbnail: null,
  images: [],
  options: [{ title: "Khối lượng", values: ["100 g"] }],
  variants: [{ id: "variant_1", title: "100 g", sku: null, price: 150000, stock: 40, options: { "Khối lượng": "100 g" } }],
  created_at: "",
  updated_at: "",
}

function typed(values: Record<string, string>) {
  return readListingForm(
    form({ title: "Trà hoa vàng", description: "Sấy lạnh", option_title: "Khối lượng", "variant-rows": "3", "variant-0-id": "variant_1", "variant-0-title": "100 g", "variant-0-price": "150.000", "variant-0-stock": "40", ...values }),
  )
}

describe("the listing form", () => {
  it("creates a listing with one option naming its variants", () => {
    const read = readListingForm(form({ title: "Nước mắm", "variant-rows": "3", "variant-0-title": "Chai 500 ml", "variant-0-price": "125.000", "variant-0-stock": "12" }))
    expect(read.errors).toEqual({})
    expect(createBody(read, ["https://x/static/1-pimg-a-800.webp"])).toEqual({
      title: "Nước mắm",
      images: ["https://x/static/1-pimg-a-800.webp"],
      options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
      variants: [{ title: "Chai 500 ml", price: 125000, stock: 12, options: { "Quy cách": "Chai 500 ml" } }],
    })
  })

  it("sends only a new price, so a published listing stays on sale", () => {
    expect(updateBody(typed({ "variant-0-price": "135.000" }), stored)).toEqual({ variants: [{ id: "variant_1", title: "100 g", price: 135000, stock: 40 }] })
    expect(updateBody(typed({}), stored)).toEqual({})
  })

  it("adds a variant and its option value; a new title is sent as such", () => {
    const body = updateBody(typed({ title: "Trà hoa vàng Ba Chẽ", "variant-1-title": "200 g", "variant-1-price": "280000", "variant-1-stock": "5" }), stored)
    expect(body).toEqual({
      title: "Trà hoa vàng Ba Chẽ",
      options: [{ title: "Khối lượng", values: ["100 g", "200 g"] }],
      variants: [{ title: "200 g", price: 280000, stock: 5, options: { "Khối lượng": "200 g" } }],
    })
  })

  it("asks for a variant and offers three empty rows for a new listing, two more for a stored one", () => {
    expect(readListingForm(form({ title: "X", "variant-rows": "3" })).errors).toEqual({ "variant-0-title": "portal.listing.invalid.noVariant" })
    expect(productValues(null).variants).toHaveLength(3)
    expect(productValues(stored).variants).toHaveLength(3)
    expect(productValues(stored).variants[0]).toEqual({ id: "variant_1", title: "100 g", price: "150.000", stock: "40" })
  })
})

describe("pictures before upload", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0])
  const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBP")
  const text = new TextEncoder().encode("not a picture")

  it("knows a picture by its content", () => {
    expect([png, jpeg, webp, text].map(pictureKind)).toEqual(["png", "jpeg", "webp", null])
  })

  it("says what is wrong: too many, too big, not a picture", () => {
    expect(picturesProblem([{ size: 1000, head: png }])).toBeNull()
    expect(picturesProblem(Array.from({ length: 7 }, () => ({ size: 1000, head: png })))).toBe("portal.listing.upload.tooMany")
    expect(picturesProblem([{ size: 8 * 1024 * 1024 + 1, head: jpeg }])).toBe("portal.listing.upload.tooBig")
    expect(picturesProblem([{ size: 10, head: text }])).toBe("portal.listing.upload.type")
  })
})
