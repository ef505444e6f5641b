import { expect, test } from "@playwright/test"
import { currentCertificate, defaultExpiry } from "../../backend/src/modules/ocop/lib/domain"
import { PRODUCTS, type SeedProduct } from "../../seed/data/products"

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)

function currentStar(product: SeedProduct): number | null {
  const certificate = currentCertificate(
    product.certificates.map((c) => ({ ...c, expires_at: defaultExpiry(new Date(c.decision_date)) })),
  )
  return certificate?.star ?? null
}

test("the home page features the 5★ products with their lowest price in đồng", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveTitle(/Chợ OCOP Quảng Ninh/)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()

  const fiveStar = PRODUCTS.filter((p) => currentStar(p) === 5)
  expect(fiveStar.length, "the seed has valid 5★ products").toBeGreaterThan(0)
  const featured = page.getByRole("region", { name: "Sản phẩm OCOP 5 sao" }).getByRole("listitem")
  await expect(featured).toHaveCount(Math.min(fiveStar.length, 8))
  // Each featured card is a seeded 5★ product, with its lowest price.
  for (const title of await featured.getByRole("heading").allTextContents()) {
    const product = fiveStar.find((p) => p.title === title)
    expect(product, `${title} is a 5★ product of the seed`).toBeDefined()
    const prices = product!.variants.map((v) => v.price)
    const lowest = Math.min(...prices)
    const card = featured.filter({ has: page.getByRole("heading", { name: title, exact: true }) })
    await expect(card).toContainText(Math.max(...prices) > lowest ? `từ ${vnd(lowest)}` : vnd(lowest))
  }
  // Only 5★ badges in that section.
  const section = page.getByRole("region", { name: "Sản phẩm OCOP 5 sao" })
  await expect(section.getByRole("img", { name: /OCOP [34] sao/ })).toHaveCount(0)
})

test("the home page links the six product groups to the filtered listing", async ({ page }) => {
  await page.goto("/")
  const groups = page.getByRole("region", { name: "Nhóm sản phẩm" }).getByRole("link")
  await expect(groups).toHaveCount(6)
  await groups.filter({ hasText: "Thủ công mỹ nghệ" }).click()
  await expect(page).toHaveURL(/\/san-pham\?group=handicrafts$/)
  await expect(page.getByRole("heading", { level: 1, name: "Sản phẩm OCOP" })).toBeVisible()
})
