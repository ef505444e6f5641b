import { expect, test } from "@playwright/test"
import { PRODUCTS } from "../../seed/data/products"

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)

test("the home page lists the seeded products with their lowest price in đồng", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveTitle(/Chợ OCOP Quảng Ninh/)
  const products = page.getByRole("region", { name: "Sản phẩm" }).getByRole("listitem")
  await expect(products).toHaveCount(PRODUCTS.length)
  for (const product of PRODUCTS) {
    const card = products.filter({ has: page.getByRole("heading", { name: product.title }) })
    const lowest = Math.min(...product.variants.map((v) => v.price))
    await expect(card).toContainText(`từ ${vnd(lowest)}`)
  }
})
