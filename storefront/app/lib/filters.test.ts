import { describe, expect, it } from "vitest"
import {
  EMPTY_FACET_FILTERS,
  EMPTY_FILTERS,
  activeFilterCount,
  hasEmptyField,
  parseFacetFilters,
  parsePage,
  toFacetQuery,
  writeFacetFilters,
  listingHref,
  pageCount,
  pageWindow,
  parseProducerFilters,
  producersHref,
  parseListingFilters,
  serializeListingFilters,
  toCatalogQuery,
} from "./filters"

const parse = (query: string) => parseListingFilters(new URLSearchParams(query))

describe("parseListingFilters", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual(EMPTY_FILTERS)
  })

  it("reads every filter", () => {
    expect(
      parse("min_stars=4&group=food&producer=htx-ba-che&commune=X%C3%A3+Ba+Ch%E1%BA%BD&price_min=100000&price_max=500000&sort=price_asc&page=3"),
    ).toEqual({
      minStars: 4,
      group: "food",
      producer: "htx-ba-che",
      commune: "Xã Ba Chẽ",
      priceMin: 100000,
      priceMax: 500000,
      sort: "price_asc",
      page: 3,
    })
  })

  it("ignores the empty fields a GET form sends", () => {
    expect(parse("min_stars=&group=&producer=&commune=&price_min=&price_max=&sort=newest")).toEqual(EMPTY_FILTERS)
  })

  it("ignores values outside the vocabulary", () => {
    const f = parse("min_stars=2&group=textiles&sort=cheapest&page=0")
    expect(f.minStars).toBeNull()
    expect(f.group).toBeNull()
    expect(f.sort).toBe("newest")
    expect(f.page).toBe(1)
    expect(parse("page=-2").page).toBe(1)
    expect(parse("page=1.5").page).toBe(1)
    expect(parse("page=99999999").page).toBe(4000)
    expect(parse("min_stars=abc").minStars).toBeNull()
  })

  it("reads prices written the Vietnamese way and swaps a reversed range", () => {
    expect(parse("price_min=125.000").priceMin).toBe(125000)
    expect(parse("price_min=abc").priceMin).toBeNull()
    const f = parse("price_min=500000&price_max=100000")
    expect([f.priceMin, f.priceMax]).toEqual([100000, 500000])
  })

  it("stores the commune in NFC so it matches the catalog", () => {
    const decomposed = "Xã Ba Chẽ".normalize("NFD")
    expect(parse(`commune=${encodeURIComponent(decomposed)}`).commune).toBe("Xã Ba Chẽ".normalize("NFC"))
  })
})

describe("serializeListingFilters", () => {
  it("leaves defaults out", () => {
    expect(serializeListingFilters(EMPTY_FILTERS).toString()).toBe("")
    expect(serializeListingFilters({ sort: "newest", page: 1 }).toString()).toBe("")
  })

  it("round-trips through parse", () => {
    const filters = {
      ...EMPTY_FILTERS,
      minStars: 5 as const,
      commune: "Phường Hạ Long",
      priceMax: 300000,
      sort: "stars" as const,
      page: 2,
    }
    expect(parseListingFilters(serializeListingFilters(filters))).toEqual(filters)
  })

  it("builds listing links", () => {
    expect(listingHref()).toBe("/san-pham")
    expect(listingHref({ group: "herbal" })).toBe("/san-pham?group=herbal")
    expect(listingHref({ minStars: 5, sort: "price_desc", page: 2 })).toBe("/san-pham?min_stars=5&sort=price_desc&page=2")
  })
})

describe("toCatalogQuery", () => {
  it("turns the page into limit and offset", () => {
    expect(toCatalogQuery({ ...EMPTY_FILTERS, page: 3 })).toEqual({ sort: "newest", limit: 24, offset: 48 })
  })

  it("passes the filters under the API's names", () => {
    expect(toCatalogQuery({ ...EMPTY_FILTERS, minStars: 4, group: "food", producer: "p", commune: "c", priceMin: 0, priceMax: 9 }, 12)).toEqual({
      sort: "newest",
      limit: 12,
      offset: 0,
      min_stars: 4,
      group: "food",
      producer: "p",
      commune: "c",
      price_min: 0,
      price_max: 9,
    })
  })
})

describe("paging helpers", () => {
  it("counts pages", () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24)).toBe(1)
    expect(pageCount(25)).toBe(2)
  })

  it("counts active filters", () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, sort: "stars", page: 4 })).toBe(0)
    expect(activeFilterCount({ ...EMPTY_FILTERS, minStars: 5, priceMin: 0 })).toBe(2)
  })

  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9])
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, null, 9])
  })
})

describe("producer list filters", () => {
  it("reads and writes the query", () => {
    const f = parseProducerFilters(new URLSearchParams("q=+ba+ch%E1%BA%BD+&legal_form=cooperative&commune=&page=2"))
    expect(f).toEqual({ q: "ba chẽ", legalForm: "cooperative", commune: null, page: 2 })
    expect(producersHref(f)).toBe("/nha-san-xuat?q=ba+ch%E1%BA%BD&legal_form=cooperative&page=2")
    expect(producersHref()).toBe("/nha-san-xuat")
  })

  it("ignores an unknown legal form", () => {
    expect(parseProducerFilters(new URLSearchParams("legal_form=ngo")).legalForm).toBeNull()
  })
})

describe("shared facet filters", () => {
  it("reads and writes the filters the listing and the search share", () => {
    const params = new URLSearchParams("q=x&min_stars=3&group=food&price_max=5&sort=stars&page=2")
    const facets = parseFacetFilters(params)
    expect(facets).toEqual({ ...EMPTY_FACET_FILTERS, minStars: 3, group: "food", priceMax: 5 })
    expect(writeFacetFilters(new URLSearchParams("q=x"), facets).toString()).toBe("q=x&min_stars=3&group=food&price_max=5")
    expect(toFacetQuery(facets)).toEqual({ min_stars: 3, group: "food", price_max: 5 })
  })

  it("spots the empty fields of a GET form", () => {
    expect(hasEmptyField(new URLSearchParams("q=a&group="))).toBe(true)
    expect(hasEmptyField(new URLSearchParams("q=a"))).toBe(false)
  })

  it("bounds the page", () => {
    expect(parsePage(new URLSearchParams("page=50"), 10)).toBe(10)
    expect(parsePage(new URLSearchParams("page=x"))).toBe(1)
  })
})
