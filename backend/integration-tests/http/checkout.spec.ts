/**
 * Checkout and producer orders over HTTP, in the real Medusa runtime: a cart with
 * two producers' goods becomes one order and two producer orders, delivery is
 * priced per producer parcel, money is taken once and given back per producer,
 * cash on delivery is collected parcel by parcel, the last unit is never sold
 * twice, bad input is refused with a clear message, and every workflow undoes
 * itself when something fails after it.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { IInventoryService, IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { createInventoryLevelsWorkflow, createProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { encodeForm, startStripeFake, webhookRequest, type StripeFake } from "../../../tests/stripe-fake"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { ensureStockLocation } from "../../../seed/src/inventory"
import { COMMUNES } from "../../../seed/data/communes"
import { QUANG_NINH_COMMUNES } from "../../src/modules/marketplace/data/communes-quang-ninh"
import { ensureShipping, type ShippingSetup } from "../../src/modules/ocop-delivery/ensure-shipping"
import { adminHeaders } from "../helpers/admin"
import { failAfter } from "../helpers/fail-after"

/**
 * Workflows are taken from the modules Medusa itself loaded (Node's require cache), not imported
 * through Vitest: a second copy would register the same workflow ids with nested steps again.
 */
const workflow = (file: string, name: string) => require(`../../src/workflows/checkout/workflows/${file}`)[name]
const createProducers = () => require("../../src/workflows/ocop/workflows/create-producers").createProducersWorkflow
const linkProducerProducts = () => require("../../src/workflows/ocop/workflows/link-producer-products").linkProducerProductsWorkflow

const STRIPE_KEY = "sk_test_ocop_checkout"
const WEBHOOK_SECRET = "whsec_ocop_checkout"
const ENV_KEYS = ["STRIPE_API_KEY", "STRIPE_API_BASE", "STRIPE_WEBHOOK_SECRET"] as const
const COD = "pp_cod_cod"
const VIETQR = "pp_vietqr_vietqr"
const STRIPE = "pp_stripe_stripe"

