import { DEFAULT_PARCEL_RATES, priceParcels } from "../../ocop-delivery/lib/parcels"
import { planSplit, type SplitOrder } from "./split"

const caiRong = { id: "prdc_cairong", name: "HTX Nước mắm Cái Rồng" }
const baChe = { id: "prdc_bache", name: "HTX Trà hoa vàng Ba Chẽ" }
const producers = { prod_nuocmam: caiRong, prod_tra: baChe, prod_chamuc: caiRong }

const order = (overrides: Partial<SplitOrder> = {}): SplitOrder => ({
  id: "order_1",
  display_id: 1024,
  currency_code: "vnd",
  item_total: 480000,
  shipping_total: 60000,
  items: [
    { id: "item_tra", product_id: "prod_tra", title: "Trà hoa vàng", quantity: 1, unit_price: 230000, total: 230000 },
    { id: "item_nm", product_id: "prod_nuocmam", title: "Nước mắm Cái Rồng", variant_title: "Chai 500 ml", quantity: 2, unit_price: 125000, total: 250000 },
  ],
  shipping_methods: [{ data: { parcels: [{ producer_id: "prdc_cairong", goods_total: 250000, amount: 30000 }, { producer_id: "prdc_bache", goods_total: 230000, amount: 30000 }] } }],
  ...overrides,
})

describe("planSplit", () => {
  it("makes one producer order per producer, by producer name, whose totals add up to the order", () => {
    const plans = planSplit(order(), producers, DEFAULT_PARCEL_RATES)
    expect(plans.map((p) => [p.display_number, p.producer_name, p.item_total, p.shipping_total, p.total])).toEqual([
      ["#1024-1", "HTX Nước mắm Cái Rồng", 250000, 30000, 280000],
      ["#1024-2", "HTX Trà hoa vàng Ba Chẽ", 230000, 30000, 260000],
    ])
    expect(plans[0].items).toEqual([
      { line_item_id: "item_nm", variant_id: null, product_id: "prod_nuocmam", title: "Nước mắm Cái Rồng", variant_title: "Chai 500 ml", quantity: 2, unit_price: 125000, total: 250000 },
    ])
    expect(plans.reduce((s, p) => s + p.total, 0)).toBe(540000)
  })

  it("prices the parcels again when checkout recorded none, and shares a charge that differs from them", () => {
    const plans = planSplit(order({ shipping_methods: [{ data: {} }] }), producers, DEFAULT_PARCEL_RATES)
    expect(plans.map((p) => p.shipping_total)).toEqual([30000, 30000])
    // A shipping promotion took 10.001 ₫ off: shared by the parcels, still adding up.
    const discounted = planSplit(order({ shipping_total: 49999 }), producers, DEFAULT_PARCEL_RATES)
    expect(discounted.map((p) => p.shipping_total)).toEqual([25000, 24999])
  })

  it("shares a fractional item total (a percentage promotion) in whole đồng", () => {
    const plans = planSplit(
      order({
        item_total: 432000,
        items: [
          { id: "a", product_id: "prod_tra", title: "Trà", quantity: 1, unit_price: 230000, total: 206999.5 },
          { id: "b", product_id: "prod_nuocmam", title: "Nước mắm", quantity: 2, unit_price: 125000, total: 225000.5 },
        ],
      }),
      producers,
      DEFAULT_PARCEL_RATES
    )
    expect(plans.map((p) => p.item_total)).toEqual([225001, 206999])
  })

  it("groups products without a producer in a last part shipped by the marketplace", () => {
    const plans = planSplit(
      order({
        items: [...order().items, { id: "item_x", product_id: "prod_none", title: "Quà tặng", quantity: 1, unit_price: 0, total: 0 }],
        shipping_methods: [],
      }),
      producers,
      DEFAULT_PARCEL_RATES
    )
    expect(plans.map((p) => p.producer_id)).toEqual(["prdc_cairong", "prdc_bache", null])
    expect(plans[2].shipping_total + plans[0].shipping_total + plans[1].shipping_total).toBe(60000)
  })
})

describe("priceParcels", () => {
  it("charges one parcel fee per producer, none for a producer's goods from the threshold, none for lines not shipped", () => {
    const items = [
      { product_id: "prod_nuocmam", unit_price: 125000, quantity: 2 },
      { product_id: "prod_chamuc", unit_price: 250000, quantity: 1 },
      { product_id: "prod_tra", unit_price: 230000, quantity: 1 },
      { product_id: "prod_tour", unit_price: 500000, quantity: 1, requires_shipping: false },
    ]
    const producerIds = { prod_nuocmam: "prdc_cairong", prod_chamuc: "prdc_cairong", prod_tra: "prdc_bache" }
    expect(priceParcels(items, producerIds, DEFAULT_PARCEL_RATES)).toEqual([
      { producer_id: "prdc_cairong", goods_total: 500000, amount: 0 },
      { producer_id: "prdc_bache", goods_total: 230000, amount: 30000 },
    ])
    expect(priceParcels(items, {}, { parcel_fee: 25000, free_over: null })).toEqual([{ producer_id: "marketplace", goods_total: 730000, amount: 25000 }])
  })
})
