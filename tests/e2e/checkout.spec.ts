import { execFile } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test"
import jsQR from "jsqr"
import { PNG } from "pngjs"

/**
 * Buying from two producers, as a shopper does it in the browser: product pages →
 * cart grouped by producer → checkout (address of July 2025, delivery per producer
 * parcel) → each way to pay → a confirmation with two producer orders. A declined card
 * and an invalid phone leave the cart as it was and place no order. Products and prices
 * come from the catalog API, never hard-coded.
 */

// Each test adds two products and checks out through the real backend: slower than a page view,
// and every post waits for the backend (pricing, stock, payment) on a busy machine.
test.describe.configure({ timeout: 90_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

const ROOT = path.resolve(__dirname, "../..")
const BACKEND_URL = `http://127.0.0.1:${process.env.E2E_BACKEND_PORT ?? 9100}`
const RUNTIME_FILE = path.resolve(ROOT, process.env.E2E_DATA_DIR ?? ".data/e2e", "runtime.json")
const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${process.env.E2E_POSTGRES_PORT ?? 54339}/ocop_marketplace`
const PARCEL_FEE = 30000
const FREE_OVER = 500000

type Pick = { handle: string; title: string; price: number; producer: string }

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)

function storeHeaders(): Record<string, string> {
  const { publishableKey } = JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { publishableKey: string }
  return { "x-publishable-api-key": publishableKey }
}

/**
 * Two food products of two different producers (their first variant, which the product
 * page offers), each under the free-delivery threshold so each parcel costs the fee;
 * `nth` picks another pair per test, so parallel tests do not all buy the same units.
 */
async function twoProducers(request: APIRequestContext, nth: number): Promise<[Pick, Pick]> {
  const response = await request.get(`${BACKEND_URL}/store/catalog/products?group=food&limit=100`, { headers: storeHeaders() })
  expect(response.status()).toBe(200)
  const { products } = (await response.json()) as { products: { handle: string; price: { min: number } | null; producer: { id: string } | null }[] }
  const picks: Pick[] = []
  const producers = new Set<string>()
  for (const candidate of products) {
    if (picks.length === 2 * (nth + 1)) break
    if (!candidate.producer || !candidate.price || candidate.price.min >= FREE_OVER || producers.has(candidate.producer.id)) continue
    // The product page offers its first variant: that is the price paid.
    const detail = await request.get(`${BACKEND_URL}/store/catalog/products/${candidate.handle}`, { headers: storeHeaders() })
    const { product } = (await detail.json()) as { product: { handle: string; title: string; variants: { price: number | null }[]; producer: { name: string } } }
    const price = product.variants[0]?.price
    if (typeof price !== "number" || price >= FREE_OVER) continue
    producers.add(candidate.producer.id)
    picks.push({ handle: product.handle, title: product.title, price, producer: product.producer.name })
  }
  expect(picks.length, "the seed has food products from many producers").toBe(2 * (nth + 1))
  return [picks[2 * nth], picks[2 * nth + 1]]
}

async function addToCart(page: Page, product: Pick) {
  await page.goto(`/san-pham/${product.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible()
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  // A fresh backend makes its first cart slowly (workflows warm up): allow for it.
  await expect(page).toHaveURL(/\/gio-hang\?added=1/, { timeout: 45_000 })
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ hàng." })).toBeVisible()
}

/** Both products in the cart, one group per producer with its parcel fee, then checkout. */
async function fillCart(page: Page, a: Pick, b: Pick) {
  await addToCart(page, a)
  await addToCart(page, b)
  for (const p of [a, b]) {
    const group = page.getByRole("region", { name: p.producer, exact: true })
    await expect(group.getByRole("link", { name: p.title, exact: true })).toBeVisible()
    await expect(group).toContainText(vnd(PARCEL_FEE))
  }
  await expect(page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" })).toBeVisible()
  await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Thanh toán" })).toBeVisible()
}

async function fillAddress(page: Page, phone = "0912 345 678") {
  // One address per test: the backend limits order look-ups per e-mail address.
  await page.getByLabel("Email").fill(`lan+${test.info().testId}@example.vn`)
  await page.getByLabel("Số điện thoại").fill(phone)
  await page.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Lan")
  await page.getByLabel("Tỉnh, thành phố").selectOption("Quảng Ninh")
  await page.getByLabel("Xã, phường, đặc khu").selectOption("Phường Bãi Cháy")
  await page.getByLabel("Số nhà, đường, thôn, tổ").fill("Số 25 đường Hạ Long")
}

/** The confirmation page: the order number, and one producer order per producer with its items and total. */
async function expectTwoProducerOrders(page: Page, a: Pick, b: Pick): Promise<number> {
  const heading = page.getByRole("heading", { level: 1, name: /^Cảm ơn bạn! Đơn hàng #\d+ đã được đặt\.$/ })
  // Placing an order prices the cart again, reserves stock, splits and (for a card) captures: give it time.
  await expect(heading).toBeVisible({ timeout: 30_000 })
  const number = Number((await heading.textContent())!.match(/#(\d+)/)![1])
  await expect(page.getByText("Đơn được chia thành 2 đơn theo nhà sản xuất")).toBeVisible()
  const orders = page.getByRole("article")
  await expect(orders).toHaveCount(2)
  for (const p of [a, b]) {
    const order = orders.filter({ hasText: p.producer })
    await expect(order.getByRole("heading", { name: new RegExp(`^Đơn #${number}-[12]$`) })).toBeVisible()
    await expect(order).toContainText(p.title)
    await expect(order).toContainText(vnd(p.price + PARCEL_FEE))
  }
  return number
}

const orderTotal = (a: Pick, b: Pick) => a.price + b.price + 2 * PARCEL_FEE

test("cash on delivery: two producers' goods become one order in two producer orders", async ({ page, request }) => {
  const [a, b] = await twoProducers(request, 0)
  await fillCart(page, a, b)
  await fillAddress(page)
  await expect(page.getByTestId("checkout-total")).toHaveText(vnd(orderTotal(a, b)))
  await page.getByLabel("Thanh toán khi nhận hàng (COD)").check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  const number = await expectTwoProducerOrders(page, a, b)
  await expect(page.getByText("Trả tiền mặt khi nhận hàng")).toBeVisible()

  // The cart is empty again, and the order is listed in this browser's history.
  await expect(page.getByRole("link", { name: "Giỏ hàng", exact: true })).toBeVisible()
  await page.goto("/tra-cuu-don-hang")
  await page.getByRole("link", { name: `Đơn #${number}` }).click()
  await expect(page.getByRole("heading", { level: 1, name: `Đơn hàng #${number}` })).toBeVisible()
})

test("VietQR: the confirmation shows a QR code for the exact amount and the order reference", async ({ page, request }) => {
  const [a, b] = await twoProducers(request, 1)
  await fillCart(page, a, b)
  await fillAddress(page)
  await page.getByLabel("Chuyển khoản ngân hàng (VietQR)").check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expectTwoProducerOrders(page, a, b)

  const total = orderTotal(a, b)
  const transfer = page.getByRole("region", { name: "Chuyển khoản bằng VietQR" })
  await expect(transfer).toContainText(vnd(total))
  // Accessible names have their white space normalised (the no-break space of "540.000 ₫" too).
  const amount = vnd(total).replace(/\s/g, " ")
  const qr = transfer.getByRole("img", { name: new RegExp(`^Mã VietQR: chuyển ${amount.replace(/\./g, "\\.")}, nội dung (\\w+)$`) })
  const reference = (await qr.getAttribute("aria-label"))!.match(/nội dung (\w+)$/)![1]
  await expect(transfer.getByText(reference, { exact: true })).toBeVisible()
  await expect(qr).toBeVisible()

  // The code a banking app reads: EMVCo, currency 704 (VND), the exact amount, the reference.
  const png = PNG.sync.read(await qr.screenshot())
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  expect(decoded, "the QR code decodes").not.toBeNull()
  const payload = decoded!.data
  expect(payload.startsWith("000201")).toBe(true)
  expect(payload).toContain("5303704")
  expect(payload).toContain(`54${String(total).length.toString().padStart(2, "0")}${total}`)
  expect(payload).toContain(reference)
})

async function fillCard(page: Page, number: string) {
  await page.getByLabel("Thẻ Visa, Mastercard").check()
  await page.getByLabel("Card number").fill(number)
  await page.getByLabel("Expiration date MM / YY").fill("12 / 34")
  await page.getByLabel("CVC").fill("123")
}

test("card: Stripe confirms the card in the browser and the order is paid", async ({ page, request }) => {
  const [a, b] = await twoProducers(request, 2)
  await fillCart(page, a, b)
  await fillAddress(page)
  await fillCard(page, "4242 4242 4242 4242")
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expectTwoProducerOrders(page, a, b)
  await expect(page.getByText("Thanh toán bằng thẻ.")).toBeVisible()
  await expect(page.getByText("Trạng thái: Đã thanh toán")).toBeVisible()
})

test("a declined card shows Stripe's message, places no order and keeps the cart", async ({ page, request }) => {
  const [a, b] = await twoProducers(request, 3)
  await fillCart(page, a, b)
  await fillAddress(page)
  await fillCard(page, "4000 0000 0000 0002")
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible({ timeout: 20_000 })
  await expect(page).toHaveURL(/\/thanh-toan$/)

  await page.goto("/gio-hang")
  for (const p of [a, b]) await expect(page.getByRole("region", { name: p.producer, exact: true }).getByRole("link", { name: p.title, exact: true })).toBeVisible()
  await page.goto("/tra-cuu-don-hang")
  await expect(page.getByText("Chưa có đơn hàng nào được đặt hoặc tra cứu trên trình duyệt này.")).toBeVisible()
})

test("an invalid phone number is shown next to the field and no order is placed", async ({ page, request }) => {
  const [a, b] = await twoProducers(request, 4)
  await fillCart(page, a, b)
  await fillAddress(page, "0912 34")
  await page.getByLabel("Thanh toán khi nhận hàng (COD)").check()
  await page.getByRole("button", { name: "Đặt hàng" }).click()
  const phone = page.getByLabel("Số điện thoại")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(phone).toHaveAccessibleDescription(/Số điện thoại không hợp lệ/)
  await expect(page).toHaveURL(/\/thanh-toan$/)
  // What was typed stays; the rest of the form is kept.
  await expect(page.getByLabel("Số nhà, đường, thôn, tổ")).toHaveValue("Số 25 đường Hạ Long")
  await page.goto("/tra-cuu-don-hang")
  await expect(page.getByText("Chưa có đơn hàng nào được đặt hoặc tra cứu trên trình duyệt này.")).toBeVisible()
})

/** An operator's bearer token; the account is made with Medusa's CLI, one per worker (operators have no sign-up). */
async function adminHeaders(request: APIRequestContext, worker: number): Promise<Record<string, string>> {
  const credentials = { email: `e2e-checkout-${worker}@ocop.test`, password: "mat-khau-e2e-thanh-toan" }
  const login = () => request.post(`${BACKEND_URL}/auth/user/emailpass`, { data: credentials })
  let response = await login()
  if (response.status() === 401) {
    await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "medusa"), ["user", "-e", credentials.email, "-p", credentials.password], {
      cwd: path.join(ROOT, "backend"),
      env: { ...process.env, DATABASE_URL, MEDUSA_ADMIN: "false", NODE_ENV: "development" },
    })
    response = await login()
  }
  expect(response.status(), await response.text()).toBe(200)
  return { authorization: `Bearer ${(await response.json()).token}` }
}

test("a price changed since the product was added is shown, and the order is placed only once the shopper confirms", async ({ page, request }, testInfo) => {
  const [a, b] = await twoProducers(request, testInfo.project.name === "phone" ? 6 : 5)
  const admin = await adminHeaders(request, testInfo.workerIndex)
  const { products } = await (await request.get(`${BACKEND_URL}/admin/products?handle=${a.handle}&fields=id,variants.id,variants.prices.id,variants.prices.amount,variants.prices.currency_code`, { headers: admin })).json()
  const product = products[0]
  const variant = product.variants[0]
  const price = variant.prices.find((p: { currency_code: string }) => p.currency_code === "vnd")
  expect(price.amount).toBe(a.price)
  const setPrice = (amount: number) =>
    request.post(`${BACKEND_URL}/admin/products/${product.id}/variants/${variant.id}`, { headers: admin, data: { prices: [{ id: price.id, amount, currency_code: "vnd" }] } })

  await fillCart(page, a, b)
  await fillAddress(page)
  await page.getByLabel("Thanh toán khi nhận hàng (COD)").check()
  const raised = a.price + 10000
  expect((await setPrice(raised)).status()).toBe(200)
  try {
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    const notice = page.getByRole("alert").filter({ hasText: "Giá đã thay đổi" })
    await expect(notice).toBeVisible({ timeout: 20_000 })
    await expect(notice).toContainText(`${a.title}`)
    await expect(notice).toContainText(`${vnd(a.price)} → ${vnd(raised)}`)
    await expect(page.getByTestId("checkout-total")).toHaveText(vnd(raised + b.price + 2 * PARCEL_FEE))
    await page.goto("/tra-cuu-don-hang")
    await expect(page.getByText("Chưa có đơn hàng nào được đặt hoặc tra cứu trên trình duyệt này.")).toBeVisible()

    // Confirming places the order at the new price.
    await page.goto("/thanh-toan")
    await page.getByLabel("Thanh toán khi nhận hàng (COD)").check()
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await expectTwoProducerOrders(page, { ...a, price: raised }, b)
  } finally {
    await setPrice(a.price)
  }
})
