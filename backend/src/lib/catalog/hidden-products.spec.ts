import { describe, expect, it } from "vitest"
import { excludingIds, removeHiddenProducts } from "./hidden-products"

const hidden = new Set(["prod_suspended", "prod_pending"])

describe("excludingIds: a store route's id filter without the hidden products", () => {
  it("excludes them when the shopper asked for no id", () => {
    expect(excludingIds(undefined, hidden)).toEqual({ $nin: ["prod_suspended", "prod_pending"] })
  })

  it("drops them from one id or a list, leaving an empty list (which finds nothing) when none is left", () => {
    expect(excludingIds("prod_suspended", hidden)).toEqual([])
    expect(excludingIds("prod_own", hidden)).toEqual(["prod_own"])
    expect(excludingIds(["prod_own", "prod_pending"], hidden)).toEqual(["prod_own"])
  })

  it("adds them to an operator filter's exclusions", () => {
    expect(excludingIds({ $nin: ["prod_x"] }, hidden)).toEqual({ $nin: ["prod_x", "prod_suspended", "prod_pending"] })
  })

  it("leaves the filter as it is when nothing is hidden", () => {
    expect(excludingIds(undefined, new Set())).toBeUndefined()
    expect(excludingIds("prod_own", new Set())).toBe("prod_own")
  })
})

describe("removeHiddenProducts: embedded products in a store answer", () => {
  it("removes hidden products from every products list, in nested categories too", () => {
    const answer = {
      product_category: {
        products: [{ id: "prod_own" }, { id: "prod_suspended" }],
        category_children: [{ products: [{ id: "prod_pending" }, { id: "prod_other" }] }],
      },
    }
    expect(removeHiddenProducts(answer, hidden)).toBe(2)
    expect(answer.product_category.products).toEqual([{ id: "prod_own" }])
    expect(answer.product_category.category_children[0].products).toEqual([{ id: "prod_other" }])
  })
})
