import { describe, expect, it } from "vitest"
import type { SearchTypes } from "@medusajs/framework/types"
import type { CertificateRow } from "../catalog/shape"
import { PRODUCER_KEY_SEPARATOR, toSearchDocument, type CatalogSearchDocument, type SearchProductRow } from "./documents"
import { searchCatalog, suggest, type Searcher } from "./engine"
import { escapeHtml, highlight, highlightFragment, highlightTerms } from "./highlight"
import { currentRating, isRatingStale, ratingFields } from "./rating"
import { rerank } from "./rerank"
import { aliasesFor, meilisearchSynonyms, queryVariants } from "./synonyms"
import { containsPhrase, editDistance, foldForSearch, searchTokens, trigramSimilarity } from "./text"
import { Vocabulary, VocabularyCache } from "./vocabulary"

const NOW = new Date("2026-06-01T00:00:00Z")
const DAY = 86_400_000
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString()

function certificate(id: string, star: number, decidedDaysAgo: number, expiresInDays: number, group: CertificateRow["product_group"] = "food"): CertificateRow {
  return {
    id,
    star,
    score: null,
    decision_number: `${id}/QĐ-UBND`,
    issuing_authority: "UBND tỉnh Quảng Ninh",
    decision_date: at(-decidedDaysAgo),
    expires_at: at(expiresInDays),
    product_group: group,
  }
}

function row(overrides: Partial<SearchProductRow> = {}): SearchProductRow {
  return {
    id: "prod_1",
    handle: "nuoc-mam-cai-rong",
    title: "Nước mắm Cái Rồng",
    subtitle: "Ủ chượp cá cơm 12 tháng",
    description: "Nước mắm truyền thống của Vân Đồn.",
    thumbnail: null,
    created_at: at(-30),
    variants: [
      { id: "v1", calculated_price: { calculated_amount: 180000, currency_code: "vnd" } },
      { id: "v2", calculated_price: { calculated_amount: 90000, currency_code: "vnd" } },
    ],
    producer: { id: "prdc_1", handle: "cty-nuoc-mam", name: "Công ty CP Nước mắm Cái Rồng", legal_form: "enterprise", province: "Quảng Ninh", commune: "Đặc khu Vân Đồn", verified: true },
    ocop_certificates: [certificate("c1", 4, 900, 195), certificate("c2", 5, 100, 995)],
    sales_channels: [{ id: "sc_1" }],
    ...overrides,
  }
}

describe("text", () => {
  it("folds Vietnamese one way, đ included, and splits on everything but letters and digits", () => {
    expect(searchTokens("Nước mắm Cái Rồng – Đặc khu Vân Đồn!")).toEqual(["nuoc", "mam", "cai", "rong", "dac", "khu", "van", "don"])
    expect(foldForSearch("  TRÀ   hoa vàng ")).toBe("tra hoa vang")
    expect(searchTokens(null)).toEqual([])
  })

  it("finds a phrase of whole words, the last one as a prefix when asked", () => {
    expect(containsPhrase(["tra", "hoa", "vang", "ba", "che"], ["hoa", "vang"])).toBe(1)
    expect(containsPhrase(["tra", "hoa", "vang"], ["hoa", "v"])).toBe(-1)
    expect(containsPhrase(["tra", "hoa", "vang"], ["hoa", "v"], true)).toBe(1)
  })

  it("measures trigram similarity as pg_trgm does, and edit distance with swaps", () => {
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(4 / 11, 6)
    expect(trigramSimilarity("mamm", "mam")).toBeCloseTo(0.5, 6)
    expect(editDistance("nouc", "nuoc")).toBe(1)
    expect(editDistance("mucc", "muc")).toBe(1)
    expect(editDistance("kich", "kich")).toBe(0)
  })
})

