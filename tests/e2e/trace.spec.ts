import { execFile } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { promisify } from "node:util"
import { expect, test, type APIRequestContext } from "@playwright/test"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { gtinCheckDigit } from "../../traceability/src/lib/gtin"

/**
 * A consumer scans a label: the GS1 Digital Link resolver of the storefront
 * (`/01/{gtin}/10/{lot}`). The label is the operator's own QR code from the
 * admin API, decoded like a phone camera would. Batches come from the seed
 * (seed/data/batches.ts) as the admin API lists them; when the seed has none of
 * a kind the test needs, it records one through the admin API.
 */

const ROOT = path.resolve(__dirname, "../..")
const BACKEND_URL = `http://127.0.0.1:${process.env.E2E_BACKEND_PORT ?? 9100}`
const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${process.env.E2E_POSTGRES_PORT ?? 54339}/ocop_marketplace`
/** Where `npm start` wrote the publishable key (the config's OCOP_DATA_DIR). */
const RUNTIME_FILE = path.join(ROOT, process.env.E2E_DATA_DIR ?? ".data/e2e", "runtime.json")
const PASSWORD = "mat-khau-e2e-truy-xuat"

type Batch = { id: string; gtin: string; lot: string; status: string; quantity: number }
type Resolved = {
  item: {
    gtin: string
    variant: { id: string }
    product: { handle: string; title: string }
    producer: { name: string; handle: string } | null
    ocop: { star: number; decision_number: string } | null
    certificates: { decision_number: string }[]
  }
  batch: { lot: string; withdrawal_reason: string | null; events: unknown[] }
  verification: { status: string }
  scans: { suspicious: boolean }
}

const run = promisify(execFile)

/**
 * An operator's bearer token. The account is made with Medusa's own CLI (operators have no
 * sign-up), one per worker: two workers creating the same account at once would race.
 */
async function adminHeaders(request: APIRequestContext, worker: number): Promise<Record<string, string>> {
  const credentials = { email: `e2e-trace-${worker}@ocop.test`, password: PASSWORD }
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

function storeHeaders(): Record<string, string> {
  const { publishableKey } = JSON.parse(fs.readFileSync(RUNTIME_FILE, "utf8")) as { publishableKey: string }
  return { "x-publishable-api-key": publishableKey }
}

async function resolveBatch(request: APIRequestContext, batch: Pick<Batch, "gtin" | "lot">): Promise<{ status: number; body: Resolved }> {
  const response = await request.get(`${BACKEND_URL}/store/trace/items/${batch.gtin}/lots/${encodeURIComponent(batch.lot)}`, { headers: storeHeaders() })
  return { status: response.status(), body: await response.json() }
}

async function listBatches(request: APIRequestContext, admin: Record<string, string>, status: string): Promise<Batch[]> {
  const batches: Batch[] = []
  for (let offset = 0; ; offset += 200) {
    const response = await request.get(`${BACKEND_URL}/admin/production-batches?status=${status}&limit=200&offset=${offset}`, { headers: admin })
    expect(response.ok(), await response.text()).toBe(true)
    const page = await response.json()
    batches.push(...page.production_batches)
    if (batches.length >= page.count || page.production_batches.length === 0) return batches
  }
}

/** Records a published batch of a seeded product with a valid OCOP rating (and withdraws it if asked). */
async function recordBatch(request: APIRequestContext, admin: Record<string, string>, withdraw?: string): Promise<Batch> {
  const post = async (url: string, data: unknown) => {
    const response = await request.post(`${BACKEND_URL}${url}`, { headers: admin, data })
    expect(response.ok(), `${url}: ${await response.text()}`).toBe(true)
    return response.json()
  }
  const catalog = await request.get(`${BACKEND_URL}/store/catalog/products?min_stars=4&limit=1`, { headers: storeHeaders() })
  const [summary] = (await catalog.json()).products
  const detail = await request.get(`${BACKEND_URL}/store/catalog/products/${summary.handle}`, { headers: storeHeaders() })
  const { product } = await detail.json()
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase()
  const { growing_areas } = await post("/admin/growing-areas", {
    producer_id: product.producer.id,
    areas: [{ code: `VN-E2E-${suffix}`, area_type: "crop_area", name: "Vùng thử nghiệm", crop: "Chè hoa vàng", commune: product.producer.commune, latitude: 21.27, longitude: 107.35 }],
  })
  const { production_batch } = await post("/admin/production-batches", {
    variant_id: product.variants[0].id,
    lot: `E2E${suffix}`.slice(0, 20),
    production_date: "2026-09-01",
    expiry_date: "2028-09-01",
    quantity: 500,
    unit: "hộp",
    standards: ["VietGAP"],
    growing_area_ids: [growing_areas[0].id],
  })
  const event = { event_type: "ObjectEvent", event_timezone: "+07:00", action: "ADD", disposition: "active", read_point: `VN-E2E-${suffix}` }
  await post(`/admin/production-batches/${production_batch.id}/events`, {
    events: [
      { ...event, biz_step: "harvesting", event_time: "2026-08-20T06:00:00+07:00", outputs: [{ description: "Hoa chè tươi", quantity: 50, uom: "KGM" }] },
      { ...event, biz_step: "packing", event_time: "2026-09-01T08:00:00+07:00", outputs: [{ description: "Hộp 100 g", quantity: 500, uom: "H87" }] },
    ],
  })
  await post(`/admin/production-batches/${production_batch.id}/publish`, {})
  if (withdraw) await post(`/admin/production-batches/${production_batch.id}/withdraw`, { reason: withdraw })
  return { ...production_batch, status: withdraw ? "withdrawn" : "published" }
}

/**
 * A published batch whose record verifies, whose product has a valid OCOP rating and whose label
 * has not been scanned suspiciously often; the largest first, so the test's own scans never count.
 */
async function genuineBatch(request: APIRequestContext, admin: Record<string, string>): Promise<{ batch: Batch; resolved: Resolved }> {
  const published = (await listBatches(request, admin, "published")).sort((a, b) => b.quantity - a.quantity)
  for (const batch of published.slice(0, 20)) {
    const { status, body } = await resolveBatch(request, batch)
    if (status === 200 && body.item.ocop && body.verification.status === "verified" && !body.scans.suspicious && batch.quantity >= 20) {
      return { batch, resolved: body }
    }
  }
  const batch = await recordBatch(request, admin)
  return { batch, resolved: (await resolveBatch(request, batch)).body }
}

/** The URI in a QR code PNG, decoded from its pixels as a phone camera does. */
function decodeQr(png: Buffer): string {
  const image = PNG.sync.read(png)
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
  expect(code, "the label's QR code decodes").not.toBeNull()
  return code!.data
}

test.describe("scanning a label", () => {
  let admin: Record<string, string>
  let genuine: { batch: Batch; resolved: Resolved }

  test.beforeAll(async ({ request }, testInfo) => {
    testInfo.setTimeout(120_000)
    admin = await adminHeaders(request, testInfo.workerIndex)
    genuine = await genuineBatch(request, admin)
  })

  test("the label's QR code opens the verified batch with its product, producer and OCOP rating", async ({ page, request }) => {
    const { batch, resolved } = genuine
    const qr = await request.get(`${BACKEND_URL}/admin/production-batches/${batch.id}/qr?format=png&size=400`, { headers: admin })
    expect(qr.headers()["content-type"]).toMatch(/image\/png/)
    const uri = decodeQr(await qr.body())
    expect(uri).toBe(qr.headers()["x-digital-link"])
    expect(uri).toMatch(new RegExp(`/01/${batch.gtin}/10/${encodeURIComponent(batch.lot)}(\\?17=\\d{6})?$`))

    const response = await page.goto(uri)
    expect(response?.status()).toBe(200)
    await expect(page.getByText("Hàng chính hãng — dữ liệu đã được ký và xác thực")).toBeVisible()
    await expect(page.getByRole("heading", { level: 1, name: resolved.item.product.title })).toBeVisible()
    await expect(page.getByRole("main")).toContainText(batch.lot)
    await expect(page.getByRole("main")).toContainText(batch.gtin)
    const producer = page.getByRole("region", { name: "Nhà sản xuất" })
    await expect(producer).toContainText(resolved.item.producer!.name)
    const ocop = page.getByRole("region", { name: "Chứng nhận OCOP" })
    await expect(ocop.getByRole("img", { name: `OCOP ${resolved.item.ocop!.star} sao` })).toBeVisible()
    await expect(ocop).toContainText(resolved.item.ocop!.decision_number)
    await expect(page.getByRole("region", { name: "Hành trình của lô hàng" }).getByRole("listitem")).toHaveCount(resolved.batch.events.length)
    await expect(page.getByRole("link", { name: `Mua lại: ${resolved.item.product.title}` })).toHaveAttribute(
      "href",
      `/san-pham/${resolved.item.product.handle}?variant=${encodeURIComponent(resolved.item.variant.id)}`,
    )
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex")
    // A light page: plain HTML, no script to download on a market-stall connection.
    await expect(page.locator("script")).toHaveCount(0)

    // The same page in English, through the header's switch (a plain form).
    await page.getByRole("button", { name: "English" }).click()
    await expect(page.getByText("Genuine product — the record is signed and verified")).toBeVisible()
    await expect(page.getByRole("region", { name: "The batch's journey" })).toBeVisible()
  })

  test("an unknown lot walks up to the product's page", async ({ page, request }) => {
    const { batch, resolved } = genuine
    const direct = await request.get(`/01/${batch.gtin}/10/KHONGCOLONAY`, { maxRedirects: 0 })
    expect(direct.status()).toBe(303)
    expect(direct.headers()["location"]).toBe(`/01/${batch.gtin}`)

    await page.goto(`/01/${batch.gtin}/10/KHONGCOLONAY`)
    await expect(page).toHaveURL(new RegExp(`/01/${batch.gtin}$`))
    await expect(page.getByRole("heading", { level: 1, name: resolved.item.product.title })).toBeVisible()
    const batches = page.getByRole("region", { name: "Các lô đã công bố" })
    await expect(batches.getByRole("link", { name: new RegExp(`Số lô ${batch.lot}\\b`) })).toHaveAttribute("href", `/01/${batch.gtin}/10/${batch.lot}`)

    // A lot still in the making (a draft) is not public either: up to its product too.
    const [draft] = await listBatches(request, admin, "draft")
    expect(draft, "the seed keeps one batch as a draft").toBeDefined()
    const response = await request.get(`/01/${draft.gtin}/10/${draft.lot}`, { maxRedirects: 0 })
    expect(response.status()).toBe(303)
    expect(response.headers()["location"]).toBe(`/01/${draft.gtin}`)
  })

  test("a batch of a product whose OCOP certificate has expired shows no stars", async ({ page, request }) => {
    let found: { batch: Batch; resolved: Resolved } | null = null
    for (const batch of await listBatches(request, admin, "published")) {
      const { status, body } = await resolveBatch(request, batch)
      if (status === 200 && !body.item.ocop && body.item.certificates.length > 0) {
        found = { batch, resolved: body }
        break
      }
    }
    expect(found, "the seed has published batches of products whose only certificate has expired").not.toBeNull()
    const { batch, resolved } = found!
    await page.goto(`/01/${batch.gtin}/10/${batch.lot}`)
    const ocop = page.getByRole("region", { name: "Chứng nhận OCOP" })
    await expect(ocop).toContainText("Chứng nhận OCOP đã hết hạn")
    await expect(ocop).toContainText(resolved.item.certificates[0].decision_number)
    await expect(page.getByRole("img", { name: /OCOP/ })).toHaveCount(0)
    await expect(page.getByRole("main")).not.toContainText("★")
  })

  test("a machine gets the GS1 linkset with the product page, the OCOP certificate and the EPCIS events", async ({ request, baseURL }) => {
    const { batch, resolved } = genuine
    const url = `${baseURL}/01/${batch.gtin}/10/${batch.lot}`
    const response = await request.get(url, { headers: { Accept: "application/linkset+json" } })
    expect(response.status()).toBe(200)
    expect(response.headers()["content-type"]).toMatch(/^application\/linkset\+json/)
    const { linkset } = await response.json()
    expect(linkset[0].anchor).toBe(url)
    expect(linkset[0]["https://gs1.org/voc/pip"][0]).toMatchObject({ href: expect.stringContaining(`/san-pham/${resolved.item.product.handle}`), type: "text/html" })
    expect(linkset[0]["https://gs1.org/voc/certificationInfo"][0].title).toBe(`OCOP ${resolved.item.ocop!.star}★ — ${resolved.item.ocop!.decision_number}`)
    const traceability = linkset[0]["https://gs1.org/voc/traceability"][0]
    expect(traceability).toMatchObject({ type: "application/ld+json" })

    // The traceability link answers EPCIS 2.0, and the signing keys are public.
    const epcis = await request.get(traceability.href)
    expect(epcis.headers()["content-type"]).toMatch(/application\/ld\+json/)
    expect(await epcis.json()).toMatchObject({ type: "EPCISDocument", schemaVersion: "2.0" })
    const keys = await request.get("/.well-known/ocop-trace-keys.json")
    expect((await keys.json()).keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519" })

    // People get HTML with the same links in a Link header.
    const html = await request.get(url, { headers: { Accept: "text/html,*/*;q=0.8" } })
    expect(html.headers()["content-type"]).toMatch(/text\/html/)
    expect(html.headers()["link"]).toContain('rel="https://gs1.org/voc/traceability"')
    expect((await html.body()).length, "the batch page's HTML stays small").toBeLessThan(30_000)
  })

  test("a withdrawn batch answers 410 and shows the recall first", async ({ page, request }) => {
    const withdrawn = (await listBatches(request, admin, "withdrawn"))[0] ?? (await recordBatch(request, admin, "Thu hồi do nhãn in sai hạn sử dụng"))
    const { body } = await resolveBatch(request, withdrawn)
    const response = await page.goto(`/01/${withdrawn.gtin}/10/${withdrawn.lot}`)
    expect(response?.status()).toBe(410)
    const recall = page.getByRole("region", { name: "Lô hàng đã bị thu hồi" })
    await expect(recall).toBeVisible()
    await expect(recall).toContainText(body.batch.withdrawal_reason!)
    await expect(page.getByRole("heading", { level: 1, name: body.item.product.title })).toBeVisible()
  })

  test("a code no label could hold says why (400), a GTIN on no product is 404", async ({ page }) => {
    const { batch } = genuine
    const wrongCheck = batch.gtin.slice(0, 13) + String((Number(batch.gtin[13]) + 1) % 10)
    const invalid = await page.goto(`/01/${wrongCheck}/10/${batch.lot}`)
    expect(invalid?.status()).toBe(400)
    await expect(page.getByRole("heading", { level: 1, name: "Mã không hợp lệ" })).toBeVisible()
    await expect(page.getByText("Chữ số kiểm tra (chữ số cuối) của mã GTIN không đúng.")).toBeVisible()

    const unknown = await page.goto(`/01/0893000000000${gtinCheckDigit("0893000000000")}`)
    expect(unknown?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy sản phẩm" })).toBeVisible()
  })
})
