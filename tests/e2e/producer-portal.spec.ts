import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"
import { PNG } from "pngjs"

/**
 * The producer portal on a phone (issue 6; runs in the "phone" project only, see
 * playwright.config.ts): a producer's new member accepts the operator's invitation, logs
 * in, adds a product with a picture, a livestream that is on air and a batch whose labels
 * it prints; the operator publishes the listing; a shopper sees the product and the live
 * badge; a member of another producer cannot open the listing for editing.
 */

test.describe.configure({ timeout: 120_000 })

const ROOT = path.resolve(__dirname, "../..")
const BACKEND_URL = `http://127.0.0.1:${process.env.E2E_BACKEND_PORT ?? 9100}`
const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${process.env.E2E_POSTGRES_PORT ?? 54339}/ocop_marketplace`
const PASSWORD = "mat-khau-e2e-nha-san-xuat"

const run = promisify(execFile)

/** An operator's bearer token; operators have no sign-up, so the account is made with Medusa's CLI. */
async function adminHeaders(request: APIRequestContext, worker: number): Promise<Record<string, string>> {
  const credentials = { email: `e2e-portal-${worker}@ocop.test`, password: PASSWORD }
  const login = () => request.post(`${BACKEND_URL}/auth/user/emailpass`, { data: credentials })
  let response = await login()
  if (response.status() === 401) {
    await run(path.join(ROOT, "node_modules", ".bin", "medusa"), ["user", "-e", credentials.email, "-p", credentials.password], {
      cwd: path.join(ROOT, "backend"),
      env: { ...process.env, DATABASE_URL, MEDUSA_ADMIN: "false", NODE_ENV: "development" },
    })
    response = await login()
  }
  expect(response.status(), await response.text()).toBe(200)
  const { token } = await response.json()
  return { authorization: `Bearer ${token}` }
}

type Producer = { id: string; name: string; status: string }

/** Two approved producers of the seed. */
async function twoProducers(request: APIRequestContext, admin: Record<string, string>): Promise<[Producer, Producer]> {
  const response = await request.get(`${BACKEND_URL}/admin/producers?status=approved&limit=10`, { headers: admin })
  expect(response.status(), await response.text()).toBe(200)
  const { producers } = (await response.json()) as { producers: Producer[] }
  expect(producers.length, "the seed has approved producers").toBeGreaterThanOrEqual(2)
  return [producers[0], producers[1]]
}

/** The operator invites `email` to a producer; the answer carries the token once. */
async function invite(request: APIRequestContext, admin: Record<string, string>, producerId: string, email: string): Promise<string> {
  const response = await request.post(`${BACKEND_URL}/admin/producers/${producerId}/invites`, { headers: admin, data: { email, role: "owner" } })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).invite.token
}

/** A real picture: a 640 × 480 PNG with a gradient, as a phone's camera roll would give one (smaller). */
function picture(): Buffer {
  const png = new PNG({ width: 640, height: 480 })
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) << 2
      png.data[i] = (200 + x) % 256
      png.data[i + 1] = (120 + y) % 256
      png.data[i + 2] = 40
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** A `datetime-local` value on Vietnam's clock, `minutes` from now. */
function vietnamLocal(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16)
}

async function logIn(page: Page, email: string) {
  await page.goto("/producer/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/producer$/)
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL })
  return context.newPage()
}

test("a producer lists a product with a picture and a live session, prints batch labels; shoppers see it; another producer cannot edit it", async ({ page, request, browser }, testInfo) => {
  const suffix = `${Date.now().toString(36)}${testInfo.workerIndex}`
  const admin = await adminHeaders(request, testInfo.workerIndex)
  const [mine, other] = await twoProducers(request, admin)
  const email = `lan-${suffix}@ocop.test`
  const otherEmail = `minh-${suffix}@ocop.test`
  const title = `Trà hoa vàng thử nghiệm ${suffix}`
  const liveTitle = `Hái chè trực tiếp ${suffix}`
  const lot = `E2E${suffix}`.toUpperCase().slice(0, 20)

  // The operator's invitation, accepted in the portal on the phone.
  const token = await invite(request, admin, mine.id, email)
  await page.goto(`/producer/accept-invite?token=${token}`)
  await page.getByLabel("Họ và tên của bạn").fill("Nguyễn Thị Lan")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(PASSWORD)
  await page.getByRole("button", { name: "Tham gia" }).click()
  await expect(page).toHaveURL(/\/producer$/)
  await expect(page.getByRole("heading", { level: 1, name: mine.name })).toBeVisible()

  // Log out, then in again as a member does each morning.
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page).toHaveURL(/\/producer\/login/)
  await logIn(page, email)
  const tabs = page.getByRole("navigation", { name: "Các mục của cổng nhà sản xuất" })
  await expect(tabs).toBeVisible()

  // A product with a picture, priced the Vietnamese way.
  await tabs.getByRole("link", { name: "Sản phẩm" }).click()
  await page.getByRole("link", { name: "Thêm sản phẩm" }).click()
  await expect(page.getByText("mỗi ảnh tối đa 8 MB")).toBeVisible()
  await page.getByLabel("Tên sản phẩm").fill(title)
  await page.getByLabel("Mô tả chi tiết").fill("Hoa chè vàng Ba Chẽ sấy lạnh, hộp 100 g.")
  await page.locator("#variant-0-title").fill("Hộp 100 g")
  await page.locator("#variant-0-price").fill("125.000")
  await page.locator("#variant-0-stock").fill("40")
  await page.getByLabel("Ảnh sản phẩm").setInputFiles({ name: "tra-hoa-vang.png", mimeType: "image/png", buffer: picture() })
  await page.getByRole("button", { name: "Lưu bản nháp" }).click()
  await expect(page).toHaveURL(/\/producer\/products\/prod_/)
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu bản nháp." })).toBeVisible()
  await expect(page.getByText("Bản nháp", { exact: true })).toBeVisible()
  await expect(page.getByRole("img", { name: `Ảnh 1 của ${title}` })).toHaveAttribute("src", /\.webp$/)
  await expect(page.locator("#variant-0-price")).toHaveValue("125.000")
  const productPath = new URL(page.url()).pathname
  const productId = productPath.split("/").pop()!
  await page.getByRole("button", { name: "Gửi duyệt" }).click()
  await expect(page.getByText("Chờ duyệt", { exact: true })).toBeVisible()

  // A TikTok session on air now, featuring the product.
  await tabs.getByRole("link", { name: "Livestream" }).click()
  await page.getByLabel("Nền tảng").selectOption("tiktok")
  await page.getByLabel("Liên kết phiên phát").fill("https://www.tiktok.com/@htxchehoavang/live")
  await page.getByLabel("Tiêu đề").fill(liveTitle)
  await page.getByLabel("Sản phẩm (không bắt buộc)").selectOption({ label: title })
  await page.getByLabel("Bắt đầu (giờ Việt Nam)").fill(vietnamLocal(-10))
  await page.getByLabel("Kết thúc (giờ Việt Nam)").fill(vietnamLocal(120))
  await page.getByRole("button", { name: "Lưu phiên livestream" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên livestream." })).toBeVisible()
  const session = page.getByRole("listitem").filter({ hasText: liveTitle })
  await expect(session.getByText("Đang phát", { exact: true })).toBeVisible()

  // A batch of the new product, one step, and its label sheet.
  await tabs.getByRole("link", { name: "Truy xuất" }).click()
  const batchForm = page.locator("details").filter({ hasText: "Tạo lô mới" })
  if (!(await batchForm.getAttribute("open"))) await batchForm.locator("summary").click()
  await page.getByLabel("Sản phẩm và quy cách").selectOption({ label: title })
  await page.getByLabel("Số lô").fill(lot)
  await page.getByLabel("Số lượng").fill("100")
  await batchForm.getByRole("button", { name: "Tạo lô mới" }).click()
  await expect(page).toHaveURL(/\/producer\/trace\/batches\//)
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo lô." })).toBeVisible()
  await page.getByLabel("Sản phẩm của bước (không bắt buộc)").fill("Hoa chè tươi")
  await page.getByLabel("Số lượng").fill("12")
  await page.getByRole("button", { name: "Ghi thêm một bước" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi bước." })).toBeVisible()
  await expect(page.getByText("12 kg Hoa chè tươi")).toBeVisible()
  const [sheet] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "In tem QR" }).click()])
  await sheet.waitForLoadState()
  await expect(sheet).toHaveTitle("Tem truy xuất nguồn gốc")
  await expect(sheet.getByText(`Lô: ${lot}`).first()).toBeVisible()
  await expect(sheet.getByRole("img").first()).toHaveAttribute("aria-label", new RegExp(`/10/${lot}`))
  await sheet.close()

  // The operator publishes the listing; the producer sees it on sale and follows the link to the shop.
  const published = await request.post(`${BACKEND_URL}/admin/producer-listings/${productId}/publish`, { headers: admin, data: {} })
  expect(published.ok(), await published.text()).toBe(true)
  await page.goto(productPath)
  await expect(page.getByText("Đang bán", { exact: true })).toBeVisible()
  const shopLink = await page.getByRole("link", { name: "Xem trên chợ" }).getAttribute("href")
  expect(shopLink).toMatch(/^\/san-pham\//)

  // A shopper (no portal cookie) sees the product and the live badge.
  const shopper = await phonePage(browser)
  await shopper.goto(shopLink!)
  await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(shopper.getByText("125.000 ₫").first()).toBeVisible()
  const onAir = shopper.getByRole("region", { name: "Phát trực tiếp" }).getByRole("listitem").filter({ hasText: liveTitle })
  await expect(onAir.getByText("Đang phát trực tiếp", { exact: true })).toBeVisible()
  await expect(onAir.getByRole("link", { name: /Xem trên TikTok/ })).toHaveAttribute("href", "https://www.tiktok.com/@htxchehoavang/live")
  await shopper.context().close()

  // A member of another producer cannot open it for editing: the same page as a listing that does not exist.
  const otherToken = await invite(request, admin, other.id, otherEmail)
  const registered = await request.post(`${BACKEND_URL}/auth/producer/emailpass/register`, { data: { email: otherEmail, password: PASSWORD } })
  expect(registered.ok(), await registered.text()).toBe(true)
  const accepted = await request.post(`${BACKEND_URL}/producer/invites/accept`, {
    headers: { authorization: `Bearer ${(await registered.json()).token}` },
    data: { token: otherToken, name: "Trần Văn Minh" },
  })
  expect(accepted.ok(), await accepted.text()).toBe(true)
  const intruder = await phonePage(browser)
  await logIn(intruder, otherEmail)
  const answer = await intruder.goto(productPath)
  expect(answer?.status()).toBe(404)
  await expect(intruder.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible()
  await expect(intruder.getByText(title)).toHaveCount(0)
  await expect(intruder.getByLabel("Tên sản phẩm")).toHaveCount(0)
  await intruder.context().close()
})
