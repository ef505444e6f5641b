/**
 * The store search (issue 7) on the embedded provider, over a few products
 * made through the same workflows as the admin: Vietnamese folding, prefixes,
 * typos and "did you mean", English synonyms, highlights, facets, filters,
 * sorts, pagination, expiry at request time, suggestions, validation, and the
 * subscribers that keep the index in sync. The relevance set over the real
 * seeded catalog is tests/search-relevance/.
 */
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { CATALOG_SEARCH_INDEX } from "../../src/lib/search/documents"
import { SEARCH_EVENTS } from "../../src/lib/search/events"
import { reindexCatalogSearch, searchModule } from "../../src/lib/search/module"
import { createOcopCertificatesWorkflow } from "../../src/workflows/ocop/workflows/create-ocop-certificates"
import { createProducersWorkflow } from "../../src/workflows/ocop/workflows/create-producers"
import { linkProducerProductsWorkflow } from "../../src/workflows/ocop/workflows/link-producer-products"
import { updateProducerWorkflow } from "../../src/workflows/ocop/workflows/update-producer"
import { eventually } from "../helpers/eventually"

const DAY = 86_400_000
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)

type Fixture = {
  handle: string
  title: string
  description?: string
  price: number
  producer: string
  star?: 3 | 4 | 5
  group?: "food" | "beverages" | "herbal" | "handicrafts" | "ornamental" | "tourism"
  /** Certificate dates relative to today, in days (default: decided 200 days ago, 36 months validity). */
  decidedDaysAgo?: number
  expiresAt?: string
}

const PRODUCERS = [
  { handle: "cty-nuoc-mam-cai-rong", name: "Công ty CP Nước mắm Cái Rồng", legal_form: "enterprise" as const, commune: "Đặc khu Vân Đồn" },
  { handle: "htx-tra-hoa-vang-ba-che", name: "HTX Trà hoa vàng Ba Chẽ", legal_form: "cooperative" as const, commune: "Xã Ba Chẽ" },
  { handle: "hkd-cha-muc-ba-hai", name: "Hộ kinh doanh Chả mực Bà Hải", legal_form: "household" as const, commune: "Phường Hạ Long" },
]

const FIXTURES: Fixture[] = [
  { handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", description: "Ủ chượp cá cơm và muối biển trong thùng gỗ suốt 12 tháng, đạm cao, thơm dịu.", price: 180000, producer: "cty-nuoc-mam-cai-rong", star: 5, group: "food" },
  { handle: "mam-tom-cai-rong", title: "Mắm tôm Cái Rồng", description: "Tôm moi tươi muối và ủ nắng.", price: 60000, producer: "cty-nuoc-mam-cai-rong", star: 3, group: "food" },
  { handle: "tra-hoa-vang-ba-che", title: "Trà hoa vàng Ba Chẽ", description: "Hoa trà vàng sấy lạnh, giữ màu và hương.", price: 450000, producer: "htx-tra-hoa-vang-ba-che", star: 4, group: "beverages" },
  { handle: "cao-tra-hoa-vang-ba-che", title: "Cao trà hoa vàng Ba Chẽ", description: "Cao đặc chiết từ lá và hoa trà vàng.", price: 900000, producer: "htx-tra-hoa-vang-ba-che", star: 4, group: "herbal" },
  { handle: "cha-muc-ha-long", title: "Chả mực Hạ Long", description: "Chả mực giã tay <b>không hàn the</b> & không chất bảo quản, rán vàng ăn với cơm hoặc chấm nước mắm.", price: 320000, producer: "hkd-cha-muc-ba-hai", star: 4, group: "food" },
  // Its only certificate expired a year ago: on sale, no stars.
  { handle: "muc-mot-nang-ba-hai", title: "Mực một nắng Bà Hải", description: "Phơi đúng một nắng.", price: 550000, producer: "hkd-cha-muc-ba-hai", star: 4, group: "food", decidedDaysAgo: 1500, expiresAt: day(-400) },
]

async function makeProducers(container: MedusaContainer) {
  const { result } = await createProducersWorkflow(container).run({ input: { producers: PRODUCERS } })
  return new Map(result.map((p: { handle: string; id: string }) => [p.handle, p.id]))
}

async function makeProduct(container: MedusaContainer, setup: StoreSetup, producerIds: Map<string, string>, f: Fixture) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: f.title,
          handle: f.handle,
          description: f.description,
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Quy cách", values: ["Mặc định", "Lớn"] }],
          variants: [
            { title: "Mặc định", manage_inventory: false, options: { "Quy cách": "Mặc định" }, prices: [{ amount: f.price, currency_code: "vnd" }] },
            { title: "Lớn", manage_inventory: false, options: { "Quy cách": "Lớn" }, prices: [{ amount: f.price * 2, currency_code: "vnd" }] },
          ],
          sales_channels: [{ id: setup.salesChannelId }],
        },
      ],
    },
  })
  const productId = result[0].id
  await linkProducerProductsWorkflow(container).run({ input: { producer_id: producerIds.get(f.producer)!, add: [productId] } })
  if (f.star) {
    await createOcopCertificatesWorkflow(container).run({
      input: {
        certificates: [
          {
            product_id: productId,
            star: f.star,
            decision_number: `${f.handle}/QĐ-UBND`,
            issuing_authority: "UBND tỉnh Quảng Ninh",
            decision_date: day(-(f.decidedDaysAgo ?? 200)),
            expires_at: f.expiresAt,
            product_group: f.group ?? "food",
          },
        ],
      },
    })
  }
  return productId
}


medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let producerIds: Map<string, string>
    const ids = new Map<string, string>()
    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const search = async (query: string) => (await api.get(`/store/search?${query}`, store())).data
    const handles = (data: { hits: { handle: string }[] }) => data.hits.map((h) => h.handle)
    const failure = async (url: string) => (await api.get(url, store()).catch((error: any) => error.response)) as { status: number; data: any }

    beforeAll(async () => {
      const container = getContainer()
      setup = await ensureStoreSetup(container)
      producerIds = await makeProducers(container)
      for (const fixture of FIXTURES) ids.set(fixture.handle, await makeProduct(container, setup, producerIds, fixture))
      // What the seed does at its end: a full rebuild, so the tests start from a known index.
      await reindexCatalogSearch(container)
    })

    describe("matching", () => {
      it("finds Vietnamese with or without tone marks, upper or lower case", async () => {
        for (const q of ["nuoc mam cai rong", "Nước mắm Cái Rồng", "NƯỚC MẮM CÁI RỒNG", "nước mam cai rồng"]) {
          const data = await search(`q=${encodeURIComponent(q)}`)
          expect(handles(data)[0]).toBe("nuoc-mam-cai-rong")
        }
      })

      it("maps đ to d", async () => {
        const data = await search(`q=${encodeURIComponent("dac khu van don")}`)
        expect(handles(data).sort()).toEqual(["mam-tom-cai-rong", "nuoc-mam-cai-rong"])
      })

      it("matches the word being typed as a prefix", async () => {
        const data = await search(`q=${encodeURIComponent("tra hoa v")}`)
        expect(handles(data).slice(0, 2).sort()).toEqual(["cao-tra-hoa-vang-ba-che", "tra-hoa-vang-ba-che"])
        expect(handles(data)[0]).toBe("tra-hoa-vang-ba-che")
      })

      it("corrects typos and says what it searched instead", async () => {
        const data = await search(`q=${encodeURIComponent("nuoc mamm")}`)
        expect(handles(data)[0]).toBe("nuoc-mam-cai-rong")
        expect(data.did_you_mean).toBe("nước mắm")
        expect(data.corrected).toBe(true)
        const squid = await search(`q=${encodeURIComponent("cha mucc")}`)
        expect(handles(squid)[0]).toBe("cha-muc-ha-long")
        expect(squid.did_you_mean).toBe("chả mực")
      })

      it("reads English through synonyms", async () => {
        expect(handles(await search("q=fish%20sauce"))[0]).toBe("nuoc-mam-cai-rong")
        expect(handles(await search("q=squid"))).toEqual(expect.arrayContaining(["cha-muc-ha-long", "muc-mot-nang-ba-hai"]))
        expect(handles(await search("q=tea"))[0]).toBe("tra-hoa-vang-ba-che")
      })

      it("gives no correction when the query found enough", async () => {
        const data = await search("q=cai%20rong")
        expect(data.did_you_mean).toBeNull()
        expect(data.corrected).toBe(false)
      })

      it("analyses text with the Vietnamese configuration: no English stop words, đ folded", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw("SELECT to_tsvector('medusa_search_vietnamese', 'Sò huyết Cô Tô, mè đỏ')::text AS vector")
        expect(rows[0].vector).toBe("'co':3 'do':6 'huyet':2 'me':5 'so':1 'to':4")
      })

      it("answers an unknown word with nothing rather than an error", async () => {
        const data = await search("q=xyzzyqwv")
        expect(data).toMatchObject({ hits: [], count: 0, did_you_mean: null })
      })
    })

    describe("hits", () => {
      it("are catalog products with the current rating, price range and producer", async () => {
        const [hit] = (await search("q=nuoc%20mam%20cai%20rong&limit=1")).hits
        expect(hit).toMatchObject({
          id: ids.get("nuoc-mam-cai-rong"),
          handle: "nuoc-mam-cai-rong",
          title: "Nước mắm Cái Rồng",
          price: { min: 180000, max: 360000, currency_code: "vnd" },
          ocop: { star: 5, product_group: "food", decision_number: "nuoc-mam-cai-rong/QĐ-UBND" },
          producer: { handle: "cty-nuoc-mam-cai-rong", name: "Công ty CP Nước mắm Cái Rồng", commune: "Đặc khu Vân Đồn" },
        })
        expect(hit.ocop.days_left).toBeGreaterThan(800)
      })

      it("mark the matching words and escape the rest", async () => {
        const [hit] = (await search("q=nuoc%20mam&limit=1")).hits
        expect(hit.highlight.title).toBe("<mark>Nước</mark> <mark>mắm</mark> Cái Rồng")
        const cha = (await search(`q=${encodeURIComponent("han the")}`)).hits.find((h: any) => h.handle === "cha-muc-ha-long")
        expect(cha.highlight.description).toContain("&lt;b&gt;không <mark>hàn</mark> <mark>the</mark>&lt;/b&gt; &amp; không")
        expect(cha.highlight.description).not.toContain("<b>")
      })

      it("show no stars once the only certificate expired", async () => {
        const hit = (await search("q=muc%20mot%20nang")).hits[0]
        expect(hit.handle).toBe("muc-mot-nang-ba-hai")
        expect(hit.ocop).toBeNull()
      })
    })

    describe("facets, filters, sorts and pages", () => {
      it("counts stars (N and up, valid certificates only), groups, communes, producers and prices", async () => {
        const { facets, count } = await search("")
        expect(count).toBe(FIXTURES.length)
        expect(facets.stars).toEqual([
          { value: 5, count: 1 },
          { value: 4, count: 4 },
          { value: 3, count: 5 },
        ])
        expect(facets.groups).toEqual([
          { value: "food", count: 3 },
          { value: "beverages", count: 1 },
          { value: "herbal", count: 1 },
        ])
        expect(facets.communes).toEqual([
          { value: "Đặc khu Vân Đồn", count: 2 },
          { value: "Phường Hạ Long", count: 2 },
          { value: "Xã Ba Chẽ", count: 2 },
        ])
        expect(facets.producers).toEqual(
          expect.arrayContaining([{ value: "hkd-cha-muc-ba-hai", label: "Hộ kinh doanh Chả mực Bà Hải", count: 2 }])
        )
        expect(facets.price).toEqual({ min: 60000, max: 900000 })
      })

      it("combines filters with the query, each facet ignoring its own filter", async () => {
        const data = await search(`q=${encodeURIComponent("cai rong")}&min_stars=4`)
        expect(handles(data)).toEqual(["nuoc-mam-cai-rong"])
        expect(data.facets.stars).toEqual([
          { value: 5, count: 1 },
          { value: 4, count: 1 },
          { value: 3, count: 2 },
        ])
        expect(handles(await search("group=beverages"))).toEqual(["tra-hoa-vang-ba-che"])
        expect(handles(await search("producer=htx-tra-hoa-vang-ba-che&sort=price_asc"))).toEqual(["tra-hoa-vang-ba-che", "cao-tra-hoa-vang-ba-che"])
        expect(handles(await search(`commune=${encodeURIComponent("Phường Hạ Long")}&sort=price_desc`))).toEqual(["muc-mot-nang-ba-hai", "cha-muc-ha-long"])
        const priced = await search("price_min=100000&price_max=400000&sort=price_asc")
        expect(handles(priced)).toEqual(["nuoc-mam-cai-rong", "cha-muc-ha-long"])
        expect(priced.facets.price).toEqual({ min: 60000, max: 900000 })
      })

      it("sorts by stars with unrated products last, by price and by date", async () => {
        const byStars = handles(await search("sort=stars"))
        expect(byStars[0]).toBe("nuoc-mam-cai-rong")
        expect(byStars[byStars.length - 1]).toBe("muc-mot-nang-ba-hai")
        expect(handles(await search("sort=price_asc&limit=2"))).toEqual(["mam-tom-cai-rong", "nuoc-mam-cai-rong"])
        expect(handles(await search("sort=newest&limit=1"))).toEqual([FIXTURES[FIXTURES.length - 1].handle])
      })

      it("pages through the results, stars order included", async () => {
        for (const sort of ["newest", "stars", "relevance"]) {
          const all = handles(await search(`sort=${sort}&limit=100`))
          const pages = [...handles(await search(`sort=${sort}&limit=4`)), ...handles(await search(`sort=${sort}&limit=4&offset=4`))]
          expect(pages).toEqual(all)
        }
        const page = await search("q=cai%20rong&limit=1&offset=1")
        expect(page).toMatchObject({ count: 2, limit: 1, offset: 1 })
      })
    })

    describe("ratings over time", () => {
      it("drops an expired star from filters and facets at request time, without a reindex", async () => {
        const container = getContainer()
        const productId = await makeProduct(container, setup, producerIds, {
          handle: "ruou-mo-yen-tu",
          title: "Rượu mơ Yên Tử",
          price: 250000,
          producer: "htx-tra-hoa-vang-ba-che",
        })
        const expiresAt = new Date(Date.now() + 4000)
        await createOcopCertificatesWorkflow(container).run({
          input: {
            certificates: [
              {
                product_id: productId,
                star: 5,
                decision_number: "ruou-mo/QĐ-UBND",
                issuing_authority: "UBND tỉnh Quảng Ninh",
                decision_date: day(-10),
                expires_at: expiresAt.toISOString(),
                product_group: "beverages",
              },
            ],
          },
        })
        await eventually(async () => {
          const data = await search("q=ruou%20mo&min_stars=5")
          expect(handles(data)).toEqual(["ruou-mo-yen-tu"])
          expect(data.hits[0].ocop.star).toBe(5)
        })
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now() + 200)))
        const after = await search("q=ruou%20mo&min_stars=5")
        expect(after.hits).toEqual([])
        const plain = await search("q=ruou%20mo")
        expect(plain.hits[0].ocop).toBeNull()
        expect(plain.facets.stars.find((s: { value: number }) => s.value === 3).count).toBe(0)
      })
    })

    describe("sync", () => {
      it("indexes, updates and removes products as they change", async () => {
        const container = getContainer()
        const productId = await makeProduct(container, setup, producerIds, { handle: "hai-sam-co-to", title: "Hải sâm Cô Tô", price: 1200000, producer: "cty-nuoc-mam-cai-rong", star: 4 })
        await eventually(async () => expect(handles(await search("q=hai%20sam%20co%20to"))).toEqual(["hai-sam-co-to"]))
        await updateProductsWorkflow(container).run({ input: { selector: { id: productId }, update: { title: "Hải sâm đen Cô Tô" } } })
        await eventually(async () => expect(handles(await search("q=hai%20sam%20den"))).toEqual(["hai-sam-co-to"]))
        await updateProductsWorkflow(container).run({ input: { selector: { id: productId }, update: { status: ProductStatus.DRAFT } } })
        await eventually(async () => expect(handles(await search("q=hai%20sam"))).not.toContain("hai-sam-co-to"))
        await updateProductsWorkflow(container).run({ input: { selector: { id: productId }, update: { status: ProductStatus.PUBLISHED } } })
        await eventually(async () => expect(handles(await search("q=hai%20sam"))).toEqual(["hai-sam-co-to"]))
        await deleteProductsWorkflow(container).run({ input: { ids: [productId] } })
        await eventually(async () => expect(handles(await search("q=hai%20sam"))).not.toContain("hai-sam-co-to"))
      })

      it("follows certificates and producers", async () => {
        const container = getContainer()
        await createOcopCertificatesWorkflow(container).run({
          input: {
            certificates: [
              {
                product_id: ids.get("mam-tom-cai-rong")!,
                star: 4,
                decision_number: "mam-tom-cai-rong/2/QĐ-UBND",
                issuing_authority: "UBND tỉnh Quảng Ninh",
                decision_date: day(-5),
                product_group: "food",
              },
            ],
          },
        })
        await eventually(async () => expect((await search("q=mam%20tom")).hits[0].ocop.star).toBe(4))
        await eventually(async () => expect(handles(await search("q=mam%20tom&min_stars=4"))).toEqual(["mam-tom-cai-rong"]))

        await updateProducerWorkflow(container).run({ input: { id: producerIds.get("hkd-cha-muc-ba-hai")!, name: "Hộ kinh doanh Hải sản Bà Hải" } })
        await eventually(async () => expect(handles(await search(`q=${encodeURIComponent("hai san ba hai")}`)).sort()).toEqual(["cha-muc-ha-long", "muc-mot-nang-ba-hai"]))
      })

      it("follows products moved to another producer once the link event is emitted", async () => {
        const container = getContainer()
        const productId = ids.get("cao-tra-hoa-vang-ba-che")!
        const target = producerIds.get("cty-nuoc-mam-cai-rong")!
        await linkProducerProductsWorkflow(container).run({ input: { producer_id: target, add: [productId] } })
        // The ocop workflow will emit this itself (see docs/search.md); until then the test stands in for it.
        await container.resolve(Modules.EVENT_BUS).emit({ name: SEARCH_EVENTS.producerProductsLinked, data: { producer_id: target, product_ids: [productId] } })
        await eventually(async () => expect(handles(await search("producer=cty-nuoc-mam-cai-rong&q=cao%20tra"))).toEqual(["cao-tra-hoa-vang-ba-che"]))
      })

      it("rebuilds the whole index on demand into a new version", async () => {
        const container = getContainer()
        const before = await search("")
        await reindexCatalogSearch(container)
        const after = await search("")
        expect(after.count).toBe(before.count)
        const [index] = (await searchModule(container).listIndexes()).filter((i) => i.name === CATALOG_SEARCH_INDEX)
        expect(index).toMatchObject({ provider: "search-postgres-vi", status: "ready" })
      })
    })

    describe("suggestions", () => {
      it("offers up to 8 products for the word being typed", async () => {
        const { data } = await api.get(`/store/search/suggest?q=${encodeURIComponent("tra hoa v")}`, store())
        expect(data.suggestions.length).toBeGreaterThan(0)
        expect(data.suggestions.length).toBeLessThanOrEqual(8)
        expect(data.suggestions[0]).toMatchObject({ handle: "tra-hoa-vang-ba-che", title: "Trà hoa vàng Ba Chẽ", highlight: "<mark>Trà</mark> <mark>hoa</mark> <mark>vàng</mark> Ba Chẽ" })
        expect(data.suggestions[0]).toHaveProperty("thumbnail")
      })

      it("corrects a typo and answers an empty query with nothing", async () => {
        const { data } = await api.get(`/store/search/suggest?q=${encodeURIComponent("cha mucc")}`, store())
        expect(data.suggestions[0].handle).toBe("cha-muc-ha-long")
        expect(data.did_you_mean).toBe("chả mực")
        expect((await api.get("/store/search/suggest?q=", store())).data).toEqual({ suggestions: [], did_you_mean: null })
      })
    })

    describe("validation", () => {
      it("refuses bad parameters with a clear message", async () => {
        const cases: [string, RegExp][] = [
          [`/store/search?q=${"a".repeat(201)}`, /'q' too big, expected at most: '200'/],
          ["/store/search?sort=cheapest", /relevance, price_asc, price_desc, stars, newest.*'sort'|'sort'.*relevance/],
          ["/store/search?min_stars=6", /min_stars|'min_stars'/],
          ["/store/search?group=textiles", /'group'/],
          ["/store/search?price_min=5&price_max=1", /price_min must not be above price_max/],
          ["/store/search?limit=0", /'limit'/],
          ["/store/search?colour=red", /colour/],
          [`/store/search/suggest?q=${"a".repeat(201)}`, /'q' too big/],
        ]
        for (const [url, message] of cases) {
          const response = await failure(url)
          expect({ url, status: response.status }).toEqual({ url, status: 400 })
          expect(response.data.message).toMatch(message)
        }
      })

      it("needs a publishable key", async () => {
        const response = await api.get("/store/search?q=tra").catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })
  },
})
