import { facets, matches, sortProducts } from "./filter"
import type { CatalogProduct } from "./shape"

function product(handle: string, star: number | null, min: number | null, commune: string, created: string): CatalogProduct {
  return {
    id: handle,
    handle,
    title: handle,
    subtitle: null,
    thumbnail: null,
    created_at: created,
    price: min === null ? null : { min, max: min, currency_code: "vnd" },
    ocop: star === null ? null : ({ star, score: star * 18, product_group: "food" } as any),
    producer: { id: `p-${commune}`, handle: `p-${commune}`, name: `Cơ sở ${commune}`, legal_form: "household", province: "Quảng Ninh", commune, verified: true },
  }
}

const catalog = [
  product("a", 5, 300000, "Xã Ba Chẽ", "2026-01-01"),
  product("b", 3, 50000, "Xã Ba Chẽ", "2026-03-01"),
  product("c", null, 120000, "Phường Hạ Long", "2026-02-01"),
  product("d", 4, null, "Phường Hạ Long", "2026-04-01"),
]

describe("catalog filters", () => {
  it("keeps only rated products when a minimum star is asked", () => {
    expect(catalog.filter((p) => matches(p, { min_stars: 4 })).map((p) => p.handle)).toEqual(["a", "d"])
  })

  it("drops products without a price from a price filter", () => {
    expect(catalog.filter((p) => matches(p, { price_max: 200000 })).map((p) => p.handle)).toEqual(["b", "c"])
  })

  it("sorts unpriced products last whichever way prices go", () => {
    expect(sortProducts(catalog, "price_asc").map((p) => p.handle)).toEqual(["b", "c", "a", "d"])
    expect(sortProducts(catalog, "price_desc").map((p) => p.handle)).toEqual(["a", "c", "b", "d"])
    expect(sortProducts(catalog, "newest").map((p) => p.handle)).toEqual(["d", "b", "c", "a"])
    expect(sortProducts(catalog, "stars").map((p) => p.handle)).toEqual(["a", "d", "b", "c"])
  })

  it("counts stars cumulatively and communes in Vietnamese order", () => {
    const counted = facets(catalog)
    expect(counted.stars).toEqual([
      { value: 5, count: 1 },
      { value: 4, count: 2 },
      { value: 3, count: 3 },
    ])
    expect(counted.communes.map((c) => c.value)).toEqual(["Phường Hạ Long", "Xã Ba Chẽ"])
    expect(counted.price).toEqual({ min: 50000, max: 300000 })
  })
})
