import { expect, test } from "@playwright/test"
import { PRODUCER_BY_HANDLE } from "../../seed/data/producers"
import { PRODUCTS } from "../../seed/data/products"
import { SEED_LIVESTREAMS } from "../../seed/data/livestreams"

/**
 * Livestreams against the seed, which schedules one session live for 4 hours from
 * the seed run and the others on later days (seed/data/livestreams.ts): the home
 * page's "live now" strip, the red badge on the product and producer pages, the
 * next sessions on Vietnam's clock, links that open the platform in a new tab.
 */
const live = SEED_LIVESTREAMS.find((s) => "live" in s.when)!
const tomorrow = SEED_LIVESTREAMS.find((s) => !("live" in s.when) && s.when.daysAhead === 1 && s.product)!
const titleOf = (handle: string) => PRODUCTS.find((p) => p.handle === handle)!.title

test("the home page's strip shows the session live now, linking out to the platform in a new tab", async ({ page }) => {
  await page.goto("/")
  // Other tests may put a session of their own on air: look at the seed's one.
  const item = page.getByRole("region", { name: "Đang phát trực tiếp" }).getByRole("listitem").filter({ hasText: live.title })
  await expect(item).toHaveCount(1)
  await expect(item.getByRole("link", { name: PRODUCER_BY_HANDLE.get(live.producer)!.name })).toBeVisible()
  const watch = item.getByRole("link", { name: /Xem trên TikTok/ })
  await expect(watch).toHaveAttribute("href", live.url)
  await expect(watch).toHaveAttribute("target", "_blank")
  await expect(watch).toHaveAttribute("rel", "noopener nofollow")

  await item.getByRole("link", { name: titleOf(live.product!) }).click()
  await expect(page).toHaveURL(new RegExp(`/san-pham/${live.product}$`), { timeout: 15_000 })
  await expect(page.getByRole("heading", { level: 1, name: titleOf(live.product!) })).toBeVisible({ timeout: 15_000 })
  const section = page.getByRole("region", { name: "Phát trực tiếp" })
  await expect(section.getByText("Đang phát trực tiếp", { exact: true })).toBeVisible()
  await expect(section).toContainText(live.title)
})

test("a product page lists its next session with the day and time in Vietnam", async ({ page }) => {
  await page.goto(`/san-pham/${tomorrow.product}`)
  const section = page.getByRole("region", { name: "Sắp phát trực tiếp" })
  const item = section.getByRole("listitem").filter({ hasText: tomorrow.title })
  const when = tomorrow.when as { at: string; minutes: number }
  const [h, m] = when.at.split(":").map(Number)
  const end = new Date(Date.UTC(2000, 0, 1, h, m + when.minutes))
  const endText = `${String(end.getUTCHours()).padStart(2, "0")}:${String(end.getUTCMinutes()).padStart(2, "0")}`
  // "Ngày mai" unless the test runs after midnight in Vietnam following a seed run the day before.
  await expect(item).toContainText(new RegExp(`(Ngày mai|Hôm nay), ${when.at}–${endText}`))
  await expect(item.getByRole("link", { name: /Xem trên Facebook/ })).toHaveAttribute("href", tomorrow.url)
  await expect(page.getByText("Đang phát trực tiếp", { exact: true })).toHaveCount(0)
})

test("the producer page shows its live session, and the strip speaks English after the switch", async ({ page }) => {
  await page.goto(`/nha-san-xuat/${live.producer}`)
  await expect(page.getByRole("region", { name: "Phát trực tiếp" }).getByRole("link", { name: /Xem trên TikTok/ })).toHaveAttribute("href", live.url)
  await page.goto("/")
  await page.getByRole("button", { name: "English" }).click()
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const item = page.getByRole("region", { name: "Live now" }).getByRole("listitem").filter({ hasText: live.title })
  await expect(item.getByRole("link", { name: /Watch on TikTok/ })).toHaveAttribute("href", live.url)
})
