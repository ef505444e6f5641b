import { describe, expect, it } from "vitest"
import { decodeForm, encodeForm, FormError, parseKey } from "./form"

describe("Stripe form encoding", () => {
  it("decodes the nested keys the Stripe SDK sends", () => {
    const body =
      "amount=125000&currency=vnd&metadata[session_id]=payses_01&metadata[note]=N%C6%B0%E1%BB%9Bc+m%E1%BA%AFm&expand[0]=payment_method&payment_method_options[card][request_three_d_secure]=automatic"
    expect(decodeForm(body)).toEqual({
      amount: "125000",
      currency: "vnd",
      metadata: { session_id: "payses_01", note: "Nước mắm" },
      expand: ["payment_method"],
      payment_method_options: { card: { request_three_d_secure: "automatic" } },
    })
  })

  it("reads indexed and appended lists, in index order", () => {
    expect(decodeForm("payment_method_types[1]=link&payment_method_types[0]=card")).toEqual({ payment_method_types: ["card", "link"] })
    expect(decodeForm("expand[]=a&expand[]=b")).toEqual({ expand: ["a", "b"] })
    expect(decodeForm("items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2")).toEqual({
      items: [{ price: "p1", quantity: "2" }, { price: "p2" }],
    })
  })

  it("keeps empty values (Stripe's way of unsetting) and encoded brackets", () => {
    expect(decodeForm("metadata[old]=&description")).toEqual({ metadata: { old: "" }, description: "" })
    expect(decodeForm("metadata%5Bk%5D=v")).toEqual({ metadata: { k: "v" } })
  })

  it("refuses malformed, conflicting and dangerous keys", () => {
    expect(() => decodeForm("a[b=1")).toThrow(FormError)
    expect(() => decodeForm("a=1&a[b]=2")).toThrow(FormError)
    expect(() => decodeForm("a=1&a=2")).toThrow(FormError)
    expect(() => decodeForm("__proto__[x]=1")).toThrow(FormError)
    expect(() => decodeForm("a[constructor][prototype]=1")).toThrow(FormError)
    expect(() => decodeForm("a=%E0%A4%A")).toThrow(FormError)
    expect(() => decodeForm("a[b][c][d][e][f][g][h][i]=1")).toThrow(FormError)
  })

  it("splits key paths", () => {
    expect(parseKey("a")).toEqual(["a"])
    expect(parseKey("a[b][]")).toEqual(["a", "b", ""])
  })

  it("encodes like the SDK and decodes back", () => {
    const data = { amount: 125000, metadata: { session_id: "payses_01", note: "Chả mực & bạn" }, expand: ["payment_method"], confirm: true, skip: undefined }
    const encoded = encodeForm(data)
    expect(encoded).toBe("amount=125000&metadata[session_id]=payses_01&metadata[note]=Ch%E1%BA%A3%20m%E1%BB%B1c%20%26%20b%E1%BA%A1n&expand[0]=payment_method&confirm=true")
    expect(decodeForm(encoded)).toEqual({ amount: "125000", metadata: data.metadata, expand: ["payment_method"], confirm: "true" })
  })
})
