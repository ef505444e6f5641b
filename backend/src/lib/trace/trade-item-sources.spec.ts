import { tradeItemSource, tradeItemSources } from "./trade-item-sources"

/** A query.graph over trade items that records each call's GTINs. */
function fakeQuery(items: Record<string, "published" | "draft">) {
  const calls: string[][] = []
  const query: any = {
    graph: async ({ filters }: { filters: { gtin: string[] } }) => {
      calls.push([...filters.gtin])
      const data = filters.gtin
        .filter((gtin) => items[gtin])
        .map((gtin) => ({ id: `titem_${gtin}`, gtin, product_variant: { id: `variant_${gtin}`, product: { id: `prod_${gtin}`, title: `Sản phẩm ${gtin}`, status: items[gtin] } } }))
      return { data }
    },
  }
  return { query, calls }
}

describe("the product side of GTINs", () => {
  beforeEach(() => tradeItemSources.invalidate())

  it("reads GTINs asked for together in one query, each answer to its own GTIN", async () => {
    const { query, calls } = fakeQuery({ "08939999000017": "published", "08939999000024": "published" })
    const [a, b, unknown] = await Promise.all([
      tradeItemSource(query, "08939999000017"),
      tradeItemSource(query, "08939999000024"),
      tradeItemSource(query, "08939999000031"),
    ])
    expect(calls).toEqual([["08939999000017", "08939999000024", "08939999000031"]])
    expect(a.product_variant.product.title).toBe("Sản phẩm 08939999000017")
    expect(b.product_variant.product.title).toBe("Sản phẩm 08939999000024")
    expect(unknown).toBeNull()
  })

  it("keeps a product on sale until a catalog change, and reads one not on sale every time", async () => {
    const { query, calls } = fakeQuery({ "08939999000017": "published", "08939999000048": "draft" })
    await tradeItemSource(query, "08939999000017")
    await tradeItemSource(query, "08939999000017")
    expect(calls).toHaveLength(1)
    expect(await tradeItemSource(query, "08939999000048")).toBeNull()
    expect(await tradeItemSource(query, "08939999000048")).toBeNull()
    expect(calls).toHaveLength(3)
    tradeItemSources.invalidate()
    await tradeItemSource(query, "08939999000017")
    expect(calls).toHaveLength(4)
  })

  it("fails every GTIN of a read that fails, and reads them again on the next ask", async () => {
    let fail = true
    const query: any = {
      graph: async ({ filters }: { filters: { gtin: string[] } }) => {
        if (fail) throw new Error("database unavailable")
        return { data: filters.gtin.map((gtin) => ({ gtin, product_variant: { product: { status: "published" } } })) }
      },
    }
    const results = await Promise.allSettled([tradeItemSource(query, "08939999000055"), tradeItemSource(query, "08939999000062")])
    expect(results.map((r) => (r.status === "rejected" ? r.reason.message : r.status))).toEqual(["database unavailable", "database unavailable"])
    fail = false
    expect(await tradeItemSource(query, "08939999000055")).toMatchObject({ gtin: "08939999000055" })
  })
})
