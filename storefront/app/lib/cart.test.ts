import { describe, expect, it } from "vitest"
import { cartCookie, cartCount, cartIdFromCookie, clearCartCookie, groupByProducer, parcelFee, parseQuantity, shapeCart, type CartLine } from "./cart"

const line = (id: string, product_id: string | null, unit_price: number, quantity: number): CartLine => ({
  id,
  product_id,
  product_handle: null,
  variant_id: `variant_${id}`,
  title: id,
  variant_title: null,
  thumbnail: null,
  quantity,
  unit_price,
  total: unit_price * quantity,
})

const caiRong = { id: "prdc_cairong", name: "HTX Nước mắm Cái Rồng", handle: "htx-cai-rong" }
const baChe = { id: "prdc_bache", name: "HTX Trà hoa vàng Ba Chẽ", handle: "htx-ba-che" }

describe("groupByProducer", () => {
  it("puts each producer's lines together with its subtotal, in the order producers first appear", () => {
    const lines = [line("a", "prod_mam", 125000, 2), line("b", "prod_tra", 230000, 1), line("c", "prod_mam_lon", 90000, 1)]
    const groups = groupByProducer(lines, { prod_mam: caiRong, prod_mam_lon: caiRong, prod_tra: baChe })
    expect(groups.map((g) => [g.producer?.name, g.lines.map((l) => l.id), g.subtotal, g.quantity])).toEqual([
      ["HTX Nước mắm Cái Rồng", ["a", "c"], 340000, 3],
      ["HTX Trà hoa vàng Ba Chẽ", ["b"], 230000, 1],
    ])
  })

  it("keeps lines of products without a known producer in one last group", () => {
    const groups = groupByProducer([line("x", null, 50000, 1), line("a", "prod_mam", 125000, 1), line("y", "prod_unknown", 10000, 3)], { prod_mam: caiRong })
    expect(groups.map((g) => g.producer?.id ?? null)).toEqual(["prdc_cairong", null])
    expect(groups[1].subtotal).toBe(80000)
  })
})

describe("parcelFee", () => {
  const rates = { parcel_fee: 30000, free_over: 500000 }
  it("charges one parcel fee below the threshold and nothing from it on", () => {
    expect(parcelFee(499999, rates)).toBe(30000)
    expect(parcelFee(500000, rates)).toBe(0)
    expect(parcelFee(900000, { parcel_fee: 30000, free_over: null })).toBe(30000)
  })
})

describe("the cart cookie", () => {
  it("reads a Medusa cart id among other cookies and ignores anything else", () => {
    expect(cartIdFromCookie("lang=en; ocop_cart=cart_01M88QM6GY6X1BEKBRRD4HJV82; other=1")).toBe("cart_01M88QM6GY6X1BEKBRRD4HJV82")
    expect(cartIdFromCookie("ocop_cart=order_01M88QM6GY6X1BEKBRRD4HJV82")).toBeNull()
    expect(cartIdFromCookie("ocop_cart=cart_1; drop table")).toBeNull()
    expect(cartIdFromCookie(null)).toBeNull()
  })

  it("is httpOnly and SameSite=Lax, Secure only over https, and cleared with Max-Age=0", () => {
    expect(cartCookie("cart_01M88QM6GY6X1BEKBRRD4HJV82", false)).toBe("ocop_cart=cart_01M88QM6GY6X1BEKBRRD4HJV82; Path=/; Max-Age=2592000; SameSite=Lax; HttpOnly")
    expect(cartCookie("cart_01M88QM6GY6X1BEKBRRD4HJV82", true)).toMatch(/; HttpOnly; Secure$/)
    expect(clearCartCookie(false)).toMatch(/^ocop_cart=; Path=\/; Max-Age=0;/)
  })
})

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 (or 0 to remove) to 99", () => {
    expect(parseQuantity("3")).toBe(3)
    expect(parseQuantity(" 99 ")).toBe(99)
    expect(parseQuantity("0")).toBeNull()
    expect(parseQuantity("0", { allowZero: true })).toBe(0)
    for (const bad of ["100", "-1", "1.5", "", "abc", null]) expect(parseQuantity(bad)).toBeNull()
  })
})

describe("shapeCart", () => {
  it("reads Medusa's cart in whole đồng, BigNumber-like values included, and counts its units", () => {
    const cart = shapeCart({
      id: "cart_1",
      currency_code: "vnd",
      item_total: { numeric: 480000 },
      shipping_total: "60000",
      total: 540000,
      items: [
        { id: "cali_2", product_id: "prod_tra", product_title: "Trà hoa vàng", variant_title: "Hộp 50 g", quantity: 1, unit_price: 230000, total: 230000 },
        { id: "cali_1", product_id: "prod_mam", product_title: "Nước mắm Cái Rồng", variant_title: "Default", quantity: 2, unit_price: 125000 },
      ],
      shipping_methods: [{ shipping_option_id: "so_1" }],
      payment_collection: { payment_sessions: [{ provider_id: "pp_cod_cod", status: "pending" }] },
    })
    expect(cart.item_total).toBe(480000)
    expect(cart.shipping_total).toBe(60000)
    expect(cart.items.map((i) => [i.id, i.title, i.variant_title, i.total])).toEqual([
      ["cali_1", "Nước mắm Cái Rồng", null, 250000],
      ["cali_2", "Trà hoa vàng", "Hộp 50 g", 230000],
    ])
    expect(cart.payment_provider_id).toBe("pp_cod_cod")
    expect(cartCount(cart)).toBe(3)
  })
})
