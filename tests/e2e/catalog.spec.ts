import { expect, test, type Page } from "@playwright/test"
import { currentCertificate, defaultExpiry } from "../../backend/src/modules/ocop/lib/domain"
import { PRODUCERS } from "../../seed/data/producers"
import { PRODUCTS, type SeedProduct } from "../../seed/data/products"

/**
 * The shop pages against the seeded catalog: listing filters kept in the URL,
 * product pages with their OCOP certificate (and none once it has expired),
 * producer pages, the language switch and 404s. Products are picked from the
 * seed by what they are, never by a hard-coded handle.
 */

/** The certificate a product shows today: its latest decision still within 36 months. */
function current(product: SeedProduct) {
  return currentCertificate(
    product.certificates.map((c) => ({ ...c, expires_at: defaultExpiry(new Date(c.decision_date)) })),
  )
}

const fiveStar = PRODUCTS.find((p) => current(p)?.star === 5)
const expired = PRODUCTS.find((p) => p.certificates.length > 0 && current(p) === null)

/** On a phone the filters sit in a closed disclosure: open it when the fields are hidden. */
async function showFilters(page: Page) {
  if (!(await page.getByLabel("Hạng sao").isVisible())) await page.getByText(/^Bộ lọc/).first().click()
  await expect(page.getByLabel("Hạng sao")).toBeVisible()
}

test("filtering the listing by 5★ leads to a product with its 5★ badge and certificate number", async ({ page }) => {
  expect(fiveStar, "the seed has a product with a valid 5★ certificate").toBeDefined()
  const product = fiveStar!
  await page.goto("/san-pham")
  await showFilters(page)
  await page.getByLabel("Hạng sao").selectOption("5")
  await page.getByRole("button", { name: "Áp dụng" }).click()
  await expect(page).toHaveURL(/[?&]min_stars=5(&|$)/)

  const results = page.getByRole("list", { name: "Kết quả" })
  await expect(results.getByRole("listitem").first()).toBeVisible()
  // Every card of the filtered list carries a 5★ badge.
  const cards = await results.getByRole("listitem").count()
  await expect(results.getByRole("img", { name: "OCOP 5 sao" })).toHaveCount(cards)

  await results.getByRole("link", { name: product.title, exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`/san-pham/${product.handle}$`))
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible()
  await expect(page.getByRole("img", { name: "OCOP 5 sao" })).toBeVisible()
  const certificate = page.getByRole("region", { name: "Chứng nhận OCOP" })
  await expect(certificate).toContainText(current(product)!.decision_number)
  await expect(certificate).toContainText(current(product)!.issuing_authority)
})

test("a product whose only certificate has expired shows no stars", async ({ page }) => {
  expect(expired, "the seed has a product whose certificates have all expired").toBeDefined()
  const product = expired!
  await page.goto(`/san-pham/${product.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible()
  await expect(page.getByRole("img", { name: /OCOP/ })).toHaveCount(0)
  await expect(page.getByRole("main")).not.toContainText("★")
  const certificate = page.getByRole("region", { name: "Chứng nhận OCOP" })
  await expect(certificate).toContainText("Sản phẩm hiện chưa có chứng nhận OCOP còn hiệu lực.")
  // The old rating stays visible as history, as text.
  await expect(certificate).toContainText(product.certificates[0].decision_number)
  await expect(certificate).toContainText("đã hết hiệu lực")
  // Nor do search engines hear of stars.
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent()
  expect(JSON.parse(jsonLd ?? "{}")).not.toHaveProperty("award")
})

test("a producer page lists its products", async ({ page }) => {
  const producer = PRODUCERS.find((p) => PRODUCTS.filter((x) => x.producer === p.handle).length >= 2) ?? PRODUCERS[0]
  const products = PRODUCTS.filter((p) => p.producer === producer.handle)
  await page.goto(`/nha-san-xuat/${producer.handle}`)
  await expect(page.getByRole("heading", { level: 1, name: producer.name })).toBeVisible()
  const section = page.getByRole("region", { name: `Sản phẩm của ${producer.name}` })
  await expect(section.getByRole("listitem")).toHaveCount(products.length)
  for (const product of products) {
    await expect(section.getByRole("link", { name: product.title, exact: true })).toHaveAttribute(
      "href",
      `/san-pham/${product.handle}`,
    )
  }
  // And the way back: a product links to its producer.
  await section.getByRole("link", { name: products[0].title, exact: true }).click()
  await expect(page.getByRole("region", { name: "Nhà sản xuất" }).getByRole("link", { name: producer.name })).toBeVisible()
})

test("a reload keeps the listing's filters and sort", async ({ page }) => {
  await page.goto("/san-pham")
  await showFilters(page)
  await page.getByLabel("Nhóm sản phẩm").selectOption("beverages")
  await page.getByLabel("Sắp xếp").selectOption("price_asc")
  await page.getByRole("button", { name: "Áp dụng" }).click()
  await expect(page).toHaveURL(/group=beverages/)
  await expect(page).toHaveURL(/sort=price_asc/)
  const count = await page.getByRole("status").first().textContent()
  const firstTitle = await page.getByRole("list", { name: "Kết quả" }).getByRole("heading").first().textContent()

  await page.reload()
  await showFilters(page)
  await expect(page.getByLabel("Nhóm sản phẩm")).toHaveValue("beverages")
  await expect(page.getByLabel("Sắp xếp")).toHaveValue("price_asc")
  await expect(page.getByRole("status").first()).toHaveText(count ?? "")
  await expect(page.getByRole("list", { name: "Kết quả" }).getByRole("heading").first()).toHaveText(firstTitle ?? "")
  await expect(page.getByRole("link", { name: /^Đồ uống/ })).toBeVisible()
})

test("the English switch changes the interface language, and back", async ({ page }) => {
  await page.goto("/san-pham")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await page.getByRole("button", { name: "English" }).click()
  await expect(page).toHaveURL(/\/san-pham$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1, name: "OCOP products" })).toBeVisible()
  const nav = page.getByRole("navigation", { name: "Main navigation" })
  await expect(nav.getByRole("link", { name: "Producers" })).toBeVisible()
  // The choice is remembered from page to page.
  await nav.getByRole("link", { name: "Producers" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "OCOP producers" })).toBeVisible()
  await page.getByRole("button", { name: "Tiếng Việt" }).click()
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1, name: "Nhà sản xuất OCOP" })).toBeVisible()
})

test("an unknown product, producer or address answers 404 with a not-found page", async ({ page }) => {
  for (const path of ["/san-pham/khong-co-san-pham-nay", "/nha-san-xuat/khong-co-ai", "/khong-ton-tai"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
    await expect(page.getByRole("link", { name: "Về trang chủ" })).toBeVisible()
  }
})
