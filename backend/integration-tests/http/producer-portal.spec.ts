/**
 * The producer portal over HTTP: registration waiting for approval, invites, logging in,
 * listings with images, certificates, orders and the operator's approvals.
 * docs/producer-api.md is the contract.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { ensureStockLocation } from "../../../seed/src/inventory"
import { ensureShipping, type ShippingSetup } from "../../src/modules/ocop-delivery/ensure-shipping"
import { adminHeaders } from "../helpers/admin"
import { failAfter } from "../helpers/fail-after"
import {
  acceptInvite,
  approvedProducer,
  createListing,
  placeCodOrder,
  PRODUCER_PASSWORD,
  producerLogin,
  registerProducer,
  testPicture,
  uploadPictures,
} from "../helpers/producer"

/**
 * Workflows are taken from the modules Medusa itself loaded (Node's require cache), not imported
 * through Vitest: a second copy would register the same workflow ids with nested steps again.
 */
const workflow = (file: string, name: string) => require(`../../src/workflows/producer/workflows/${file}`)[name]
const identityOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")).auth_identity_id as string

// Many accounts sign up from one address here: lift the sign-up and sign-in budgets for this file.
process.env.RATE_LIMIT_REGISTER = "1000/1m"
process.env.RATE_LIMIT_LOGIN = "1000/1m"

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let setup: StoreSetup
    let locationId: string
    let shipping: ShippingSetup
    let admin: { headers: Record<string, string> }
    /** An approved producer made before the tests (Medusa's runner restores the database to this point before each test). */
    let lister: { headers: Record<string, string>; producerId: string }
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const must = <T = any,>(request: Promise<T>): Promise<T> =>
      request.catch((e: any): never => {
        throw new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })

    const store = () => ({ headers: { "x-publishable-api-key": setup.publishableKey } })
    const stockAt = async (variantId: string) => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory.location_levels.*"], filters: { id: variantId } })
      const levels = (data[0] as any).inventory_items[0].inventory.location_levels
      return levels.filter((l: any) => l.location_id === locationId).map((l: any) => Number(l.stocked_quantity))
    }

    beforeAll(async () => {
      container = getContainer()
      setup = await ensureStoreSetup(container)
      locationId = await ensureStockLocation(container, setup.salesChannelId)
      shipping = await ensureShipping(container, { stockLocationId: locationId })
      admin = await adminHeaders(api, container)
      lister = await must(approvedProducer(api, admin, "lister@portal.test", "HTX Miến Dong Bình Liêu"))
    })

    describe("accounts", () => {
      it("registers a producer that waits for the operator's approval, then opens the portal once approved", async () => {
        const lan = await must(registerProducer(api, "lan@hoavang.test", "HTX Chè Hoa Vàng Ba Chẽ"))
        const me = await must(api.get("/producer/me", lan))
        expect(me.data.member).toMatchObject({ email: "lan@hoavang.test", name: "Nguyễn Thị Lan", role: "owner" })
        expect(me.data.producer).toMatchObject({ name: "HTX Chè Hoa Vàng Ba Chẽ", status: "pending", handle: "htx-che-hoa-vang-ba-che", email: "lan@hoavang.test", phone: "0912345678" })

        const waiting = await fail(api.get("/producer/members", lan))
        expect(waiting.status).toBe(403)
        expect(waiting.data).toMatchObject({ code: "producer_not_approved", message: expect.stringMatching(/waiting for the operator's approval/) })

        const pending = await must(api.get("/admin/producers?status=pending", admin))
        expect(pending.data.producers.map((p: any) => p.id)).toContain(lan.producerId)

        const approved = await must(api.post(`/admin/producers/${lan.producerId}/status`, { status: "approved" }, admin))
        expect(approved.data.producer.status).toBe("approved")
        const members = await must(api.get("/producer/members", lan))
        expect(members.data.members).toEqual([expect.objectContaining({ email: "lan@hoavang.test", role: "owner" })])

        const noReason = await fail(api.post(`/admin/producers/${lan.producerId}/status`, { status: "suspended" }, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason is required to suspend/)
        await must(api.post(`/admin/producers/${lan.producerId}/status`, { status: "suspended", reason: "Giấy chứng nhận hết hạn" }, admin))
        const suspended = await fail(api.get("/producer/members", lan))
        expect(suspended.status).toBe(403)
        expect(suspended.data.message).toMatch(/suspended/)
        expect((await must(api.get("/producer/me", lan))).data.producer).toMatchObject({ status: "suspended", status_reason: "Giấy chứng nhận hết hạn" })
      })

      it("refuses a registration with missing or wrong fields in plain words, and a second registration of the same login", async () => {
        const { data: registered } = await must(api.post("/auth/producer/emailpass/register", { email: "minh@badfields.test", password: PRODUCER_PASSWORD }))
        const auth = { headers: { authorization: `Bearer ${registered.token}` } }
        const noProducer = await fail(api.post("/producer/register", { member: { name: "Minh" } }, auth))
        expect(noProducer.status).toBe(400)
        expect(noProducer.data.message).toMatch(/producer/)
        const badPhone = await fail(api.post("/producer/register", { member: { name: "Minh" }, producer: { name: "Hộ Minh", legal_form: "household", commune: "Xã Ba Chẽ", phone: "12345" } }, auth))
        expect(badPhone.status).toBe(400)
        expect(badPhone.data.message).toMatch(/phone must be a Vietnamese phone number/)

        await must(registerProducer(api, "twice@register.test", "Hộ kinh doanh Hai Lần"))
        const again = await fail(api.post("/auth/producer/emailpass/register", { email: "twice@register.test", password: PRODUCER_PASSWORD }))
        expect(again.status).toBe(401)
        const login = await must(api.post("/auth/producer/emailpass", { email: "twice@register.test", password: PRODUCER_PASSWORD }))
        const secondTime = await fail(api.post("/producer/register", { member: { name: "Lần hai" }, producer: { name: "Hộ Khác", legal_form: "household", commune: "Xã Ba Chẽ", phone: "0912345678" } }, { headers: { authorization: `Bearer ${login.data.token}` } }))
        expect(secondTime.status).toBe(400)
        expect(secondTime.data.message).toMatch(/already belongs to a producer member/)
      })

      it("lets the owner and the operator invite colleagues, who join with the token once, before it expires, with the invited email", async () => {
        const owner = await must(approvedProducer(api, admin, "owner@caironginvite.test", "HTX Nước mắm Cái Rồng Mời"))
        const { data: byOwner } = await must(api.post("/producer/members/invites", { email: "Staff@CaiRongInvite.test" }, owner))
        expect(byOwner.invite).toMatchObject({ email: "staff@caironginvite.test", role: "staff", token: expect.any(String) })

        const wrongEmail = await fail(acceptInvite(api, "someone-else@caironginvite.test", byOwner.invite.token))
        expect(wrongEmail.status).toBe(400)
        expect(wrongEmail.data.message).toMatch(/sent to another email address/)

        const staff = await must(acceptInvite(api, "staff@caironginvite.test", byOwner.invite.token))
        expect(staff.producerId).toBe(owner.producerId)
        const members = await must(api.get("/producer/members", staff))
        expect(members.data.members.map((m: any) => [m.email, m.role])).toEqual([["owner@caironginvite.test", "owner"], ["staff@caironginvite.test", "staff"]])
        expect(members.data.invites).toEqual([])

        const reused = await fail(acceptInvite(api, "reuse@caironginvite.test", byOwner.invite.token))
        expect(reused.status).toBe(400)
        expect(reused.data.message).toMatch(/not valid any more/)

        const staffInvites = await fail(api.post("/producer/members/invites", { email: "third@caironginvite.test" }, staff))
        expect(staffInvites.status).toBe(403)
        expect(staffInvites.data.code).toBe("producer_owner_only")

        const { data: byOperator } = await must(api.post(`/admin/producers/${owner.producerId}/invites`, { email: "second-owner@caironginvite.test" }, admin))
        expect(byOperator.invite.role).toBe("owner")
        const listed = await must(api.get(`/admin/producers/${owner.producerId}/members`, admin))
        expect(listed.data.invites.map((i: any) => i.email)).toEqual(["second-owner@caironginvite.test"])
        expect(listed.data.invites[0].token).toBeUndefined()
        const joined = await must(acceptInvite(api, "second-owner@caironginvite.test", byOperator.invite.token))
        expect((await must(api.get("/producer/me", joined))).data.member.role).toBe("owner")
      })

      it("answers 401 to a wrong password, a shopper's or operator's token, and a registration token without a member", async () => {
        await must(registerProducer(api, "login@checks.test", "Hộ Kiểm Tra Đăng Nhập"))
        expect((await fail(producerLogin(api, "login@checks.test", "sai-mat-khau"))).status).toBe(401)
        expect((await fail(api.get("/producer/me", admin))).status).toBe(401)
        expect((await fail(api.get("/producer/me"))).status).toBe(401)
        const { data: registered } = await must(api.post("/auth/producer/emailpass/register", { email: "nomember@checks.test", password: PRODUCER_PASSWORD }))
        expect((await fail(api.get("/producer/me", { headers: { authorization: `Bearer ${registered.token}` } }))).status).toBe(401)
      })

      it("shuts the portal for the members of a producer the operator deleted", async () => {
        const gone = await must(approvedProducer(api, admin, "gone@checks.test", "Hộ Đã Xóa"))
        expect((await must(api.get("/producer/members", gone))).status).toBe(200)
        await must(api.delete(`/admin/producers/${gone.producerId}`, admin))
        const after = await fail(api.get("/producer/me", gone))
        expect(after.status).toBe(401)
        expect(after.data.message).toMatch(/no longer exists/)
      })
    })

    describe("pictures", () => {
      it("stores an upload as WebP at 400, 800 and 1200 px under a generated name, never enlarging a small one", async () => {
        const owner = await must(approvedProducer(api, admin, "pictures@portal.test", "Hộ Ảnh Đẹp"))
        const big = await testPicture("jpeg", 1600, 1000)
        const small = await testPicture("png", 300, 200)
        const { status, data } = await uploadPictures(api as any, owner.headers, [
          { name: "../../../../etc/passwd.jpg", type: "image/jpeg", content: big },
          { name: "nho.png", type: "image/png", content: small },
        ])
        expect(status).toBe(200)
        expect(data.images[0].sizes.map((s: any) => s.width)).toEqual([400, 800, 1200])
        expect(data.images[0]).toMatchObject({ width: 1200, height: 750 })
        expect(data.images[0].url).toMatch(/\/static\/\d+-pimg-[0-9a-f]{24}-1200\.webp$/)
        expect(data.images[0].url).not.toMatch(/\.\.|passwd/)
        // A small picture keeps its own width under all three names the shop's srcset asks for.
        expect(data.images[1].sizes.map((s: any) => s.width)).toEqual([300, 300, 300])
        expect(data.images[1].sizes.map((s: any) => s.url.match(/-(\d+)\.webp$/)[1])).toEqual(["400", "800", "1200"])
        // Served by Medusa at /static (the configured backend address differs from the test server's port).
        const served = await fetch(`${(api as any).defaults.baseURL}${new URL(data.images[0].sizes[1].url).pathname}`)
        expect(served.status).toBe(200)
        const meta = await require("sharp")(Buffer.from(await served.arrayBuffer())).metadata()
        expect(meta).toMatchObject({ format: "webp", width: 800, height: 500 })
      })

      it("refuses files that are not pictures, pictures over 8 MB, more than 6 at once, and uploads without login", async () => {
        const owner = await must(approvedProducer(api, admin, "bad-pictures@portal.test", "Hộ Ảnh Lỗi"))
        const text = await uploadPictures(api as any, owner.headers, [{ name: "anh.jpg", type: "image/jpeg", content: Buffer.from("<?php echo 'hello'; ?>") }])
        expect(text.status).toBe(400)
        expect(text.data.message).toMatch(/Only JPEG, PNG or WebP pictures/)
        const gif = await uploadPictures(api as any, owner.headers, [{ name: "a.gif", type: "image/gif", content: await require("sharp")(await testPicture("png", 20, 20)).gif().toBuffer() }])
        expect(gif.status).toBe(400)
        const huge = await uploadPictures(api as any, owner.headers, [{ name: "to.jpg", type: "image/jpeg", content: Buffer.alloc(9 * 1024 * 1024, 1) }])
        expect(huge.status).toBe(413)
        expect(huge.data.message).toMatch(/at most 8 MB/)
        const picture = await testPicture("webp", 50, 50)
        const seven = await uploadPictures(api as any, owner.headers, Array.from({ length: 7 }, (_, i) => ({ name: `${i}.webp`, type: "image/webp", content: picture })))
        expect(seven.status).toBe(400)
        expect(seven.data.message).toMatch(/1 to 6 pictures/)
        const none = await uploadPictures(api as any, owner.headers, [])
        expect(none.status).toBe(400)
        expect((await uploadPictures(api as any, {}, [{ name: "a.webp", type: "image/webp", content: picture }])).status).toBe(401)
      })
    })

    describe("listings", () => {
      it("creates a draft with VND prices and stock at Kho Hạ Long; the shopper sees it only once the operator publishes it", async () => {
        const owner = await must(approvedProducer(api, admin, "listing@portal.test", "HTX Trà Hoa Vàng Niệm"))
        const { data: uploaded } = await uploadPictures(api as any, owner.headers, [{ name: "tra.jpg", type: "image/jpeg", content: await testPicture("jpeg", 1200, 900) }])
        const product = await must(createListing(api as any, owner, "Trà hoa vàng Ba Chẽ", uploaded.images[0].url))
        expect(product).toMatchObject({ title: "Trà hoa vàng Ba Chẽ", status: "draft", thumbnail: uploaded.images[0].url, rejection_reason: null })
        expect(product.handle).toMatch(/^tra-hoa-vang-ba-che-[0-9a-f]{6}$/)
        expect(product.variants.map((v: any) => [v.title, v.price, v.stock, v.options])).toEqual([
          ["Hộp 100 g", 150000, 40, { "Khối lượng": "100 g" }],
          ["Hộp 200 g", 280000, 15, { "Khối lượng": "200 g" }],
        ])
        expect(await stockAt(product.variants[0].id)).toEqual([40])
        const shopperBefore = await must(api.get(`/store/products?handle=${product.handle}`, store()))
        expect(shopperBefore.data.products).toEqual([])

        const submitted = await must(api.post(`/producer/products/${product.id}/submit`, {}, owner))
        expect(submitted.data.product.status).toBe("proposed")
        const twice = await fail(api.post(`/producer/products/${product.id}/submit`, {}, owner))
        expect(twice.status).toBe(400)
        expect(twice.data.message).toMatch(/already waiting for review/)

        const queue = await must(api.get("/admin/producer-listings", admin))
        expect(queue.data.products.find((p: any) => p.id === product.id)).toMatchObject({ status: "proposed", producer: { id: owner.producerId, name: "HTX Trà Hoa Vàng Niệm" } })
        const noReason = await fail(api.post(`/admin/producer-listings/${product.id}/reject`, {}, admin))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason.*required/)
        await must(api.post(`/admin/producer-listings/${product.id}/reject`, { reason: "Ảnh chưa rõ nhãn sản phẩm" }, admin))
        const rejected = await must(api.get(`/producer/products/${product.id}`, owner))
        expect(rejected.data.product).toMatchObject({ status: "rejected", rejection_reason: "Ảnh chưa rõ nhãn sản phẩm" })

        await must(api.post(`/producer/products/${product.id}/submit`, {}, owner))
        const published = await must(api.post(`/admin/producer-listings/${product.id}/publish`, {}, admin))
        expect(published.data.product).toMatchObject({ status: "published", rejection_reason: null })
        const shopperAfter = await must(api.get(`/store/products?handle=${product.handle}`, store()))
        expect(shopperAfter.data.products.map((p: any) => p.title)).toEqual(["Trà hoa vàng Ba Chẽ"])

        const catalogPrice = async () =>
          (await must(api.get("/store/catalog/products?sort=newest&limit=100", store()))).data.products.find((p: any) => p.id === product.id)?.price.min
        expect(await catalogPrice()).toBe(150000)
        const repriced = await must(api.post(`/producer/products/${product.id}`, { variants: [{ id: product.variants[0].id, price: 160000, stock: 39 }] }, owner))
        expect(await catalogPrice()).toBe(160000)
        expect(repriced.data.product.status).toBe("published")
        expect(repriced.data.product.variants[0]).toMatchObject({ price: 160000, stock: 39 })
        expect(await stockAt(product.variants[0].id)).toEqual([39])
        const renamed = await must(api.post(`/producer/products/${product.id}`, { title: "Trà hoa vàng Ba Chẽ hảo hạng", description: "Búp non." }, owner))
        expect(renamed.data.product).toMatchObject({ status: "proposed", title: "Trà hoa vàng Ba Chẽ hảo hạng", description: "Búp non." })

        const listed = await must(api.get("/producer/products?status=proposed", owner))
        expect(listed.data).toMatchObject({ count: 1, products: [expect.objectContaining({ id: product.id })] })
        expect((await must(api.get("/producer/products?status=draft", owner))).data.count).toBe(0)
      })

      it.each([
        [{ variants: [] }, /Value for field 'variants' too small, expected at least: '1'/],
        [{ variants: [{ title: "Hộp", price: 150000.5, stock: 1 }] }, /variants, 0, price/],
        [{ variants: [{ title: "Hộp", price: 150000, stock: -1 }] }, /variants, 0, stock' too small/],
        [{ images: ["https://example.com/anh.jpg"] }, /uploaded through \/producer\/uploads/],
        [{ options: [{ title: "Vị", values: ["Cay"] }], variants: [{ title: "Hộp", price: 150000, stock: 1, options: { "Vị": "Ngọt" } }] }, /needs a value of option "Vị" among Cay/],
        [{ title: "" }, /Value for field 'title' too small/],
        [{ status: "published" }, /status|Unrecognized/],
      ])("refuses a listing with %o in plain words", async (change, message) => {
        const body = { title: "Miến dong Bình Liêu", variants: [{ title: "Gói 500 g", price: 60000, stock: 10 }], ...change }
        const response = await fail(api.post("/producer/products", body, lister))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("certificates", () => {
      it("lists the producer's own certificates with warnings 90 and 30 days before expiry, and the operator's verification", async () => {
        const owner = await must(approvedProducer(api, admin, "certs@portal.test", "HTX Ba Kích Chứng Nhận"))
        const product = await must(createListing(api as any, owner, "Ba kích Ba Chẽ"))
        const cert = (decision: string, expires: string, n: string) =>
          must(api.post("/admin/ocop-certificates", { product_id: product.id, star: 4, score: 78, decision_number: n, issuing_authority: "UBND tỉnh Quảng Ninh", decision_date: decision, expires_at: expires, product_group: "herbal" }, admin))
        const soon = await cert(day(-1000), day(20), "11/QĐ-UBND")
        await cert(day(-1050), day(60), "12/QĐ-UBND")
        await cert(day(-100), day(900), "13/QĐ-UBND")
        const { data } = await must(api.get("/producer/certificates", owner))
        expect(data.certificates.map((c: any) => [c.decision_number, c.expiry_warning, c.valid, c.product?.title])).toEqual([
          ["13/QĐ-UBND", null, true, "Ba kích Ba Chẽ"],
          ["11/QĐ-UBND", "30_days", true, "Ba kích Ba Chẽ"],
          ["12/QĐ-UBND", "90_days", true, "Ba kích Ba Chẽ"],
        ])
        expect(data.certificates[1].days_until_expiry).toBe(20)
        expect(data.certificates[1].verified_at).toBeNull()
        const verified = await must(api.post(`/admin/ocop-certificates/${soon.data.ocop_certificate.id}/verify`, { verified: true }, admin))
        expect(verified.data.ocop_certificate.verified_at).toEqual(expect.any(String))
        const after = await must(api.get("/producer/certificates", owner))
        expect(after.data.certificates[1].verified_at).toEqual(verified.data.ocop_certificate.verified_at)
        const other = await must(approvedProducer(api, admin, "no-certs@portal.test", "Hộ Không Chứng Nhận"))
        expect((await must(api.get("/producer/certificates", other))).data.certificates).toEqual([])
      })
    })

    describe("orders", () => {
      it("shows the producer its own part of an order with the address, lets it ship and deliver, and sums its sales", async () => {
        const owner = await must(approvedProducer(api, admin, "orders@portal.test", "HTX Chả Mực Đơn Hàng"))
        const product = await must(createListing(api as any, owner, "Chả mực Hạ Long"))
        await must(api.post(`/producer/products/${product.id}/submit`, {}, owner))
        await must(api.post(`/admin/producer-listings/${product.id}/publish`, {}, admin))

        const placed = { data: await must(placeCodOrder(api as any, { publishableKey: setup.publishableKey, regionId: setup.regionId, shippingOptionId: shipping.shippingOptionId }, [{ variant_id: product.variants[0].id, quantity: 2 }])) }
        expect(placed.data.type).toBe("order")

        const { data: list } = await must(api.get("/producer/orders", owner))
        expect(list.count).toBe(1)
        const order = list.producer_orders[0]
        expect(order).toMatchObject({
          status: "pending",
          item_total: 300000,
          items: [expect.objectContaining({ title: "Chả mực Hạ Long", quantity: 2 })],
          shipping_address: { first_name: "Phạm Thu", last_name: "Hà", phone: expect.stringMatching(/0987/), city: "Phường Hạ Long", province: "Quảng Ninh", address_1: "Số 8 đường Trần Hưng Đạo" },
          order: { display_id: placed.data.order.display_id },
        })
        const early = await fail(api.post(`/producer/orders/${order.id}/deliver`, {}, owner))
        expect(early.status).toBe(400)
        const badTracking = await fail(api.post(`/producer/orders/${order.id}/ship`, { tracking: { url: "ftp://x" } }, owner))
        expect(badTracking.status).toBe(400)
        const shipped = await must(api.post(`/producer/orders/${order.id}/ship`, { tracking: { carrier: "Viettel Post", number: "VTP123456" } }, owner))
        expect(shipped.data.producer_order).toMatchObject({ status: "shipped", tracking: { carrier: "Viettel Post", number: "VTP123456" } })
        const delivered = await must(api.post(`/producer/orders/${order.id}/deliver`, {}, owner))
        expect(delivered.data.producer_order).toMatchObject({ status: "delivered", paid_total: order.total })

        const { data: summary } = await must(api.get("/producer/sales-summary?months=3", owner))
        expect(summary.months).toHaveLength(3)
        expect(summary.totals).toEqual({ orders: 1, revenue: order.total })
        expect(summary.months[2]).toEqual({ month: expect.stringMatching(/^\d{4}-\d{2}$/), orders: 1, revenue: order.total })
        const badMonths = await fail(api.get("/producer/sales-summary?months=30", owner))
        expect(badMonths.status).toBe(400)
        expect(badMonths.data.message).toMatch(/months.*at most.*24/)
        expect((await must(api.get("/producer/orders?status=pending", owner))).data.count).toBe(0)
      })
    })

    describe("compensation: a failure after each workflow leaves nothing behind", () => {
      const failing: Record<string, any> = {}
      beforeAll(() => {
        failing.register = failAfter(workflow("register-producer", "registerProducerWorkflow"))
        failing.accept = failAfter(workflow("accept-producer-invite", "acceptProducerInviteWorkflow"))
        failing.create = failAfter(workflow("create-producer-product", "createProducerProductWorkflow"))
        failing.update = failAfter(workflow("update-producer-product", "updateProducerProductWorkflow"))
        failing.review = failAfter(workflow("review-producer-listing", "reviewProducerListingWorkflow"))
        failing.status = failAfter(workflow("update-producer-status", "updateProducerStatusWorkflow"))
      })
      const run = async (wf: any, input: unknown) => {
        const { errors } = await wf(container).run({ input, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toContain("failure injected by the test after the workflow under test")
      }
      const query = () => container.resolve(ContainerRegistrationKeys.QUERY)

      it("registration: no producer, no member, and the login is free to register again", async () => {
        const { data } = await must(api.post("/auth/producer/emailpass/register", { email: "undo@register.test", password: PRODUCER_PASSWORD }))
        const producer = { name: "Hộ Hoàn Tác", legal_form: "household", commune: "Xã Ba Chẽ", phone: "0912345678" }
        await run(failing.register, { auth_identity_id: identityOf(data.token), member_name: "Lan", producer })
        expect((await query().graph({ entity: "producer", fields: ["id"], filters: { name: "Hộ Hoàn Tác" } })).data).toEqual([])
        expect((await query().graph({ entity: "producer_member", fields: ["id"], filters: { email: "undo@register.test" } })).data).toEqual([])
        const again = await must(api.post("/producer/register", { member: { name: "Lan" }, producer }, { headers: { authorization: `Bearer ${data.token}` } }))
        expect(again.data.producer.name).toBe("Hộ Hoàn Tác")
      })

      it("accepting an invite: no member, and the invite can still be used", async () => {
        const { data: created } = await must(api.post(`/admin/producers/${lister.producerId}/invites`, { email: "undo@invite.test", role: "staff" }, admin))
        const { data } = await must(api.post("/auth/producer/emailpass/register", { email: "undo@invite.test", password: PRODUCER_PASSWORD }))
        await run(failing.accept, { token: created.invite.token, name: "Minh", auth_identity_id: identityOf(data.token) })
        expect((await query().graph({ entity: "producer_member", fields: ["id"], filters: { email: "undo@invite.test" } })).data).toEqual([])
        const joined = await must(api.post("/producer/invites/accept", { token: created.invite.token, name: "Minh" }, { headers: { authorization: `Bearer ${data.token}` } }))
        expect(joined.data.producer.id).toBe(lister.producerId)
      })

      it("creating a listing: no product, no link to the producer", async () => {
        await run(failing.create, { producer_id: lister.producerId, listing: { title: "Sản phẩm hoàn tác", images: [], variants: [{ title: "Gói", price: 50000, stock: 3 }] } })
        expect((await query().graph({ entity: "product", fields: ["id"], filters: { title: "Sản phẩm hoàn tác" } })).data).toEqual([])
        expect((await must(api.get("/producer/products", lister))).data.count).toBe(0)
      })

      it("editing a listing: title, price and stock as they were", async () => {
        const product = await must(createListing(api as any, lister, "Miến dong Bình Liêu"))
        const variant = product.variants[0]
        await run(failing.update, { producer_id: lister.producerId, product_id: product.id, changes: { title: "Đổi tên", variants: [{ id: variant.id, price: 999000, stock: 1 }] } })
        const { data } = await must(api.get(`/producer/products/${product.id}`, lister))
        expect(data.product).toMatchObject({ title: "Miến dong Bình Liêu", status: "draft" })
        expect(data.product.variants[0]).toMatchObject({ price: variant.price, stock: variant.stock })
      })

      it("sending a listing for review, and the operator's status change: both as they were", async () => {
        const product = await must(createListing(api as any, lister, "Ba kích tím"))
        await run(failing.review, { product_id: product.id, review: { action: "submit", producer_id: lister.producerId } })
        expect((await must(api.get(`/producer/products/${product.id}`, lister))).data.product.status).toBe("draft")
        await run(failing.status, { producer_id: lister.producerId, status: "suspended", reason: "Thử" })
        expect((await must(api.get("/producer/me", lister))).data.producer).toMatchObject({ status: "approved", status_reason: null })
      })
    })
  },
})
