import { describe, expect, it } from "vitest"
import { listingHref, parseListingFilters } from "./filters"
import {
  EMPTY_SEARCH,
  MAX_QUERY_LENGTH,
  isSearching,
  maxSearchPage,
  normalizeQuery,
  parseSearchState,
  searchHref,
  serializeSearchState,
  suggestHref,
  toSearchQuery,
} from "./search"

const parse = (query: string) => parseSearchState(new URLSearchParams(query))

describe("normalizeQuery", () => {
  it("tidies what was typed", () => {
    expect(normalizeQuery("  nuoc   mam\tcai rong ")).toBe("nuoc mam cai rong")
    expect(normalizeQuery("trà\u0000hoa")).toBe("trà hoa")
    expect(normalizeQuery(null)).toBe("")
    expect(normalizeQuery("   ")).toBe("")
  })

  it("writes Vietnamese in NFC, whatever the keyboard sent", () => {
    const decomposed = "Nước mắm".normalize("NFD")
    expect(normalizeQuery(decomposed)).toBe("Nước mắm".normalize("NFC"))
  })

  it("keeps at most 200 characters", () => {
    expect(normalizeQuery("a".repeat(500))).toHaveLength(MAX_QUERY_LENGTH)
    expect(normalizeQuery(`${"a".repeat(199)} b`)).toBe("a".repeat(199))
  })
})

describe("parseSearchState", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual(EMPTY_SEARCH)
    expect(EMPTY_SEARCH.sort).toBe("relevance")
  })

  it("reads the query, the filters, the sort and the page", () => {
    expect(
      parse("q=nuoc+mam&min_stars=5&group=food&producer=cty-cp-nuoc-mam-cai-rong&commune=%C4%90%E1%BA%B7c+khu+V%C3%A2n+%C4%90%E1%BB%93n&price_min=100.000&price_max=500000&sort=price_asc&page=2"),
    ).toEqual({
      q: "nuoc mam",
      minStars: 5,
      group: "food",
      producer: "cty-cp-nuoc-mam-cai-rong",
      commune: "Đặc khu Vân Đồn",
      priceMin: 100000,
      priceMax: 500000,
      sort: "price_asc",
      page: 2,
    })
  })

  it("reads the filters exactly as the listing does", () => {
    const query = "min_stars=4&group=herbal&commune=X%C3%A3+Ba+Ch%E1%BA%BD&price_min=900&price_max=100"
    const { sort: _listingSort, page: _listingPage, ...listing } = parseListingFilters(new URLSearchParams(query))
    const { q: _q, sort: _sort, page: _page, ...search } = parse(query)
    expect(search).toEqual(listing)
  })

  it("ignores values outside the vocabulary", () => {
    const s = parse("min_stars=2&group=textiles&sort=cheapest&page=zero")
    expect(s).toEqual(EMPTY_SEARCH)
  })

  it("keeps the page within what the search API serves", () => {
    expect(parse("page=99999").page).toBe(maxSearchPage())
    expect((maxSearchPage() - 1) * 24).toBeLessThanOrEqual(10_000)
    expect(maxSearchPage() * 24).toBeGreaterThan(10_000)
  })
})

describe("serializeSearchState", () => {
  it("leaves defaults out and puts q first", () => {
    expect(serializeSearchState(EMPTY_SEARCH).toString()).toBe("")
    expect(serializeSearchState({ q: "trà hoa", sort: "relevance", page: 1 }).toString()).toBe("q=tr%C3%A0+hoa")
    expect(serializeSearchState({ page: 3, minStars: 5, q: "mật ong" }).toString()).toBe("q=m%E1%BA%ADt+ong&min_stars=5&page=3")
  })

  it("round-trips through parse", () => {
    const state = {
      ...EMPTY_SEARCH,
      q: "chả mực Hạ Long",
      minStars: 4 as const,
      group: "food" as const,
      commune: "Phường Hồng Gai",
      priceMax: 300000,
      sort: "stars" as const,
      page: 2,
    }
    expect(parseSearchState(serializeSearchState(state))).toEqual(state)
  })

  it("builds links to the results page", () => {
    expect(searchHref()).toBe("/tim-kiem")
    expect(searchHref({ q: "nuoc mam cai rong" })).toBe("/tim-kiem?q=nuoc+mam+cai+rong")
    expect(searchHref({ q: "  ", minStars: 5 })).toBe("/tim-kiem?min_stars=5")
    expect(searchHref({ q: "fish sauce", sort: "newest" })).toBe("/tim-kiem?q=fish+sauce&sort=newest")
  })

  it("reads what the header's plain GET form sends", () => {
    expect(parse("q=nuoc+mam+cai+rong")).toEqual({ ...EMPTY_SEARCH, q: "nuoc mam cai rong" })
    // The results page's filter form: the hidden query, empty fields, the chosen filter.
    const form = "q=cha+muc&sort=relevance&min_stars=5&group=&producer=&commune=&price_min=&price_max="
    expect(searchHref(parse(form))).toBe("/tim-kiem?q=cha+muc&min_stars=5")
  })
})

describe("toSearchQuery", () => {
  it("passes the query and filters under the API's names, the page as limit and offset", () => {
    expect(toSearchQuery(EMPTY_SEARCH)).toEqual({ q: "", sort: "relevance", limit: 24, offset: 0 })
    expect(toSearchQuery({ ...EMPTY_SEARCH, q: "ba kich", minStars: 3, producer: "p", priceMin: 0, page: 3 }, 12)).toEqual({
      q: "ba kich",
      min_stars: 3,
      producer: "p",
      price_min: 0,
      sort: "relevance",
      limit: 12,
      offset: 24,
    })
  })
})

describe("helpers", () => {
  it("searches only with a query or a filter", () => {
    expect(isSearching(EMPTY_SEARCH)).toBe(false)
    expect(isSearching({ ...EMPTY_SEARCH, sort: "newest", page: 2 })).toBe(false)
    expect(isSearching({ ...EMPTY_SEARCH, q: "mật ong" })).toBe(true)
    expect(isSearching({ ...EMPTY_SEARCH, group: "herbal" })).toBe(true)
  })

  it("builds the suggestions URL", () => {
    expect(suggestHref(" tra  hoa ")).toBe("/tim-kiem/goi-y?q=tra+hoa")
  })

  it("does not disturb the listing's links", () => {
    expect(listingHref({ minStars: 5 })).toBe("/san-pham?min_stars=5")
  })
})