describe("synonyms", () => {
  it("gives a document the other words for what its title names", () => {
    expect(aliasesFor("Nước mắm Cái Rồng")).toContain("fish sauce")
    expect(aliasesFor("Mật ong rừng Hoành Bồ")).toContain("honey")
    expect(aliasesFor("Chả mực Hạ Long")).toEqual(expect.arrayContaining(["squid cake", "squid"]))
  })

  it("does not take a place for a product", () => {
    expect(aliasesFor("Nước mắm cốt Trà Cổ")).not.toContain("tea")
    expect(aliasesFor("Mật ong rừng Nam Sơn")).not.toContain("mushroom")
  })

  it("reads an English query through its Vietnamese equivalents", () => {
    expect(queryVariants(["honey"])).toContainEqual(["mat", "ong"])
    expect(queryVariants(["fish", "sauce", "cai", "rong"])).toContainEqual(["nuoc", "mam", "cai", "rong"])
    expect(queryVariants(["xyz"])).toEqual([])
  })

  it("exports Meilisearch synonyms both ways", () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms["fish sauce"]).toContain("nuoc mam")
    expect(synonyms["nuoc mam"]).toContain("fish sauce")
  })
})

describe("vocabulary", () => {
  const vocabulary = new Vocabulary([
    { title: "Nước mắm Cái Rồng", producer: "Công ty CP Nước mắm Cái Rồng", place: "Đặc khu Vân Đồn", aliases: "fish sauce" },
    { title: "Chả mực Hạ Long", producer: "Hộ kinh doanh Chả mực Bà Hải", place: "Phường Hạ Long", aliases: "squid cake squid" },
    { title: "Mật ong rừng Hoành Bồ", place: "Phường Hoành Bồ", aliases: "honey" },
    { title: "Mắm tôm Cái Rồng" },
  ])

  it("corrects unknown words to the closest known ones, written with tone marks", () => {
    expect(vocabulary.correct("nuoc mamm")).toEqual({ folded: "nuoc mam", text: "nước mắm" })
    expect(vocabulary.correct("cha mucc ha long")).toEqual({ folded: "cha muc ha long", text: "chả mực Hạ Long" })
    expect(vocabulary.correct("nouc mam")?.folded).toBe("nuoc mam")
    expect(vocabulary.correct("hoeny")?.folded).toBe("honey")
  })

  it("repairs a missing space", () => {
    expect(vocabulary.correct("nuocmam")?.folded).toBe("nuoc mam")
  })

  it("leaves known words and a word being typed alone", () => {
    expect(vocabulary.correct("nuoc mam")).toBeNull()
    expect(vocabulary.correct("mat o")).toBeNull()
    expect(vocabulary.correct("")).toBeNull()
    expect(vocabulary.correct("qqqqqqqqq")).toBeNull()
  })

  it("is cached, built once for concurrent callers and rebuilt when invalidated", async () => {
    let loads = 0
    const cache = new VocabularyCache(async () => {
      loads++
      return [{ title: "Ngán Quảng Yên" }]
    })
    const [a, b] = await Promise.all([cache.get(), cache.get()])
    expect(a).toBe(b)
    expect(loads).toBe(1)
    cache.invalidate()
    await cache.get()
    expect(loads).toBe(2)
  })
})

