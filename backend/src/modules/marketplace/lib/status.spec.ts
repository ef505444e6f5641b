import { paidTotal, paymentStatus, refundableTotal, transitionError } from "./status"

const po = { total: 280000, captured_total: 0, refunded_total: 0 }

describe("producer order rules", () => {
  it("allows pending → shipped → delivered and cancelling only before shipping", () => {
    expect(transitionError("#1024-1", "pending", "shipped")).toBeNull()
    expect(transitionError("#1024-1", "shipped", "delivered")).toBeNull()
    expect(transitionError("#1024-1", "pending", "cancelled")).toBeNull()
    expect(transitionError("#1024-1", "shipped", "cancelled")).toMatch(/cannot be cancelled: it is already on its way/)
    expect(transitionError("#1024-1", "pending", "delivered")).toMatch(/cannot be marked delivered: it has not been shipped yet/)
    expect(transitionError("#1024-1", "delivered", "shipped")).toMatch(/already delivered/)
  })

  it("counts cash on delivery per parcel and other payments whole", () => {
    const cod = { id: "pay_1", provider_id: "pp_cod_cod", amount: 540000, captured_at: null }
    expect(paidTotal(po, cod)).toBe(0)
    expect(paidTotal({ ...po, captured_total: 280000 }, cod)).toBe(280000)
    const card = { id: "pay_2", provider_id: "pp_stripe_stripe", amount: 540000, captured_at: new Date() }
    expect(paidTotal(po, card)).toBe(280000)
    expect(paidTotal(po, { ...card, captured_at: null })).toBe(0)
    expect(refundableTotal({ ...po, refunded_total: 30000 }, card)).toBe(250000)
    expect(paidTotal(po, null)).toBe(0)
  })

  it("names the payment status a shopper understands", () => {
    expect(paymentStatus(null, "pending_authorization")).toBe("awaiting_transfer")
    expect(paymentStatus({ id: "p", provider_id: "pp_cod_cod", amount: 1, captures: [] }, "authorized")).toBe("authorized")
    expect(paymentStatus({ id: "p", provider_id: "pp_cod_cod", amount: 2, captures: [{ amount: 1 }] }, "authorized")).toBe("partially_captured")
    expect(paymentStatus({ id: "p", provider_id: "x", amount: 2, captured_at: "t", captures: [{ amount: 2 }], refunds: [{ amount: 1 }] }, "authorized")).toBe("partially_refunded")
  })
})
