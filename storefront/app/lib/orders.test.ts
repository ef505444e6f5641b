import { describe, expect, it } from "vitest"
import { ORDER_HISTORY_LIMIT, bankName, orderHistoryCookie, readOrderHistory, rememberOrder, type OrderRef } from "./orders"

const order = (n: number): OrderRef => ({ id: `order_01M88QMP5PYF5K2299GC3GE${String(n).padStart(3, "0")}`, display_id: n, email: "lan@example.vn" })

/** The `Cookie` header a browser sends back for a `Set-Cookie` value. */
const sentBack = (setCookie: string) => setCookie.split(";")[0]

describe("the order history cookie", () => {
  it("round-trips through Set-Cookie and Cookie, newest first, httpOnly", () => {
    const history = rememberOrder(rememberOrder([], order(1)), order(2))
    const cookie = orderHistoryCookie(history, true)
    expect(cookie).toMatch(/; SameSite=Lax; HttpOnly; Secure$/)
    expect(readOrderHistory(`lang=vi; ${sentBack(cookie)}`)).toEqual([order(2), order(1)])
  })

  it("keeps an order once and at most the limit", () => {
    let history: OrderRef[] = []
    for (let n = 1; n <= ORDER_HISTORY_LIMIT + 5; n++) history = rememberOrder(history, order(n))
    history = rememberOrder(history, order(ORDER_HISTORY_LIMIT + 3))
    expect(history).toHaveLength(ORDER_HISTORY_LIMIT)
    expect(history[0].display_id).toBe(ORDER_HISTORY_LIMIT + 3)
    expect(new Set(history.map((o) => o.id)).size).toBe(ORDER_HISTORY_LIMIT)
  })

  it("drops what is malformed instead of failing", () => {
    expect(readOrderHistory("ocop_orders=%7Bnot-json")).toEqual([])
    expect(readOrderHistory(`ocop_orders=${encodeURIComponent(JSON.stringify([["cart_1", 1, "a@b.vn"], [order(7).id, -1, "a@b.vn"], [order(8).id, 8, "a@b.vn"]]))}`)).toEqual([
      { id: order(8).id, display_id: 8, email: "a@b.vn" },
    ])
  })
})

describe("bankName", () => {
  it("names a bank by its NAPAS BIN, and nothing for an unknown one", () => {
    expect(bankName("970436")).toBe("Vietcombank")
    expect(bankName("999999")).toBeNull()
  })
})
