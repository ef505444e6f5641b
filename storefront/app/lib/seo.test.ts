import { describe, expect, it } from "vitest"
import type { ProductDetail } from "./catalog"
import { plainText, productJsonLd } from "./seo"

const img = "http://127.0.0.1:9000/static/cha-muc-ha-long-1"

function product(overrides: Partial<ProductDetail> = {}): ProductDetail {
  return {
    id: "prod_1",
    handle: "cha-muc-ha-long",
    title: "Chả mực Hạ Long",
    subtitle: "Giã tay",
    thumbnail: `${img}-400.webp`,
    created_at: "2026-01-01T00:00:00.000Z",
    price: { min: 220000, max: 420000, currency_code: "vnd" },
    ocop: {
      star: 5,
      score: 92,
      product_group: "food",
      decision_number: "1234/QĐ-UBND",
      issuing_authority: "UBND tỉnh Quảng Ninh",
      decision_date: "2025-03-01T00:00:00.000Z",
      expires_at: "2028-03-01T00:00:00.000Z",
      days_left: 800,
    },
    description: "Chả mực <b>giã tay</b>\n truyền thống.",
    material: null,
    origin_country: "vn",
    metadata: { origin: "Hạ Long", image_sizes: [400, 800, 1200] },
    images: [{ id: "img_1", url: `${img}-1200.webp` }],
    options: [{ id: "opt_1", title: "Khối lượng", values: [{ value: "500 g" }, { value: "1 kg" }] }],
    variants: [
      { id: "variant_1", title: "500 g", sku: "CMHL-500", price: 220000, options: [{ option_id: "opt_1", value: "500 g" }] },
      { id: "variant_2", title: "1 kg", sku: "CMHL-1000", price: 420000.4, options: [{ option_id: "opt_1", value: "1 kg" }] },
    ],
    certificates: [],
    producer: {
      id: "prdc_1",
      handle: "co-so-cha-muc",
      name: "Cơ sở chả mực Hạ Long",
      legal_form: "household",
      province: "Quảng Ninh",
      commune: "Phường Hạ Long",
      verified: true,
      description: null,
      logo_url: null,
      cover_url: null,
      product_count: 2,
      top_star: 5,
      street: "12 Lê Thánh Tông",
      former_locality: "TP Hạ Long",
      phone: null,
      email: null,
      story: null,
      website: null,
      social_links: null,
    },
    ...overrides,
  }
}

const url = "https://cho-ocop.example/san-pham/cha-muc-ha-long"

describe("productJsonLd", () => {
  it("describes a Product with one Offer per variant in whole đồng", () => {
    const ld = productJsonLd(product(), { url, producerUrl: "https://cho-ocop.example/nha-san-xuat/co-so-cha-muc" })
    expect(ld["@context"]).toBe("https://schema.org")
    expect(ld["@type"]).toBe("Product")
    expect(ld.name).toBe("Chả mực Hạ Long")
    expect(ld.description).toBe("Chả mực giã tay truyền thống.")
    expect(ld.image).toEqual([`${img}-1200.webp`])
    expect(ld.brand).toEqual({ "@type": "Brand", name: "Cơ sở chả mực Hạ Long" })
    const offers = ld.offers as Record<string, unknown>[]
    expect(offers).toHaveLength(2)
    expect(offers[0]).toMatchObject({
      "@type": "Offer",
      price: 220000,
      priceCurrency: "VND",
      availability: "https://schema.org/InStock",
      sku: "CMHL-500",
      url: `${url}?variant=variant_1`,
    })
    expect(offers[1].price).toBe(420000)
    expect(Number.isInteger(offers[1].price)).toBe(true)
    expect(ld.award).toBe("OCOP 5 sao (1234/QĐ-UBND, UBND tỉnh Quảng Ninh)")
    expect(ld.category).toBe("Thực phẩm")
    expect(ld.manufacturer).toMatchObject({ "@type": "Organization", url: "https://cho-ocop.example/nha-san-xuat/co-so-cha-muc" })
  })

  it("claims no stars when no certificate is valid", () => {
    const ld = productJsonLd(product({ ocop: null }), { url })
    expect(ld.award).toBeUndefined()
    expect(JSON.stringify(ld)).not.toMatch(/sao|star/i)
  })

  it("gives a single Offer object for a single variant and drops unpriced ones", () => {
    const p = product()
    const ld = productJsonLd({ ...p, variants: [p.variants[0], { ...p.variants[1], price: null }] }, { url })
    expect(ld.offers).toMatchObject({ "@type": "Offer", price: 220000 })
    expect(ld.sku).toBeUndefined()
  })

  it("leaves out what is unknown", () => {
    const ld = productJsonLd(product({ producer: null, images: [], thumbnail: null, description: null, subtitle: null }), { url })
    expect(ld).not.toHaveProperty("brand")
    expect(ld).not.toHaveProperty("image")
    expect(ld).not.toHaveProperty("description")
  })
})

describe("plainText", () => {
  it("cuts long text at a word", () => {
    expect(plainText("một hai ba bốn năm", 12)).toBe("một hai ba…")
    expect(plainText(null)).toBe("")
  })
})
