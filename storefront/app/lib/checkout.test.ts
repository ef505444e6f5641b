import { describe, expect, it } from "vitest"
import { cartUpdateBody, changesSinceSeen, checkoutErrors, errorMessage, invoiceBody, parseSeenLines, priceChangesOf, readCheckoutForm, seenLines, splitName } from "./checkout"
import { translator } from "./i18n"

const vi = translator("vi")
const en = translator("en")

function form(entries: Record<string, string>): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.set(k, v)
  return data
}

describe("readCheckoutForm", () => {
  it("trims, writes Vietnamese in NFC, and keeps only a known payment choice", () => {
    const values = readCheckoutForm(form({ email: " lan@example.vn ", name: "Nguye\u0302\u0303n Thi\u0323 Lan", payment: "bitcoin", invoice: "on" }))
    expect(values.email).toBe("lan@example.vn")
    expect(values.name).toBe("Nguyễn Thị Lan")
    expect(values.name).toBe(values.name.normalize("NFC"))
    expect(values.payment).toBe("")
    expect(values.invoice).toBe(true)
  })
})

describe("the address in Medusa's fields", () => {
  it("keeps the family and middle names in first_name and the given name in last_name", () => {
    expect(splitName("Nguyễn Thị Lan")).toEqual({ first_name: "Nguyễn Thị", last_name: "Lan" })
    expect(splitName("  Lan ")).toEqual({ first_name: "Lan", last_name: "" })
  })

  it("puts the commune in city and the street in address_1, in Việt Nam", () => {
    const values = readCheckoutForm(form({ email: "lan@example.vn", name: "Trần Văn Nam", phone: "0912345678", province: "Quảng Ninh", commune: "Phường Bãi Cháy", street: "Số 25 đường Hạ Long" }))
    expect(cartUpdateBody(values)).toEqual({
      email: "lan@example.vn",
      shipping_address: { first_name: "Trần Văn", last_name: "Nam", phone: "0912345678", province: "Quảng Ninh", city: "Phường Bãi Cháy", address_1: "Số 25 đường Hạ Long", country_code: "vn" },
    })
  })

  it("sends invoice details only when the shopper asked for an e-invoice", () => {
    const base = { company_name: "Công ty TNHH Hạ Long", tax_code: "5700100256", company_address: "" }
    expect(invoiceBody(readCheckoutForm(form(base)))).toBeNull()
    expect(invoiceBody(readCheckoutForm(form({ ...base, invoice: "on" })))).toEqual({ company_name: "Công ty TNHH Hạ Long", tax_code: "5700100256", address: null })
  })
})

describe("checkoutErrors", () => {
  const invalid = {
    code: "invalid_checkout",
    message: "Some details are missing or wrong: check the highlighted fields.",
    errors: [
      { field: "shipping_address.phone", code: "invalid_phone", message: "\"0912 34\" is not a Vietnamese phone number" },
      { field: "shipping_address.city", code: "unknown_commune", message: "\"Xã Hải Lạng\" is not a commune" },
      { field: "invoice.tax_code", code: "some_new_code", message: "The tax code is odd." },
    ],
  }

  it("puts each field's message next to its input, in the page's language", () => {
    const errors = checkoutErrors(vi, 400, invalid)
    expect(errors.fields.phone).toMatch(/^Số điện thoại không hợp lệ/)
    expect(errors.fields.commune).toMatch(/^Không có xã, phường/)
    expect(errors.form).toBe("Một số thông tin còn thiếu hoặc chưa đúng: xem các ô được đánh dấu.")
    expect(checkoutErrors(en, 400, invalid).fields.phone).toMatch(/^This is not a Vietnamese phone number/)
  })

  it("falls back to the server's message for a code it does not know", () => {
    expect(checkoutErrors(vi, 400, invalid).fields.tax_code).toBe("The tax code is odd.")
    expect(errorMessage(vi, undefined, undefined)).toMatch(/^Chưa đặt được hàng/)
  })

  it("shows a card decline as Stripe words it, at the payment choice", () => {
    const declined = checkoutErrors(vi, 402, { code: "generic_decline", message: "Your card was declined. No money was taken; try another card or another payment method." })
    expect(declined.fields.payment).toBe("Your card was declined. No money was taken; try another card or another payment method.")
  })

  it("words whole-cart problems (stock) above the form", () => {
    const stock = checkoutErrors(vi, 409, { code: "out_of_stock", message: "Sorry…", errors: [{ field: "items", code: "out_of_stock", message: "x" }] })
    expect(stock.fields).toEqual({})
    expect(stock.form).toMatch(/người khác mua hết/)
  })

  it("says a product whose producer closed its shop must leave the cart, in the page's language", () => {
    const closed = { code: "product_not_on_sale", message: "\"Nem chua Đông Triều\" is not on sale at the moment: the producer's shop is closed. Remove it and try again." }
    expect(checkoutErrors(vi, 400, closed).form).toMatch(/^Giỏ hàng có sản phẩm đang tạm ngừng bán/)
    expect(checkoutErrors(en, 400, closed).form).toMatch(/^Your cart holds a product that is not on sale/)
  })
})

describe("priceChangesOf", () => {
  it("reads the old and new prices of a 409 price_changed answer", () => {
    const changes = priceChangesOf({ code: "price_changed", changes: { items: [{ line_item_id: "cali_1", title: "Trà", old_unit_price: 230000, new_unit_price: 250000 }], total: { old: 540000, new: 560000 } } })
    expect(changes?.items[0].new_unit_price).toBe(250000)
    expect(changes?.total).toEqual({ old: 540000, new: 560000 })
    expect(priceChangesOf({ code: "out_of_stock" })).toBeNull()
  })
})

describe("what the shopper saw", () => {
  const lines = [
    { id: "cali_01A", title: "Nước mắm Cái Rồng", variant_title: "Chai 500 ml", unit_price: 125000, quantity: 2 },
    { id: "cali_01B", title: "Trà hoa vàng", variant_title: null, unit_price: 230000, quantity: 1 },
  ]
  const seen = parseSeenLines(seenLines(lines))!

  it("finds no change when the cart is priced as it was shown", () => {
    expect(changesSinceSeen(seen, { items: lines, item_total: 480000, shipping_total: 60000 }, 540000)).toBeNull()
  })

  it("lists a price that moved since the review, with the totals shown and now", () => {
    const now = [lines[0], { ...lines[1], unit_price: 250000 }]
    expect(changesSinceSeen(seen, { items: now, item_total: 500000, shipping_total: 60000 }, 540000)).toEqual({
      items: [{ line_item_id: "cali_01B", title: "Trà hoa vàng", variant_title: null, old_unit_price: 230000, new_unit_price: 250000 }],
      total: { old: 540000, new: 560000 },
    })
  })

  it("counts a line changed in another tab as a change, and refuses a tampered value", () => {
    expect(changesSinceSeen(seen, { items: [lines[0]], item_total: 250000, shipping_total: 30000 })).toMatchObject({ items: [], total: { old: 510000, new: 280000 } })
    expect(parseSeenLines("cali_01A:abc:1")).toBeNull()
    expect(parseSeenLines("")).toBeNull()
  })
})
