import { expect, test, type Page } from "@playwright/test"
import { currentCertificate, defaultExpiry } from "../../backend/src/modules/ocop/lib/domain"
import { PRODUCTS, type SeedProduct } from "../../seed/data/products"

/**
 * Search from the header box: Vietnamese typed without tone marks, with a typo,
 * or in English; facets kept in the URL; suggestions while typing. The expected
 * products are picked from the seed by their titles, never hard-coded.
 */

/** A title as a shopper types it on a phone: no tone marks, đ as d, lower case. */
const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase()

function currentStar(product: SeedProduct): number | null {
  const certificate = currentCertificate(
    product.certificates.map((c) => ({ ...c, expires_at: defaultExpiry(new Date(c.decision_date)) })),
  )
  return certificate?.star ?? null
}

const titled = (test: (folded: string) => boolean) => PRODUCTS.filter((p) => test(fold(p.title)))
const nuocMamCaiRong = titled((t) => t === "nuoc mam cai rong")[0]
const chaMuc = titled((t) => t.startsWith("cha muc")).map((p) => p.title)
const nuocMam = titled((t) => t.startsWith("nuoc mam")).map((p) => p.title)
const traHoa = titled((t) => t.includes("tra hoa")).map((p) => p.title)

/** The header's search box: a search field without JavaScript, a combobox with it. */
const searchBox = (page: Page) => page.getByRole("search").getByLabel("Tìm sản phẩm")
const results = (page: Page) => page.getByRole("list", { name: "Kết quả tìm kiếm" })
const resultTitles = (page: Page) => results(page).getByRole("heading")

async function search(page: Page, words: string) {
  await page.goto("/")
  await searchBox(page).fill(words)
  await searchBox(page).press("Enter")
  await expect(page).toHaveURL(/\/tim-kiem\?q=/)
}

/** On a phone the filters sit in a closed disclosure: open it when the fields are hidden. */
async function showFilters(page: Page) {
  if (!(await page.getByLabel("Hạng sao").isVisible())) await page.getByText(/^Bộ lọc/).first().click()
  await expect(page.getByLabel("Hạng sao")).toBeVisible()
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header box is a plain form: “nuoc mam cai rong” finds Nước mắm Cái Rồng first", async ({ page }) => {
    expect(nuocMamCaiRong, "the seed has Nước mắm Cái Rồng").toBeDefined()
    await search(page, "nuoc mam cai rong")
    await expect(page).toHaveURL(/\/tim-kiem\?q=nuoc\+mam\+cai\+rong$/)
    await expect(resultTitles(page).first()).toHaveText(nuocMamCaiRong.title)
    // The words found are marked in the title.
    await expect(resultTitles(page).first().locator("mark").first()).toBeVisible()
    await expect(page.getByRole("status").first()).toHaveText(/^\d+ kết quả cho “nuoc mam cai rong”$/)
    // The query stays in the box; the results stay out of search engines' indexes.
    await expect(searchBox(page)).toHaveValue("nuoc mam cai rong")
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)

    await resultTitles(page).first().getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/san-pham/${nuocMamCaiRong.handle}$`))
  })
})

test("a typo (“cha mucc”) still finds a chả mực product, and offers the right spelling", async ({ page }) => {
  expect(chaMuc.length, "the seed has chả mực products").toBeGreaterThan(0)
  await search(page, "cha mucc")
  await expect(resultTitles(page).first()).toBeVisible()
  expect(chaMuc).toContain(await resultTitles(page).first().textContent())

  const didYouMean = page.getByText("Có phải bạn muốn tìm:")
  await expect(didYouMean).toBeVisible()
  const correction = didYouMean.getByRole("link")
  expect(fold((await correction.textContent()) ?? "")).toBe("cha muc")
  const corrected = (await correction.textContent()) ?? ""
  await correction.click()
  await expect(page).toHaveURL(new RegExp(`/tim-kiem\\?${new URLSearchParams({ q: corrected }).toString().replace(/[+]/g, "\\+")}$`))
  await expect(searchBox(page)).toHaveValue(corrected)
  expect(chaMuc).toContain(await resultTitles(page).first().textContent())
})

test("a facet (5★) narrows the results, stays in the URL and survives a reload", async ({ page }) => {
  expect(currentStar(nuocMamCaiRong), "Nước mắm Cái Rồng is rated 5★").toBe(5)
  await search(page, "nuoc mam")
  const status = page.getByRole("status").first()
  await expect(status).toHaveText(/kết quả cho “nuoc mam”/)
  const before = Number.parseInt((await status.textContent()) ?? "", 10)

  await showFilters(page)
  await page.getByLabel("Hạng sao").selectOption("5")
  await expect(page).toHaveURL(/\/tim-kiem\?q=nuoc\+mam&min_stars=5$/)
  await expect(status).not.toHaveText(`${before} kết quả cho “nuoc mam”`)
  const after = Number.parseInt((await status.textContent()) ?? "", 10)
  expect(after).toBeGreaterThan(0)
  expect(after).toBeLessThan(before)
  const cards = await results(page).getByRole("listitem").count()
  await expect(results(page).getByRole("img", { name: "OCOP 5 sao" })).toHaveCount(cards)
  await expect(results(page).getByRole("heading", { name: nuocMamCaiRong.title, exact: true })).toBeVisible()
  const titles = await resultTitles(page).allTextContents()

  await page.reload()
  await expect(page).toHaveURL(/min_stars=5/)
  await expect(status).toHaveText(`${after} kết quả cho “nuoc mam”`)
  await expect(resultTitles(page)).toHaveText(titles)
  await expect(searchBox(page)).toHaveValue("nuoc mam")
  await showFilters(page)
  await expect(page.getByLabel("Hạng sao")).toHaveValue("5")
})

test("suggestions appear while typing “tra hoa”, and Enter on one opens the product", async ({ page }) => {
  expect(traHoa.length, "the seed has several trà hoa vàng products").toBeGreaterThan(1)
  await page.goto("/")
  // The box becomes a combobox once the page's JavaScript runs.
  const box = page.getByRole("combobox", { name: "Tìm sản phẩm" })
  await expect(box).toBeVisible()
  await box.click()
  await box.pressSequentially("tra hoa", { delay: 40 })

  const listbox = page.getByRole("listbox", { name: "Gợi ý sản phẩm" })
  await expect(listbox).toBeVisible()
  await expect(box).toHaveAttribute("aria-expanded", "true")
  const options = listbox.getByRole("option")
  await expect(options.nth(1)).toBeVisible()
  for (const name of await options.allTextContents()) expect(traHoa, `${name} is a trà hoa product`).toContain(name)

  // Escape closes the list, the down arrow opens it again on the first suggestion.
  await box.press("Escape")
  await expect(listbox).toBeHidden()
  await box.press("ArrowDown")
  await expect(options.first()).toHaveAttribute("aria-selected", "true")
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "")
  await box.press("ArrowDown")
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true")
  await expect(options.first()).toHaveAttribute("aria-selected", "false")
  const target = options.nth(1)
  const title = (await target.textContent()) ?? ""
  const product = PRODUCTS.find((p) => p.title === title)!

  await box.press("Enter")
  await expect(page).toHaveURL(new RegExp(`/san-pham/${product.handle}$`))
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible()
})

test("an English word (“fish sauce”) finds nước mắm", async ({ page }) => {
  expect(nuocMam.length, "the seed has nước mắm products").toBeGreaterThan(0)
  await search(page, "fish sauce")
  await expect(resultTitles(page).first()).toBeVisible()
  expect(nuocMam).toContain(await resultTitles(page).first().textContent())
})