describe("highlight", () => {
  const terms = highlightTerms(["nuoc", "mam"], ["mam"])

  it("marks matching words whatever their tone marks and escapes the rest", () => {
    expect(highlight("Nước mắm Cái Rồng", terms)).toBe("<mark>Nước</mark> <mark>mắm</mark> Cái Rồng")
    expect(highlight("<b>Nước</b> & mắmtôm", terms)).toBe("&lt;b&gt;<mark>Nước</mark>&lt;/b&gt; &amp; <mark>mắmtôm</mark>")
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;")
  })

  it("crops a long text around the first match", () => {
    const text = `${"Lời mở đầu rất dài về vùng biển. ".repeat(10)}Nước mắm ủ chượp trong thùng gỗ. ${"Đoạn kết cũng dài. ".repeat(10)}`
    const fragment = highlightFragment(text, terms, 80)!
    expect(fragment.startsWith("…")).toBe(true)
    expect(fragment.endsWith("…")).toBe(true)
    expect(fragment).toContain("<mark>Nước</mark> <mark>mắm</mark>")
    expect(fragment.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(84)
    expect(highlightFragment("Không có gì", terms)).toBeNull()
  })
})

describe("ratings in the index", () => {
  it("stores the current certificate and when it stops being current", () => {
    const fields = ratingFields([certificate("old", 4, 900, 195), certificate("new", 5, 100, 995), certificate("future", 3, -30, 1065)], NOW)
    expect(fields).toEqual({ ocop_star: 5, ocop_score: null, ocop_group: "food", ocop_valid_until: Date.parse(at(995)), ocop_next_change_at: Date.parse(at(30)) })
    expect(ratingFields([certificate("gone", 4, 1200, -100)], NOW)).toEqual({ ocop_star: null, ocop_score: null, ocop_group: null, ocop_valid_until: null, ocop_next_change_at: null })
  })

  it("computes the rating shown at the time asked", () => {
    const certificates = [certificate("only", 4, 100, 10)]
    expect(currentRating(certificates, NOW)?.star).toBe(4)
    expect(currentRating(certificates, new Date(NOW.getTime() + 11 * DAY))).toBeNull()
    expect(isRatingStale({ ocop_next_change_at: NOW.getTime() - 1 }, NOW)).toBe(true)
    expect(isRatingStale({ ocop_next_change_at: null }, NOW)).toBe(false)
  })
})

describe("documents", () => {
  it("hold the catalog view, folded text, synonyms and rating dates", () => {
    const doc = toSearchDocument(row(), NOW)
    expect(doc).toMatchObject({
      id: "prod_1",
      handle: "nuoc-mam-cai-rong",
      title: "Nước mắm Cái Rồng",
      price_min: 90000,
      price_max: 180000,
      currency_code: "vnd",
      sales_channel_ids: ["sc_1"],
      producer_key: `cty-nuoc-mam${PRODUCER_KEY_SEPARATOR}Công ty CP Nước mắm Cái Rồng`,
      ocop_star: 5,
      ocop_group: "food",
      search_title: "nuoc mam cai rong",
      search_place: "dac khu van don quang ninh",
      search_producer: "cong ty cp nuoc mam cai rong",
    })
    expect(doc.search_aliases).toContain("fish sauce")
    expect(doc.search_aliases).toContain("food")
    expect(doc.certificates.map((c) => c.id)).toEqual(["c1", "c2"])
  })

  it("keep a product without producer, price or certificate", () => {
    const doc = toSearchDocument(row({ producer: null, variants: [], ocop_certificates: [] }), NOW)
    expect(doc).toMatchObject({ producer: null, producer_key: null, price_min: null, ocop_star: null, search_place: "" })
  })
})

describe("re-ranking", () => {
  const doc = (id: string, title: string, stars = 0, extra: Partial<CatalogSearchDocument> = {}) =>
    ({
      id,
      search_title: foldForSearch(title),
      search_subtitle: "",
      search_aliases: aliasesFor(title).join(" "),
      search_producer: "",
      search_place: "",
      certificates: stars ? [certificate(id, stars, 10, 100)] : [],
      ...extra,
    }) as unknown as CatalogSearchDocument

  it("puts the title that is the query first, then titles holding it, then the rest", () => {
    const docs = [doc("desc", "Chả mực giã tay Bà Hải", 5), doc("cao", "Cao trà hoa vàng Ba Chẽ", 4), doc("tra", "Trà hoa vàng Ba Chẽ", 4)]
    expect(rerank(docs, ["tra", "hoa", "vang"], NOW).map((d) => d.id)).toEqual(["tra", "cao", "desc"])
  })

  it("prefers a shorter title, then more stars, then the engine's order", () => {
    const docs = [doc("long", "Trà hoa vàng sấy lạnh Khe Lương", 4), doc("short", "Trà hoa vàng Ba Chẽ", 4), doc("short5", "Trà hoa vàng Ba Chẽ", 5)]
    expect(rerank(docs, ["tra", "hoa", "vang"], NOW).map((d) => d.id)).toEqual(["short5", "short", "long"])
  })

  it("ranks an English query like its Vietnamese meaning", () => {
    const docs = [doc("ba-kich", "Ba kích ngâm mật ong Đồng Sơn", 4), doc("mat-ong", "Mật ong rừng Hoành Bồ", 4)]
    expect(rerank(docs, ["honey"], NOW).map((d) => d.id)).toEqual(["mat-ong", "ba-kich"])
  })
})

describe("search pipeline", () => {
  const stored = (title: string, id = foldForSearch(title).replace(/ /g, "-")) =>
    ({ ...toSearchDocument(row({ id, handle: id, title, subtitle: null }), NOW) }) as CatalogSearchDocument

  /** A searcher that matches every query word (last as prefix) in `search_title`, and records the queries. */
  function fakeSearcher(docs: CatalogSearchDocument[]) {
    const seen: SearchTypes.SearchQuery[] = []
    const searcher: Searcher = {
      async searchMany(queries) {
        seen.push(...queries)
        return queries.map((query) => {
          const words = searchTokens(String(query.filters?.q ?? ""))
          const hits = docs.filter((d) => !words.length || words.every((w, i) => d.search_title.split(" ").some((t) => t === w || (i === words.length - 1 && t.startsWith(w)))))
          const take = query.pagination?.take ?? 20
          return {
            hits: hits.slice(query.pagination?.skip ?? 0, (query.pagination?.skip ?? 0) + take).map((d) => ({ id: d.id, document: d })),
            facets: Object.fromEntries(
              (query.search_options?.facets ?? []).map((f) => {
                const field = typeof f === "string" ? f : f.field
                return [field, field === "price_min" ? { type: "stats" as const, min: 1, max: 2, count: hits.length } : { type: "value" as const, values: [] }]
              })
            ),
            metadata: { skip: 0, take, count: hits.length },
          }
        })
      },
    }
    return { searcher, seen }
  }

  const docs = [stored("Nước mắm Cái Rồng"), stored("Mắm tôm Cái Rồng"), stored("Chả mực Hạ Long")]
  const context = () => ({
    salesChannelIds: ["sc_1"],
    now: NOW,
    vocabulary: async () => new Vocabulary(docs.map((d) => ({ title: d.title }))),
  })
  const params = { sort: "relevance" as const, limit: 24, offset: 0 }

  it("scopes every query to the key's sales channels and asks for the facets in the same round trip", async () => {
    const { searcher, seen } = fakeSearcher(docs)
    const result = await searchCatalog(searcher, { ...params, q: "Nước mắm" }, context())
    expect(result.hits.map((h) => h.handle)).toEqual(["nuoc-mam-cai-rong"])
    expect(result.did_you_mean).toBeNull()
    expect(seen.length).toBeGreaterThan(1)
    for (const query of seen) expect(JSON.stringify(query.filters)).toContain('"sales_channel_ids":["sc_1"]')
    expect(seen[0].pagination?.order).toBeUndefined()
    expect(seen[0]).toMatchObject({ filters: { q: "nuoc mam" }, pagination: { skip: 0, take: 50 }, search_options: { match_strategy: "last", typo_tolerance: false } })
  })

  it("filters ratings against the time of the request", async () => {
    const { searcher, seen } = fakeSearcher(docs)
    await searchCatalog(searcher, { ...params, min_stars: 4, group: "food" }, context())
    const filters = JSON.stringify(seen[0].filters)
    expect(filters).toContain(`"ocop_star":{"$gte":4}`)
    expect(filters).toContain(`"ocop_group":"food"`)
    expect(filters).toContain(`"ocop_valid_until":{"$gt":${NOW.getTime()}}`)
  })

  it("tries the corrected query when the query finds nothing, and says so", async () => {
    const { searcher } = fakeSearcher(docs)
    const result = await searchCatalog(searcher, { ...params, q: "nuoc mamm" }, context())
    expect(result).toMatchObject({ did_you_mean: "nước mắm", corrected: true, count: 1 })
    expect(result.hits[0].highlight.title).toBe("<mark>Nước</mark> <mark>mắm</mark> Cái Rồng")
  })

  it("falls back to the provider's typo tolerance when no correction helps", async () => {
    const { searcher, seen } = fakeSearcher(docs)
    await searchCatalog(searcher, { ...params, q: "zzzz" }, context())
    expect(seen.some((q) => q.search_options?.typo_tolerance === true)).toBe(true)
  })

  it("sorts by stars in two parts: rated now, then the rest", async () => {
    const { searcher, seen } = fakeSearcher(docs)
    await searchCatalog(searcher, { ...params, sort: "stars" }, context())
    expect(seen[0].pagination?.order).toEqual({ ocop_star: "DESC", ocop_score: "DESC", created_at_ms: "DESC", handle: "ASC" })
    expect(JSON.stringify(seen[1].filters)).toContain('"$or"')
  })

  it("suggests titles for a word being typed", async () => {
    const { searcher } = fakeSearcher(docs)
    const result = await suggest(searcher, "cai r", context())
    expect(result.suggestions.map((s) => s.handle).sort()).toEqual(["mam-tom-cai-rong", "nuoc-mam-cai-rong"])
    expect(result.suggestions[0].highlight).toContain("<mark>Cái</mark> <mark>Rồng</mark>")
  })
})
