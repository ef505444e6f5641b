import { checkCheckout, type CheckoutCart, type CheckoutContext } from "./checkout"

const ctx: CheckoutContext = {
  producerOf: { prod_a: "prdc_a", prod_b: "prdc_b" },
  shippingOptions: { so_parcel: { provider_id: "ocop-delivery_ocop-delivery", data: { parcel_fee: 30000, free_over: 500000 } } },
  parcelProviderId: "ocop-delivery_ocop-delivery",
}

const cart = (overrides: Partial<CheckoutCart> = {}): CheckoutCart => ({
  id: "cart_1",
  email: "lan@example.vn",
  currency_code: "vnd",
  total: 415000,
  items: [
    { id: "i1", product_id: "prod_a", unit_price: 125000, quantity: 1 },
    { id: "i2", product_id: "prod_b", unit_price: 230000, quantity: 1 },
  ],
  shipping_address: { first_name: "Lan", phone: "0912345678", address_1: "Số 1", city: "Phường Hạ Long", province: "Quảng Ninh", country_code: "vn" },
  shipping_methods: [{ id: "sm_1", amount: 60000, shipping_option_id: "so_parcel", data: {} }],
  payment_collection: { id: "pc_1", amount: 415000, payment_sessions: [{ id: "ps_1", provider_id: "pp_cod_cod", status: "pending" }] },
  ...overrides,
})

describe("checkCheckout", () => {
  it("passes a complete cart and plans the parcels to record", () => {
    const result = checkCheckout(cart(), ctx, { invoice: { company_name: "Công ty A", tax_code: "0101234567" } })
    expect(result).toEqual({
      plan: {
        address: { phone: "0912345678", province: "Quảng Ninh", commune: "Phường Hạ Long", street: "Số 1" },
        invoice: { company_name: "Công ty A", tax_code: "0101234567", address: null, email: null },
        parcels: [
          { producer_id: "prdc_a", goods_total: 125000, amount: 30000 },
          { producer_id: "prdc_b", goods_total: 230000, amount: 30000 },
        ],
        shipping_method_id: "sm_1",
      },
    })
  })

  it("refuses an empty cart on its own", () => {
    expect(checkCheckout(cart({ items: [] }), ctx)).toMatchObject({ problem: { status: 400, code: "cart_empty" } })
  })

  it("reports every missing detail at once", () => {
    const result = checkCheckout(cart({ email: "", shipping_methods: [], payment_collection: null, shipping_address: { ...cart().shipping_address, phone: "123" } }), ctx)
    expect(result).toMatchObject({ problem: { status: 400, code: "invalid_checkout" } })
    expect("problem" in result && result.problem.errors.map((e) => e.code)).toEqual(["email_required", "invalid_phone", "shipping_method_required", "payment_required"])
  })

  it("does not ask for the payment at the address step", () => {
    expect("plan" in checkCheckout(cart({ payment_collection: null }), ctx, { requirePayment: false })).toBe(true)
  })

  it("answers 409 when delivery or the payment no longer match the cart", () => {
    expect(checkCheckout(cart({ shipping_methods: [{ id: "sm_1", amount: 30000, shipping_option_id: "so_parcel" }] }), ctx)).toMatchObject({
      problem: { status: 409, code: "shipping_changed" },
    })
    expect(checkCheckout(cart({ total: 445000 }), ctx)).toMatchObject({ problem: { status: 409, code: "payment_outdated" } })
  })
})