// medusa-config.ts is read when the runner boots, so the fake and the Stripe settings come first.
let fake: StripeFake
const savedEnv: Record<string, string | undefined> = {}
beforeAll(async () => {
  fake = await startStripeFake({ secretKey: STRIPE_KEY })
  for (const key of ENV_KEYS) savedEnv[key] = process.env[key]
  process.env.STRIPE_API_KEY = STRIPE_KEY
  process.env.STRIPE_API_BASE = fake.url
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
})
afterAll(async () => {
  await fake?.stop()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

const ADDRESS = {
  first_name: "Nguyễn Thị",
  last_name: "Lan",
  phone: "0912 345 678",
  address_1: "Số 25 đường Hạ Long",
  city: "Phường Bãi Cháy",
  province: "Quảng Ninh",
  country_code: "vn",
}

type Fixture = { productId: string; variantId: string; inventoryItemId: string; producerId: string }

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let setup: StoreSetup
    let shipping: ShippingSetup
    let locationId: string
    let admin: { headers: Record<string, string> }
    let payments: IPaymentModuleService
    let inventory: IInventoryService
    let nuocMam: Fixture
    let tra: Fixture
    let haiSam: Fixture
    let chaMuc: Fixture

    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response ?? Promise.reject(e))
    /** Fails with the API's own message, so a broken set-up says what was refused. */
    const must = async (request: Promise<any>): Promise<any> =>
      request.catch((e: any) => {
        throw new Error(`${e.config?.method} ${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })
    const query = () => container.resolve(ContainerRegistrationKeys.QUERY)

    async function product(handle: string, title: string, price: number, stock: number, producer: { handle: string; name: string; commune: string }): Promise<Fixture> {
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title,
              handle,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Quy cách", values: ["Mặc định"] }],
              variants: [{ title: "Mặc định", sku: handle.toUpperCase(), manage_inventory: true, options: { "Quy cách": "Mặc định" }, prices: [{ amount: price, currency_code: "vnd" }] }],
              sales_channels: [{ id: setup.salesChannelId }],
            },
          ],
        },
      })
      const { result: producers } = await createProducers()(container).run({
        input: { producers: [{ handle: producer.handle, name: producer.name, legal_form: "cooperative", commune: producer.commune }] },
      })
      await linkProducerProducts()(container).run({ input: { producer_id: producers[0].id, add: [result[0].id] } })
      const { data } = await query().graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: result[0].variants[0].id } })
      const inventoryItemId = (data[0] as any).inventory_items[0].inventory_item_id
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: stock }] } })
      return { productId: result[0].id, variantId: result[0].variants[0].id, inventoryItemId, producerId: producers[0].id }
    }

    beforeAll(async () => {
      container = getContainer()
      payments = container.resolve(Modules.PAYMENT)
      inventory = container.resolve(Modules.INVENTORY)
      setup = await ensureStoreSetup(container)
      locationId = await ensureStockLocation(container, setup.salesChannelId)
      nuocMam = await product("nuoc-mam-cai-rong", "Nước mắm Cái Rồng", 125000, 100, { handle: "htx-cai-rong", name: "HTX Nước mắm Cái Rồng", commune: "Đặc khu Vân Đồn" })
      tra = await product("tra-hoa-vang-ba-che", "Trà hoa vàng Ba Chẽ", 230000, 100, { handle: "htx-ba-che", name: "HTX Trà hoa vàng Ba Chẽ", commune: "Xã Ba Chẽ" })
      haiSam = await product("hai-sam-co-to", "Hải sâm Cô Tô", 1800000, 1, { handle: "ho-co-to", name: "Hộ kinh doanh Hải sâm Cô Tô", commune: "Đặc khu Cô Tô" })
      chaMuc = await product("cha-muc-ha-long", "Chả mực Hạ Long", 350000, 100, { handle: "cs-cha-muc", name: "Cơ sở Chả mực Hạ Long", commune: "Phường Hạ Long" })
      shipping = await ensureShipping(container, { stockLocationId: locationId })
      admin = await adminHeaders(api, container, "van-hanh@ocop.test")
    })

    type CartOptions = { items: { variant_id: string; quantity: number }[]; address?: Record<string, unknown> | null; email?: string; provider?: string | null; shipping?: boolean }

    /** A cart as the storefront builds it through the Store API: lines, address, delivery, payment. */
    async function cart(options: CartOptions) {
      const { data } = await must(api.post("/store/carts", { region_id: setup.regionId, email: options.email ?? "lan@example.vn", items: options.items }, store()))
      const id = data.cart.id as string
      if (options.address !== null) await must(api.post(`/store/carts/${id}`, { shipping_address: options.address ?? ADDRESS }, store()))
      let shippingAmount: number | null = null
      if (options.shipping !== false) {
        const { data: listed } = await must(api.get(`/store/shipping-options?cart_id=${id}`, store()))
        // A calculated option is listed without a price; the storefront asks for it with the cart.
        expect(listed.shipping_options.find((o: any) => o.id === shipping.shippingOptionId)).toMatchObject({ price_type: "calculated", name: "Giao hàng tận nơi" })
        const { data: priced } = await must(api.post(`/store/shipping-options/${shipping.shippingOptionId}/calculate`, { cart_id: id }, store()))
        shippingAmount = priced.shipping_option.amount
        await must(api.post(`/store/carts/${id}/shipping-methods`, { option_id: shipping.shippingOptionId }, store()))
      }
      let session: any = null
      if (options.provider !== null) session = await paymentSession(id, options.provider ?? COD)
      return { id, shippingAmount, session }
    }

    async function paymentSession(cartId: string, providerId: string) {
      const { data: pc } = await must(api.post("/store/payment-collections", { cart_id: cartId }, store()))
      const { data } = await must(api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: providerId }, store()))
      return data.payment_collection.payment_sessions.find((s: any) => s.provider_id === providerId)
    }

    const complete = (cartId: string, body: Record<string, unknown> = {}) => fail(api.post(`/store/checkout/${cartId}/complete`, body, store()))

    /** What Stripe.js does in the shopper's browser: confirm the intent with the client secret. */
    async function confirmInBrowser(session: any, paymentMethod: string) {
      const response = await fetch(`${fake.url}/v1/payment_intents/${session.data.id}/confirm`, {
        method: "POST",
        headers: { authorization: "Bearer pk_test_ocop_checkout", "content-type": "application/x-www-form-urlencoded" },
        body: encodeForm({ payment_method: paymentMethod, client_secret: session.data.client_secret }),
      })
      return (await response.json()) as any
    }

    async function orderOfCart(cartId: string): Promise<string | undefined> {
      const { data } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return (data[0] as any)?.order_id
    }

    async function orderPayment(orderId: string) {
      const { data } = await query().graph({
        entity: "order",
        fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.provider_id", "payment_collections.payments.amount"],
        filters: { id: orderId },
      })
      const payment = (data[0] as any).payment_collections[0].payments[0]
      return payments.retrievePayment(payment.id, { relations: ["captures", "refunds"] })
    }

    async function reserved(itemId: string) {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: locationId })
      return { stocked: Number(levels[0].stocked_quantity), reserved: Number(levels[0].reserved_quantity) }
    }

    async function producerOrdersOf(orderId: string) {
      const { data } = await query().graph({ entity: "producer_order", fields: ["*", "producer.id"], filters: { order_id: orderId }, pagination: { order: { sequence: "ASC" } } })
      return data as any[]
    }

    const poAdmin = (id: string, action: string, body: Record<string, unknown> = {}) => fail(api.post(`/admin/producer-orders/${id}/${action}`, body, admin))

    /** A placed two-producer order (nước mắm ×2, trà ×1) paid the given way. */
    async function placedOrder(provider: string, extra: { variant_id: string; quantity: number }[] = []) {
      const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 2 }, { variant_id: tra.variantId, quantity: 1 }, ...extra], provider })
      if (provider === STRIPE) await confirmInBrowser(c.session, "pm_card_visa")
      const response = await complete(c.id)
      expect(response.status).toBe(200)
      return { cart: c, body: response.data, orderId: response.data.order.id as string }
    }

    it("accepts in a shopper's address every Quảng Ninh commune the seed uses", () => {
      expect(COMMUNES.map((c) => c.name).filter((name) => !QUANG_NINH_COMMUNES.includes(name))).toEqual([])
    })

    describe("delivery priced per producer parcel", () => {
      it("offers the calculated option at one fee per producer, free for a producer's goods from 500.000 ₫", async () => {
        const two = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 2 }, { variant_id: tra.variantId, quantity: 1 }], provider: null })
        expect(two.shippingAmount).toBe(60000)
        const free = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 4 }, { variant_id: tra.variantId, quantity: 1 }], provider: null })
        expect(free.shippingAmount).toBe(30000)
        const one = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }, { variant_id: chaMuc.variantId, quantity: 1 }, { variant_id: tra.variantId, quantity: 1 }], provider: null })
        expect(one.shippingAmount).toBe(90000)
        // Changing the cart prices delivery again (Medusa refreshes the method with the same provider).
        const { data } = await must(api.get(`/store/carts/${two.id}`, store()))
        const line = data.cart.items.find((i: any) => i.variant_id === nuocMam.variantId)
        const { data: updated } = await must(api.post(`/store/carts/${two.id}/line-items/${line.id}`, { quantity: 4 }, store()))
        expect(updated.cart.shipping_total).toBe(30000)
      })

      it("set-up is idempotent: a second run finds everything and links no product again", async () => {
        const again = await ensureShipping(container, { stockLocationId: locationId })
        expect(again).toEqual({ ...shipping, productsLinked: 0 })
      })
    })

    describe("placing an order", () => {
      it("completes a two-producer cart into one order and two producer orders whose totals add up", async () => {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 2 }, { variant_id: tra.variantId, quantity: 1 }] })
        const response = await complete(c.id, { invoice: { company_name: "Công ty TNHH Hạ Long Xanh", tax_code: "5700100256-001", email: "ketoan@halongxanh.vn" } })
        expect(response.status).toBe(200)
        const { order, producer_orders } = response.data
        expect(response.data.type).toBe("order")
        expect(order).toMatchObject({ item_total: 480000, shipping_total: 60000, total: 540000, currency_code: "vnd", email: "lan@example.vn" })
        expect(order.payment).toEqual({ provider_id: COD, status: "authorized" })
        expect(order.invoice).toEqual({ company_name: "Công ty TNHH Hạ Long Xanh", tax_code: "5700100256-001", address: null, email: "ketoan@halongxanh.vn" })
        expect(producer_orders.map((po: any) => [po.display_number, po.producer.name, po.status, po.item_total, po.shipping_total, po.total, po.paid_total])).toEqual([
          [`#${order.display_id}-1`, "HTX Nước mắm Cái Rồng", "pending", 250000, 30000, 280000, 0],
          [`#${order.display_id}-2`, "HTX Trà hoa vàng Ba Chẽ", "pending", 230000, 30000, 260000, 0],
        ])
        const sum = (key: string) => producer_orders.reduce((s: number, po: any) => s + po[key], 0)
        expect([sum("item_total"), sum("shipping_total"), sum("total")]).toEqual([order.item_total, order.shipping_total, order.total])
        expect(producer_orders[0].items).toEqual([
          expect.objectContaining({ variant_id: nuocMam.variantId, product_id: nuocMam.productId, title: "Nước mắm Cái Rồng", variant_title: "Mặc định", quantity: 2, unit_price: 125000, total: 250000 }),
        ])

        // One order, one payment, the parcels kept on its delivery method, both links in place.
        const { data } = await query().graph({
          entity: "order",
          fields: ["id", "metadata", "shipping_methods.data", "producer_orders.id", "producer_orders.producer.handle"],
          filters: { id: order.id },
        })
        expect((data[0] as any).shipping_methods[0].data.parcels).toEqual([
          { producer_id: nuocMam.producerId, goods_total: 250000, amount: 30000 },
          { producer_id: tra.producerId, goods_total: 230000, amount: 30000 },
        ])
        expect(((data[0] as any).producer_orders as any[]).map((p) => p.producer.handle).sort()).toEqual(["htx-ba-che", "htx-cai-rong"])
        expect((data[0] as any).metadata.invoice.tax_code).toBe("5700100256-001")
        expect(await reserved(nuocMam.inventoryItemId)).toMatchObject({ reserved: 2 })

        // The order.placed subscriber runs the split again: nothing more is created.
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await producerOrdersOf(order.id)).toHaveLength(2)
      })

      it("retrying a completed checkout answers the same order and charges the card once", async () => {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }, { variant_id: chaMuc.variantId, quantity: 1 }], provider: STRIPE })
        expect((await confirmInBrowser(c.session, "pm_card_visa")).status).toBe("requires_capture")
        const [first, second] = [await complete(c.id), await complete(c.id)]
        expect(first.status).toBe(200)
        expect(second.status).toBe(200)
        expect(second.data.order.id).toBe(first.data.order.id)
        expect(second.data.producer_orders.map((p: any) => p.id)).toEqual(first.data.producer_orders.map((p: any) => p.id))
        expect(first.data.order.payment.status).toBe("captured")
        // Two more at once, like a double tap on "Đặt hàng".
        const both = await Promise.all([complete(c.id), complete(c.id)])
        expect(both.map((r) => [r.status, r.data.order?.id])).toEqual([
          [200, first.data.order.id],
          [200, first.data.order.id],
        ])
        const captures = fake.requests.filter((r) => r.method === "POST" && r.path === `/v1/payment_intents/${c.session.data.id}/capture`)
        expect(captures).toHaveLength(1)
        expect(fake.paymentIntents.get(c.session.data.id)).toMatchObject({ status: "succeeded", amount_received: first.data.order.total })
        const payment = await orderPayment(first.data.order.id)
        expect(payment.captures!.map((x) => Number(x.amount))).toEqual([first.data.order.total])
        expect(await producerOrdersOf(first.data.order.id)).toHaveLength(2)
      })

      it("a retry after a crash between linking the order and reserving its stock reserves that stock, once", async () => {
        const before = { nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }
        const { cart: c, orderId } = await placedOrder(COD)
        const placed = { nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }
        expect(placed.nuocMam.reserved).toBe(before.nuocMam.reserved + 2)
        expect(placed.tra.reserved).toBe(before.tra.reserved + 1)
        // What a backend killed inside Medusa's completion leaves: the order linked to its cart, no reservation.
        const { data } = await query().graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
        const itemIds = (data[0] as any).items.map((i: { id: string }) => i.id)
        await inventory.deleteReservationItems((await inventory.listReservationItems({ line_item_id: itemIds })).map((r) => r.id))
        expect((await reserved(nuocMam.inventoryItemId)).reserved).toBe(before.nuocMam.reserved)

        const retry = await complete(c.id)
        expect(retry.status).toBe(200)
        expect(retry.data.order.id).toBe(orderId)
        expect({ nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }).toEqual(placed)
        // Another retry finds the stock reserved and reserves nothing more.
        expect((await complete(c.id)).status).toBe(200)
        expect({ nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }).toEqual(placed)
        const reservations = await inventory.listReservationItems({ line_item_id: itemIds })
        expect(reservations.map((r) => Number(r.quantity)).sort()).toEqual([1, 2])
      })

      it("a retry after the producer was suspended still answers the order placed before", async () => {
        const { cart: c, orderId } = await placedOrder(COD)
        await must(api.post(`/admin/producers/${tra.producerId}/status`, { status: "suspended", reason: "Kiểm tra lại giấy phép" }, admin))
        try {
          for (const path of [`/store/checkout/${c.id}/complete`, `/store/carts/${c.id}/complete`]) {
            const again = await fail(api.post(path, {}, store()))
            expect([path, again.status]).toEqual([path, 200])
            expect(again.data.order.id).toBe(orderId)
          }
        } finally {
          await must(api.post(`/admin/producers/${tra.producerId}/status`, { status: "approved" }, admin))
        }
      })

      it("a declined card creates no order and takes no money; the cart survives for another card", async () => {
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], provider: STRIPE })
        const stock = await reserved(tra.inventoryItemId)
        await confirmInBrowser(c.session, "pm_card_chargeDeclined")
        const declined = await complete(c.id)
        expect(declined.status).toBe(402)
        expect(declined.data).toMatchObject({
          type: "payment_authorization_error",
          code: "generic_decline",
          message: "Your card was declined. No money was taken; try another card or another payment method.",
        })
        expect(await orderOfCart(c.id)).toBeUndefined()
        expect(fake.paymentIntents.get(c.session.data.id)).toMatchObject({ amount_received: 0 })
        expect(await reserved(tra.inventoryItemId)).toEqual(stock)
        const { data } = await must(api.get(`/store/carts/${c.id}`, store()))
        expect(data.cart.completed_at).toBeNull()

        await confirmInBrowser(c.session, "pm_card_visa")
        const paid = await complete(c.id)
        expect(paid.status).toBe(200)
        expect(paid.data.producer_orders).toHaveLength(1)
      })

      it("splits an order placed through Medusa's own completion route too (the order.placed subscriber)", async () => {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }, { variant_id: chaMuc.variantId, quantity: 2 }] })
        const { data } = await must(api.post(`/store/carts/${c.id}/complete`, {}, store()))
        expect(data.type).toBe("order")
        const deadline = Date.now() + 15_000
        let pos = await producerOrdersOf(data.order.id)
        while (pos.length < 2 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200))
          pos = await producerOrdersOf(data.order.id)
        }
        // Priced again from the shipping option's rates: chả mực ×2 reaches the free-delivery threshold.
        expect(pos.map((p) => [p.producer_name, Number(p.item_total), Number(p.shipping_total)])).toEqual([
          ["Cơ sở Chả mực Hạ Long", 700000, 0],
          ["HTX Nước mắm Cái Rồng", 125000, 30000],
        ])
        expect(Number(data.order.total)).toBe(pos.reduce((s, p) => s + Number(p.total), 0))
      })

      it("never sells the last unit twice: of two parallel checkouts, one gets the order, the other a clear 409", async () => {
        const before = await reserved(haiSam.inventoryItemId)
        expect(before).toEqual({ stocked: 1, reserved: 0 })
        const a = await cart({ items: [{ variant_id: haiSam.variantId, quantity: 1 }], email: "a@example.vn" })
        const b = await cart({ items: [{ variant_id: haiSam.variantId, quantity: 1 }], email: "b@example.vn" })
        const results = await Promise.all([complete(a.id), complete(b.id)])
        expect(results.map((r) => r.status).sort()).toEqual([200, 409])
        const lost = results.find((r) => r.status === 409)!
        expect(lost.data).toMatchObject({ type: "conflict", code: "out_of_stock" })
        expect(lost.data.message).toMatch(/^Sorry, Hải sâm Cô Tô \(Mặc định\) is no longer available .* It is sold out\. .*nothing was charged\.$/)
        expect(await reserved(haiSam.inventoryItemId)).toEqual({ stocked: 1, reserved: 1 })
        const orders = await Promise.all([orderOfCart(a.id), orderOfCart(b.id)])
        expect(orders.filter(Boolean)).toHaveLength(1)
        const { data } = await query().graph({ entity: "order", fields: ["id"], filters: { email: ["a@example.vn", "b@example.vn"] } })
        expect(data).toHaveLength(1)
      })
    })

    describe("Stripe's webhooks during and after a card checkout", () => {
      /** Stripe's delivery of `event` to the backend, signed with the webhook secret. */
      async function deliverWebhook(event: { id: string }) {
        const { payload, headers } = webhookRequest(event as any, WEBHOOK_SECRET)
        return fail(api.post("/hooks/payment/stripe_stripe", payload, { headers }))
      }
      const eventOf = (type: string, intentId: string) => fake.events.find((e) => e.type === type && e.data.object.id === intentId)!
      const intentCalls = (intentId: string, action: string) => fake.requests.filter((r) => r.method === "POST" && r.path === `/v1/payment_intents/${intentId}/${action}`)

      async function ordersOf(email: string) {
        const { data } = await query().graph({ entity: "order", fields: ["id", "status"], filters: { email } })
        return data as any[]
      }

      it("amount_capturable_updated arriving while the checkout authorizes the same card leaves one order, paid once", async () => {
        const email = "webhook-race@example.vn"
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }, { variant_id: chaMuc.variantId, quantity: 1 }], provider: STRIPE, email })
        const intentId = c.session.data.id as string
        expect((await confirmInBrowser(c.session, "pm_card_visa")).status).toBe("requires_capture")
        // Stripe sends this to every card payment confirmed in the browser, while the shopper's page posts "complete".
        const authorizedEvent = eventOf("payment_intent.amount_capturable_updated", intentId)

        // Authorizing reads the intent from Stripe: hold those reads, so the checkout is caught authorizing
        // while the webhook is processed (Medusa queues it for 5 s) and any read it makes runs beside the checkout's.
        const reads = fake.hold("GET", `/v1/payment_intents/${intentId}`)
        try {
          const placing = complete(c.id)
          expect(await reads.whenWaiting(1, 60_000)).toBe(true)
          expect((await deliverWebhook(authorizedEvent)).status).toBe(200)
          await reads.whenWaiting(2, 10_000)
          reads.release()
          const placed = await placing
          expect([placed.status, placed.data.code]).toEqual([200, undefined])
          expect(placed.data.order.payment).toMatchObject({ provider_id: STRIPE, status: "captured" })

          // The shopper paid once, for the order the checkout placed, and the payment stands.
          expect(fake.paymentIntents.get(intentId)).toMatchObject({ status: "succeeded", amount_received: placed.data.order.total })
          expect(intentCalls(intentId, "capture")).toHaveLength(1)
          expect(intentCalls(intentId, "cancel")).toHaveLength(0)
          const sessionPayments = await payments.listPayments({ payment_session_id: c.session.id }, { relations: ["captures"] })
          expect(sessionPayments.map((p) => [Number(p.amount), !!p.captured_at, p.canceled_at ?? null, p.captures!.length])).toEqual([[placed.data.order.total, true, null, 1]])
          expect((await ordersOf(email)).map((o) => o.id)).toEqual([placed.data.order.id])
          expect(await orderOfCart(c.id)).toBe(placed.data.order.id)
          expect(placed.data.producer_orders).toHaveLength(2)
        } finally {
          reads.release()
        }
      })

      it("amount_capturable_updated processed before the shopper's order arrives places nothing: the checkout places it, with its invoice", async () => {
        const email = "webhook-first@example.vn"
        const invoice = { company_name: "Công ty TNHH Hạ Long Xanh", tax_code: "5700100256", email: "ketoan@halongxanh.vn" }
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }, { variant_id: chaMuc.variantId, quantity: 1 }], provider: STRIPE, email })
        const intentId = c.session.data.id as string
        await confirmInBrowser(c.session, "pm_card_visa")
        // The shopper's "Đặt hàng" is slow to arrive (a phone on a weak connection): Stripe's event is processed first.
        // Authorizing the session would read the intent from Stripe: wait for such a read, or past Medusa's 5 s delay.
        const reads = fake.hold("GET", `/v1/payment_intents/${intentId}`)
        try {
          expect((await deliverWebhook(eventOf("payment_intent.amount_capturable_updated", intentId))).status).toBe(200)
          await reads.whenWaiting(1, 10_000)
        } finally {
          reads.release()
        }
        expect(await orderOfCart(c.id)).toBeUndefined()
        expect(fake.paymentIntents.get(intentId)).toMatchObject({ status: "requires_capture", amount_received: 0 })

        const placed = await complete(c.id, { invoice })
        expect(placed.status).toBe(200)
        expect(placed.data.order.invoice).toEqual({ ...invoice, address: null })
        expect(placed.data.order.payment).toMatchObject({ provider_id: STRIPE, status: "captured" })
        expect((await ordersOf(email)).map((o) => o.id)).toEqual([placed.data.order.id])
        const { data } = await query().graph({ entity: "order", fields: ["shipping_methods.data"], filters: { id: placed.data.order.id } })
        expect((data[0] as any).shipping_methods[0].data.parcels).toHaveLength(2)
        expect(intentCalls(intentId, "capture")).toHaveLength(1)
      })

      it("payment_intent.succeeded after the checkout's capture changes nothing: one capture, one order", async () => {
        const email = "webhook-succeeded@example.vn"
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], provider: STRIPE, email })
        const intentId = c.session.data.id as string
        await confirmInBrowser(c.session, "pm_card_visa")
        const placed = await complete(c.id)
        expect(placed.status).toBe(200)
        const orderId = placed.data.order.id as string
        const before = await orderPayment(orderId)
        expect(before.captures!.map((x) => Number(x.amount))).toEqual([placed.data.order.total])

        // Medusa handles `succeeded` by capturing the payment it belongs to, which announces payment.captured.
        const events = container.resolve(Modules.EVENT_BUS)
        const handled = new Promise<void>((resolve) => {
          void events.subscribe("payment.captured", async (event: any) => {
            if (event?.data?.id === before.id) resolve()
          }, { subscriberId: "test-webhook-succeeded" })
        })
        expect((await deliverWebhook(eventOf("payment_intent.succeeded", intentId))).status).toBe(200)
        const processed = await Promise.race([handled.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))])
        expect(processed).toBe(true)

        const after = await orderPayment(orderId)
        expect(after.captures!.map((x) => x.id)).toEqual(before.captures!.map((x) => x.id))
        expect([after.captured_at, after.canceled_at ?? null]).toEqual([before.captured_at, null])
        expect(intentCalls(intentId, "capture")).toHaveLength(1)
        expect(intentCalls(intentId, "cancel")).toHaveLength(0)
        expect(fake.paymentIntents.get(intentId)).toMatchObject({ status: "succeeded", amount_received: placed.data.order.total })
        expect((await ordersOf(email)).map((o) => o.id)).toEqual([orderId])
        expect(await producerOrdersOf(orderId)).toHaveLength(1)
        const { data } = await query().graph({ entity: "order", fields: ["id", "transactions.amount", "transactions.reference"], filters: { id: orderId } })
        expect(((data[0] as any).transactions as any[]).map((t) => [t.reference, Number(t.amount)])).toEqual([["capture", placed.data.order.total]])
        const lookup = await must(api.post("/store/order-lookup", { email, display_id: placed.data.order.display_id }, store()))
        expect(lookup.data.order.payment).toMatchObject({ status: "captured" })
        expect(lookup.data.producer_orders.map((p: any) => p.paid_total)).toEqual([placed.data.order.total])
      })
    })

    describe("bad input: a clear message and no order", () => {
      const noOrder = async (cartId: string) => expect(await orderOfCart(cartId)).toBeUndefined()

      it("refuses an empty cart", async () => {
        const { data } = await must(api.post("/store/carts", { region_id: setup.regionId, email: "lan@example.vn" }, store()))
        const response = await complete(data.cart.id)
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "cart_empty", message: "Your cart is empty: add a product before checking out." })
        await noOrder(data.cart.id)
      })

      it("names a wrong phone, an unknown commune, an unknown province and a wrong tax code", async () => {
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], address: { ...ADDRESS, phone: "12345", city: "Xã Không Tồn Tại" } })
        const response = await complete(c.id, { invoice: { company_name: "Công ty A", tax_code: "123" } })
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_checkout")
        expect(response.data.errors.map((e: any) => [e.field, e.code])).toEqual([
          ["shipping_address.phone", "invalid_phone"],
          ["shipping_address.city", "unknown_commune"],
          ["invoice.tax_code", "invalid_tax_code"],
        ])
        expect(response.data.errors[1].message).toBe('"Xã Không Tồn Tại" is not a commune, ward or special zone of Quảng Ninh since 1 July 2025.')

        const elsewhere = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], address: { ...ADDRESS, province: "Tỉnh Gotham", city: "Phường X" } })
        const province = await complete(elsewhere.id)
        expect(province.status).toBe(400)
        expect(province.data).toMatchObject({ code: "unknown_province", message: expect.stringMatching(/not one of Việt Nam's 34 provinces/) })
        await noOrder(c.id)
        await noOrder(elsewhere.id)
      })

      it("asks for the delivery method and the payment", async () => {
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], shipping: false, provider: null })
        const response = await complete(c.id)
        expect(response.status).toBe(400)
        expect(response.data.errors.map((e: any) => e.code)).toEqual(["shipping_method_required", "payment_required"])
        await noOrder(c.id)
      })

      it("checks the body's shape, and answers 404 for a cart that does not exist", async () => {
        const c = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }] })
        const extra = await complete(c.id, { invoice: { company_name: "A", tax_code: "0101234567", director: "x" } })
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/director/)
        const missing = await complete("cart_01NOTTHERE000000000000000")
        expect(missing.status).toBe(404)
        expect(missing.data.message).toMatch(/was not found/)
        await noOrder(c.id)
      })

      it("tells the shopper a price changed since it was added, shows the new price, and charges it only after a new confirmation", async () => {
        const c = await cart({ items: [{ variant_id: chaMuc.variantId, quantity: 1 }] })
        await updateProductVariantsWorkflow(container).run({ input: { selector: { id: chaMuc.variantId }, update: { prices: [{ amount: 370000, currency_code: "vnd" }] } } })
        try {
          const changed = await complete(c.id)
          expect(changed.status).toBe(409)
          expect(changed.data).toMatchObject({
            code: "price_changed",
            changes: { changed: true, items: [{ title: "Chả mực Hạ Long", old_unit_price: 350000, new_unit_price: 370000 }], total: { old: 380000, new: 400000 } },
          })
          expect(changed.data.message).toMatch(/Chả mực Hạ Long \(Mặc định\): 350\.000 ₫ → 370\.000 ₫/)
          await noOrder(c.id)
          const { data } = await must(api.get(`/store/carts/${c.id}`, store()))
          expect(data.cart.items[0].unit_price).toBe(370000)
          // The payment was prepared for the old total: the shopper chooses it again.
          const again = await complete(c.id)
          expect(again.status).toBe(400)
          expect(again.data.code).toBe("payment_required")
          await paymentSession(c.id, COD)
          const placed = await complete(c.id)
          expect(placed.status).toBe(200)
          expect(placed.data.order.total).toBe(400000)
        } finally {
          await updateProductVariantsWorkflow(container).run({ input: { selector: { id: chaMuc.variantId }, update: { prices: [{ amount: 350000, currency_code: "vnd" }] } } })
        }
      })

      it("tells the shopper a product is no longer sold", async () => {
        const gone = await product("ruou-mo-yen-tu", "Rượu mơ Yên Tử", 180000, 10, { handle: "htx-yen-tu", name: "HTX Yên Tử", commune: "Phường Yên Tử" })
        await ensureShipping(container, { stockLocationId: locationId })
        const c = await cart({ items: [{ variant_id: gone.variantId, quantity: 1 }, { variant_id: tra.variantId, quantity: 1 }] })
        await must(api.post(`/admin/products/${gone.productId}`, { status: "draft" }, admin))
        const response = await complete(c.id)
        expect(response.status).toBe(409)
        expect(response.data).toMatchObject({ code: "item_unavailable", message: "Rượu mơ Yên Tử is no longer sold. Remove it from your cart to place the order; nothing was charged." })
        await noOrder(c.id)
      })

      it("validates the address step before payment with the same rules", async () => {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 2 }, { variant_id: tra.variantId, quantity: 1 }], provider: null })
        const { data } = await must(api.post(`/store/checkout/${c.id}/validate`, {}, store()))
        expect(data).toMatchObject({ valid: true, shipping_total: 60000, address: { phone: "0912345678", commune: "Phường Bãi Cháy", province: "Quảng Ninh" } })
        const needsPayment = await fail(api.post(`/store/checkout/${c.id}/validate`, { require_payment: true }, store()))
        expect(needsPayment.status).toBe(400)
        expect(needsPayment.data.code).toBe("payment_required")
        await must(api.post(`/store/carts/${c.id}`, { shipping_address: { ...ADDRESS, phone: "+84 386 123 45" } }, store()))
        const bad = await fail(api.post(`/store/checkout/${c.id}/validate`, {}, store()))
        expect(bad.status).toBe(400)
        expect(bad.data).toMatchObject({ code: "invalid_phone", errors: [{ field: "shipping_address.phone" }] })
        const { data: options } = await must(api.get("/store/checkout/address-options", store()))
        expect(options.provinces).toHaveLength(34)
        expect(options.communes["Quảng Ninh"]).toContain("Phường Bãi Cháy")
      })
    })

    describe("the shopper's grouped view", () => {
      it("looks an order up by number and e-mail, and keeps it from anyone else", async () => {
        const { orderId, body } = await placedOrder(VIETQR)
        const lookup = (b: unknown) => fail(api.post("/store/order-lookup", b, store()))
        const found = await lookup({ email: "LAN@example.vn", display_id: body.order.display_id })
        expect(found.status).toBe(200)
        expect(found.data.order.id).toBe(orderId)
        expect(found.data.producer_orders).toHaveLength(2)
        expect(found.data.order.payment).toMatchObject({ provider_id: VIETQR, status: "awaiting_transfer", vietqr: { reference: expect.stringMatching(/^OCOP/), amount: 540000 } })
        expect((await lookup({ email: "someone@example.vn", display_id: body.order.display_id })).status).toBe(404)
        expect((await lookup({ email: "not-an-email", display_id: 1 })).status).toBe(400)
        expect((await fail(api.get(`/store/orders/${orderId}/producer-orders`, store()))).status).toBe(401)
      })
    })

    describe("producer orders: ship, deliver, refund, cancel", () => {
      it("a refund of one producer order refunds only its part of the card payment", async () => {
        const { orderId, body } = await placedOrder(STRIPE)
        const [po1, po2] = body.producer_orders
        const intentId = (await orderPayment(orderId)).data!.id as string
        expect(body.order.payment.status).toBe("captured")
        expect([po1.paid_total, po2.paid_total]).toEqual([280000, 260000])

        const refunded = await poAdmin(po1.id, "refund", { note: "Chai bị vỡ" })
        expect(refunded.status).toBe(200)
        expect(refunded.data).toMatchObject({ refunded: 280000, producer_order: { refunded_total: 280000, refundable_total: 0 } })
        const stripeRefunds = [...fake.refunds.values()].filter((r: any) => r.payment_intent === intentId)
        expect(stripeRefunds.map((r: any) => r.amount)).toEqual([280000])
        const payment = await orderPayment(orderId)
        expect(payment.refunds!.map((r) => Number(r.amount))).toEqual([280000])
        expect(payment.refunds![0].note).toBe(`${po1.display_number}: Chai bị vỡ`)

        const twice = await poAdmin(po1.id, "refund", {})
        expect(twice.status).toBe(400)
        expect(twice.data.message).toBe(`${po1.display_number} cannot be refunded: its 280.000 ₫ were already refunded.`)
        const tooMuch = await poAdmin(po2.id, "refund", { amount: 260001 })
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toBe(`At most 260.000 ₫ can be refunded on ${po2.display_number} (paid 260.000 ₫, already refunded 0 ₫).`)
        expect((await poAdmin(po2.id, "refund", { amount: 50000 })).data.producer_order).toMatchObject({ refunded_total: 50000, refundable_total: 210000 })
        expect((await orderPayment(orderId)).refunds!.map((r) => Number(r.amount)).sort((a, b) => a - b)).toEqual([50000, 280000])
        for (const bad of [{ amount: 0 }, { amount: 1000.5 }, { amount: "5000" }, { amount: 5000, extra: 1 }]) {
          expect((await poAdmin(po2.id, "refund", bad)).status).toBe(400)
        }
      })

      it("cash on delivery: shipping uses the reserved stock, delivery captures exactly that producer order's amount", async () => {
        const { orderId, body } = await placedOrder(COD)
        const [po1, po2] = body.producer_orders
        const stockBefore = await reserved(nuocMam.inventoryItemId)

        const shipped = await poAdmin(po1.id, "ship", { tracking: { carrier: "Viettel Post", number: "VTP123456789", url: "https://viettelpost.vn/tra-cuu?code=VTP123456789" } })
        expect(shipped.status).toBe(200)
        expect(shipped.data.producer_order).toMatchObject({ status: "shipped", tracking: { carrier: "Viettel Post", number: "VTP123456789" }, fulfillment_id: expect.stringMatching(/^ful_/) })
        expect(await reserved(nuocMam.inventoryItemId)).toEqual({ stocked: stockBefore.stocked - 2, reserved: stockBefore.reserved - 2 })
        const { data: fulfillments } = await query().graph({ entity: "fulfillment", fields: ["id", "shipped_at", "labels.tracking_number", "items.line_item_id"], filters: { id: shipped.data.producer_order.fulfillment_id } })
        expect(fulfillments[0]).toMatchObject({ shipped_at: expect.anything(), labels: [{ tracking_number: "VTP123456789" }] })
        expect((fulfillments[0] as any).items.map((i: any) => i.line_item_id)).toEqual([po1.items[0].line_item_id])

        expect((await poAdmin(po1.id, "cancel")).data.message).toMatch(/cannot be cancelled: it is already on its way/)
        expect((await poAdmin(po2.id, "deliver")).data.message).toMatch(/cannot be marked delivered: it has not been shipped yet/)

        const delivered = await poAdmin(po1.id, "deliver")
        expect(delivered.status).toBe(200)
        expect(delivered.data.producer_order).toMatchObject({ status: "delivered", delivered_at: expect.any(String), captured_total: 280000, paid_total: 280000 })
        let payment = await orderPayment(orderId)
        expect(payment.captures!.map((x) => Number(x.amount))).toEqual([280000])
        expect(payment.captured_at).toBeNull()
        expect((payment.data as any).collected_at).toBeTruthy()

        // Nothing was collected for the other parcel yet: no refund, only a cancellation.
        const early = await poAdmin(po2.id, "refund", {})
        expect(early.data.message).toBe(`${po2.display_number} cannot be refunded: nothing was paid for it yet (cash on delivery is collected on delivery); cancel it instead.`)
        expect((await poAdmin(po1.id, "refund", { amount: 125000 })).data.producer_order).toMatchObject({ refunded_total: 125000 })

        await must(api.post(`/admin/producer-orders/${po2.id}/ship`, {}, admin))
        await must(api.post(`/admin/producer-orders/${po2.id}/deliver`, {}, admin))
        payment = await orderPayment(orderId)
        expect(payment.captures!.map((x) => Number(x.amount)).sort((a, b) => a - b)).toEqual([260000, 280000])
        expect(payment.captured_at).toBeTruthy()
        const { data } = await query().graph({ entity: "order", fields: ["fulfillments.delivered_at"], filters: { id: orderId } })
        expect((data[0] as any).fulfillments.every((f: any) => f.delivered_at)).toBe(true)
      })

      it("cancelling before shipping releases that producer's stock and refunds its part of a card payment", async () => {
        const { orderId, body } = await placedOrder(STRIPE)
        const [po1, po2] = body.producer_orders
        const traBefore = await reserved(tra.inventoryItemId)
        const cancelled = await poAdmin(po2.id, "cancel", { reason: "Hết hàng tại hợp tác xã" })
        expect(cancelled.status).toBe(200)
        expect(cancelled.data).toMatchObject({ refunded: 260000, producer_order: { status: "cancelled", cancel_reason: "Hết hàng tại hợp tác xã", refunded_total: 260000 } })
        expect(await reserved(tra.inventoryItemId)).toEqual({ stocked: traBefore.stocked, reserved: traBefore.reserved - 1 })
        expect((await orderPayment(orderId)).refunds!.map((r) => Number(r.amount))).toEqual([260000])
        const [after1] = await producerOrdersOf(orderId)
        expect(after1).toMatchObject({ id: po1.id, status: "pending", refunded_total: 0 })
        expect((await poAdmin(po2.id, "cancel")).status).toBe(400)
        expect((await poAdmin(po2.id, "ship")).data.message).toMatch(/cannot be marked shipped: it was cancelled/)
      })

      it("a VietQR parcel ships only once the operator confirmed the transfer", async () => {
        const { body } = await placedOrder(VIETQR)
        const refused = await poAdmin(body.producer_orders[0].id, "ship")
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(`${body.producer_orders[0].display_number} cannot be shipped: its VietQR transfer has not been confirmed yet. Ship it once the money has arrived.`)
        await must(api.post("/admin/vietqr/confirm", { reference: body.order.payment.vietqr.reference, amount_received: 540000 }, admin))
        const shipped = await poAdmin(body.producer_orders[0].id, "ship")
        expect(shipped.data.producer_order).toMatchObject({ status: "shipped", paid_total: 280000 })
      })

      it("lists and shows producer orders for the operator, by producer, status and number", async () => {
        const { body } = await placedOrder(COD)
        const list = (q: string) => fail(api.get(`/admin/producer-orders${q}`, admin))
        const byProducer = await list(`?producer_id=${tra.producerId}&status=pending`)
        expect(byProducer.status).toBe(200)
        expect(byProducer.data.producer_orders.every((p: any) => p.producer.id === tra.producerId && p.status === "pending")).toBe(true)
        expect(byProducer.data.producer_orders.map((p: any) => p.id)).toContain(body.producer_orders[1].id)
        const byNumber = await list(`?q=${encodeURIComponent(body.producer_orders[1].display_number)}`)
        expect(byNumber.data.producer_orders.map((p: any) => p.id)).toEqual([body.producer_orders[1].id])
        const byOrder = await list(`?q=${body.order.display_id}`)
        expect(byOrder.data).toMatchObject({ count: 2 })
        const one = await fail(api.get(`/admin/producer-orders/${body.producer_orders[0].id}`, admin))
        expect(one.data.producer_order).toMatchObject({ order: { display_id: body.order.display_id, email: "lan@example.vn" }, producer: { handle: "htx-cai-rong" }, refundable_total: 0 })
        expect((await list("?status=lost")).status).toBe(400)
        expect((await fail(api.get("/admin/producer-orders"))).status).toBe(401)
        expect((await fail(api.get("/admin/producer-orders/pord_missing", admin))).status).toBe(404)
        expect((await poAdmin(body.producer_orders[0].id, "ship", { tracking: { url: "ftp://x" } })).status).toBe(400)
      })
    })

    describe("compensation: a failure after each workflow leaves nothing behind", () => {
      it("checkout: no order, no producer orders, stock and cart as before, the payment cancelled", async () => {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }, { variant_id: tra.variantId, quantity: 1 }] })
        const before = { nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }
        const { data: cartsBefore } = await query().graph({ entity: "cart", fields: ["metadata", "shipping_methods.data"], filters: { id: c.id } })
        const { metadata: countBefore } = await query().graph({ entity: "producer_order", fields: ["id"], pagination: { take: 1 } })
        await expect(
          failAfter(workflow("complete-checkout", "completeCheckoutWorkflow"))(container).run({ input: { cart_id: c.id, invoice: { company_name: "Công ty B", tax_code: "0101234567" } } })
        ).rejects.toThrow(/failure injected/)
        expect(await orderOfCart(c.id)).toBeUndefined()
        expect({ nuocMam: await reserved(nuocMam.inventoryItemId), tra: await reserved(tra.inventoryItemId) }).toEqual(before)
        const { data: carts } = await query().graph({ entity: "cart", fields: ["completed_at", "metadata", "shipping_methods.data", "payment_collection.payments.canceled_at"], filters: { id: c.id } })
        expect(carts[0]).toMatchObject({ completed_at: null, metadata: (cartsBefore[0] as any).metadata, shipping_methods: (cartsBefore[0] as any).shipping_methods })
        expect(((carts[0] as any).payment_collection.payments ?? []).every((p: any) => p.canceled_at)).toBe(true)
        const { metadata: countAfter } = await query().graph({ entity: "producer_order", fields: ["id"], pagination: { take: 1 } })
        expect(countAfter?.count).toBe(countBefore?.count)
        // The cart can still be checked out.
        expect((await complete(c.id)).status).toBe(200)
      })

      it("split: deleted again, links too; run for real it is idempotent", async () => {
        const { orderId } = await placedOrder(COD)
        const split = workflow("split-order-by-producer", "splitOrderByProducerWorkflow")
        const marketplace = container.resolve("marketplace") as any
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        const existing = await producerOrdersOf(orderId)
        await link.dismiss(
          existing.flatMap((po): any[] => [
            { [Modules.ORDER]: { order_id: orderId }, marketplace: { producer_order_id: po.id } },
            { ocop: { producer_id: po.producer.id }, marketplace: { producer_order_id: po.id } },
          ])
        )
        await marketplace.deleteProducerOrders(existing.map((po) => po.id))

        await expect(failAfter(split)(container).run({ input: { order_id: orderId } })).rejects.toThrow(/failure injected/)
        expect(await producerOrdersOf(orderId)).toEqual([])
        const { data } = await query().graph({ entity: "order", fields: ["producer_orders.id"], filters: { id: orderId } })
        expect((data[0] as any).producer_orders ?? []).toEqual([])

        const { result: first } = await split(container).run({ input: { order_id: orderId } })
        const { result: second } = await split(container).run({ input: { order_id: orderId } })
        expect(first).toMatchObject({ created: true })
        expect(second).toEqual({ order_id: orderId, producer_order_ids: first.producer_order_ids, created: false })
        expect((await producerOrdersOf(orderId)).map((p) => p.producer.id)).toEqual([nuocMam.producerId, tra.producerId])
      })

      it("ship: still pending, no live fulfillment, stock and reservations as before", async () => {
        const { orderId, body } = await placedOrder(COD)
        const po = body.producer_orders[0]
        const before = await reserved(nuocMam.inventoryItemId)
        await expect(failAfter(workflow("mark-producer-order-shipped", "markProducerOrderShippedWorkflow"))(container).run({ input: { producer_order_id: po.id, tracking: { number: "X1" } } })).rejects.toThrow(/failure injected/)
        expect((await producerOrdersOf(orderId))[0]).toMatchObject({ status: "pending", shipped_at: null, tracking: null, fulfillment_id: null })
        expect(await reserved(nuocMam.inventoryItemId)).toEqual(before)
        const { data } = await query().graph({ entity: "order", fields: ["fulfillments.id", "fulfillments.canceled_at", "items.detail.fulfilled_quantity"], filters: { id: orderId } })
        expect(((data[0] as any).fulfillments ?? []).every((f: any) => f.canceled_at)).toBe(true)
        expect((data[0] as any).items.every((i: any) => Number(i.detail.fulfilled_quantity) === 0)).toBe(true)
        expect((await poAdmin(po.id, "ship")).status).toBe(200)
      })

      it("deliver: back to shipped; the cash capture, final like Medusa's, is kept and never taken twice", async () => {
        const { orderId, body } = await placedOrder(COD)
        const po = body.producer_orders[0]
        await must(api.post(`/admin/producer-orders/${po.id}/ship`, {}, admin))
        await expect(failAfter(workflow("mark-producer-order-delivered", "markProducerOrderDeliveredWorkflow"))(container).run({ input: { producer_order_id: po.id } })).rejects.toThrow(/failure injected/)
        const [after] = await producerOrdersOf(orderId)
        expect(after).toMatchObject({ status: "shipped", delivered_at: null, captured_total: 280000 })
        const { data } = await query().graph({ entity: "fulfillment", fields: ["delivered_at"], filters: { id: after.fulfillment_id } })
        expect((data[0] as any).delivered_at).toBeNull()
        expect((await orderPayment(orderId)).captures!.map((x) => Number(x.amount))).toEqual([280000])
        expect((await poAdmin(po.id, "deliver")).data.producer_order).toMatchObject({ status: "delivered", captured_total: 280000 })
        expect((await orderPayment(orderId)).captures!.map((x) => Number(x.amount))).toEqual([280000])
      })

      it("cancel: still pending with its stock reserved again", async () => {
        const { orderId, body } = await placedOrder(COD)
        const po = body.producer_orders[1]
        const before = await reserved(tra.inventoryItemId)
        await expect(failAfter(workflow("cancel-producer-order", "cancelProducerOrderWorkflow"))(container).run({ input: { producer_order_id: po.id } })).rejects.toThrow(/failure injected/)
        expect((await producerOrdersOf(orderId))[1]).toMatchObject({ status: "pending", cancelled_at: null })
        expect(await reserved(tra.inventoryItemId)).toEqual(before)
        const reservations = await inventory.listReservationItems({ line_item_id: po.items[0].line_item_id })
        expect(reservations.map((r) => Number(r.quantity))).toEqual([1])
      })

      it("refund: money sent back stays recorded (final, like Medusa's); a refund the provider refuses records nothing", async () => {
        const { orderId, body } = await placedOrder(STRIPE)
        const po = body.producer_orders[0]
        await expect(failAfter(workflow("refund-producer-order", "refundProducerOrderWorkflow"))(container).run({ input: { producer_order_id: po.id, amount: 10000 } })).rejects.toThrow(/failure injected/)
        expect((await producerOrdersOf(orderId))[0]).toMatchObject({ refunded_total: 10000 })
        expect((await orderPayment(orderId)).refunds!.map((r) => Number(r.amount))).toEqual([10000])

        // The provider refuses (Stripe has less left on the charge than we think): nothing recorded.
        const intent = fake.paymentIntents.get((await orderPayment(orderId)).data!.id as string)!
        const charge = fake.charges.get(intent.latest_charge)!
        const left = charge.amount_refunded
        charge.amount_refunded = charge.amount_captured - 1000
        try {
          const refused = await poAdmin(po.id, "refund", { amount: 5000 })
          expect(refused.status).toBeGreaterThanOrEqual(400)
          expect(refused.data.message).toMatch(/refund/i)
        } finally {
          charge.amount_refunded = left
        }
        expect((await producerOrdersOf(orderId))[0]).toMatchObject({ refunded_total: 10000 })
        expect((await orderPayment(orderId)).refunds!.map((r) => Number(r.amount))).toEqual([10000])
      })
    })

    describe("card holds left without an order are released (release-card-holds job)", () => {
      const HOUR = 3_600_000
      const releaseCardHolds = () => workflow("release-card-holds", "releaseCardHoldsWorkflow")
      const intent = (session: any) => fake.paymentIntents.get(session.data.id)!
      /** What an hour and more without the shopper does to a session: its last update long ago. */
      const ageSession = (sessionId: string, ms = 2 * HOUR) =>
        container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("payment_session").where({ id: sessionId }).update({ updated_at: new Date(Date.now() - ms) })
      async function sessionsOfCart(cartId: string) {
        const { data } = await query().graph({ entity: "cart", fields: ["payment_collection.payment_sessions.id"], filters: { id: cartId } })
        return ((data[0] as any).payment_collection?.payment_sessions ?? []).map((s: any) => s.id)
      }
      /** A card checkout confirmed in the browser whose "Đặt hàng" never reached the backend. */
      async function abandonedCardCheckout(email: string) {
        const c = await cart({ items: [{ variant_id: nuocMam.variantId, quantity: 1 }], provider: STRIPE, email })
        expect((await confirmInBrowser(c.session, "pm_card_visa")).status).toBe("requires_capture")
        return c
      }

      it("cancels the hold of a confirmed card left over an hour and removes its session; a recent one, an unconfirmed one and a placed order's payment stay", async () => {
        const abandoned = await abandonedCardCheckout("bo-do@example.vn")
        await ageSession(abandoned.session.id)
        const recent = await abandonedCardCheckout("vua-xong@example.vn")
        const unconfirmed = await cart({ items: [{ variant_id: tra.variantId, quantity: 1 }], provider: STRIPE, email: "chua-nhap-the@example.vn" })
        await ageSession(unconfirmed.session.id)
        const placed = await placedOrder(STRIPE)
        await ageSession(placed.cart.session.id)

        const { result } = await releaseCardHolds()(container).run({ input: { older_than_ms: HOUR } })
        expect(result.released.map((h: any) => [h.cart_id, h.intent_id, h.amount])).toEqual([[abandoned.id, abandoned.session.data.id, abandoned.session.amount]])
        expect(result.left.map((h: any) => [h.cart_id, h.intent_status])).toEqual([[unconfirmed.id, "requires_payment_method"]])
        expect(result.failed).toEqual([])

        // The shopper's card is free again, and the cart has no payment chosen.
        expect(intent(abandoned.session)).toMatchObject({ status: "canceled", amount_capturable: 0, amount_received: 0 })
        expect(await sessionsOfCart(abandoned.id)).toEqual([])
        expect(await orderOfCart(abandoned.id)).toBeUndefined()
        // Not old enough, nothing held, or already an order: untouched.
        expect(intent(recent.session)).toMatchObject({ status: "requires_capture", amount_capturable: recent.session.amount })
        expect(await sessionsOfCart(recent.id)).toEqual([recent.session.id])
        expect(intent(unconfirmed.session).status).toBe("requires_payment_method")
        expect(await sessionsOfCart(unconfirmed.id)).toEqual([unconfirmed.session.id])
        expect(intent(placed.cart.session)).toMatchObject({ status: "succeeded", amount_received: placed.body.order.total })
        expect((await orderPayment(placed.orderId)).captured_at).toBeTruthy()

        // A second run finds nothing more to release.
        const { result: again } = await releaseCardHolds()(container).run({ input: { older_than_ms: HOUR } })
        expect(again.released).toEqual([])
      })

      it("a shopper coming back to a released cart is asked to pay again, confirms a new card and gets the order", async () => {
        const c = await abandonedCardCheckout("quay-lai@example.vn")
        await ageSession(c.session.id)
        const { result } = await releaseCardHolds()(container).run({ input: { older_than_ms: HOUR } })
        expect(result.released.map((h: any) => h.cart_id)).toEqual([c.id])

        // The page posting "complete" with the released card gets the checkout's "choose how to pay", not an error page.
        const stale = await complete(c.id)
        expect(stale.status).toBe(400)
        expect(stale.data.code).toBe("payment_required")
        // The card step starts a new session, Stripe.js confirms the card again, the order is placed and paid.
        const session = await paymentSession(c.id, STRIPE)
        expect(session.data.id).not.toBe(c.session.data.id)
        expect((await confirmInBrowser(session, "pm_card_visa")).status).toBe("requires_capture")
        const placed = await complete(c.id)
        expect(placed.status).toBe(200)
        expect(placed.data.order.payment).toEqual({ provider_id: STRIPE, status: "captured" })
        expect(fake.paymentIntents.get(session.data.id)).toMatchObject({ status: "succeeded", amount_received: placed.data.order.total })
        expect(intent(c.session)).toMatchObject({ status: "canceled", amount_received: 0 })
      })

      it("leaves alone a cart whose checkout holds its lock at that moment, and releases it on a later run", async () => {
        const c = await abandonedCardCheckout("dang-dat@example.vn")
        await ageSession(c.session.id)
        const locking = container.resolve(Modules.LOCKING)
        await locking.acquire(c.id, { ownerId: "checkout:test", expire: 30 })
        try {
          const { result } = await releaseCardHolds()(container).run({ input: { older_than_ms: HOUR } })
          expect(result.released).toEqual([])
          expect(result.failed.map((f: any) => f.cart_id)).toEqual([c.id])
          expect(intent(c.session).status).toBe("requires_capture")
          expect(await sessionsOfCart(c.id)).toEqual([c.session.id])
        } finally {
          await locking.release(c.id, { ownerId: "checkout:test" })
        }
        const { result: later } = await releaseCardHolds()(container).run({ input: { older_than_ms: HOUR } })
        expect(later.released.map((h: any) => h.cart_id)).toEqual([c.id])
        expect(intent(c.session).status).toBe("canceled")
      })

      it("compensation: the session comes back; the cancelled hold stays cancelled (Stripe cannot undo it)", async () => {
        const c = await abandonedCardCheckout("hoan-tac@example.vn")
        const release = failAfter(workflow("release-card-hold", "releaseCardHoldWorkflow"))
        await expect(release(container).run({ input: { cart_id: c.id, payment_session_id: c.session.id, updated_before: new Date(Date.now() + 1000).toISOString() } })).rejects.toThrow(/failure injected/)
        expect(intent(c.session).status).toBe("canceled")
        expect(await sessionsOfCart(c.id)).toEqual([c.session.id])
      })

      it("reads CARD_HOLD_RELEASE_AFTER like a rate-limit window, and refuses a malformed one by name", () => {
        const { cardHoldReleaseAfterMs } = require("../../src/jobs/release-card-holds")
        expect(cardHoldReleaseAfterMs({})).toBe(HOUR)
        expect(cardHoldReleaseAfterMs({ CARD_HOLD_RELEASE_AFTER: "90m" })).toBe(90 * 60_000)
        expect(cardHoldReleaseAfterMs({ CARD_HOLD_RELEASE_AFTER: "24h" })).toBe(24 * HOUR)
        for (const bad of ["1 hour", "1d", "5m", "200h"]) {
          expect(() => cardHoldReleaseAfterMs({ CARD_HOLD_RELEASE_AFTER: bad })).toThrow(`CARD_HOLD_RELEASE_AFTER must look like "1h" or "90m"`)
        }
      })
    })
  },
})
