/**
 * The authorization matrix of the producer portal (docs/producer-api.md, "The scope rule"):
 * every /producer route × who asks → the status they get.
 *
 *   own       a member of producer A, on A's resource
 *   other     a member of producer B, on A's resource (404: ids of others are never confirmed);
 *             on a route without a resource id, B gets its own data and nothing of A's
 *   pending   a member of a producer still waiting for approval (403, except GET /producer/me)
 *   none      no login (401)
 *   operator  the operator's admin token (401: the operator works in /admin)
 *
 * One row per route and method, in ROUTES. A route file under backend/src/api/producer that
 * has no row makes the last test fail: add the row with the new route.
 */
import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { ensureStockLocation } from "../../../seed/src/inventory"
import { ensureShipping } from "../../src/modules/ocop-delivery/ensure-shipping"
import { adminHeaders } from "../helpers/admin"
import { approvedProducer, createListing, placeCodOrder, registerProducer, testPicture } from "../helpers/producer"
import { traceEvent } from "../helpers/trace-event"

process.env.RATE_LIMIT_REGISTER = "1000/1m"
process.env.RATE_LIMIT_LOGIN = "1000/1m"

const PRODUCER_API_DIR = path.resolve(__dirname, "../../src/api/producer")

type Who = "own" | "other" | "pending" | "none" | "operator"
const WHO: Who[] = ["none", "operator", "pending", "other", "own"] // mutating calls by `own` come last

/** A's resources, which every row's path and body may use. */
type Fixture = {
  productId: string
  draftProductId: string
  producerOrderId: string
  picture: Buffer
  variantId: string
  livestreamId: string
  batchId: string
}

type Row = {
  /** As in the route files: "GET /producer/products/:id". */
  route: string
  /** The concrete path to call, with A's resource ids. */
  path: (f: Fixture) => string
  body?: (f: Fixture) => Record<string, unknown> | FormData
  /** What must have happened first, done by A's member (Medusa's runner restores the database before each row). */
  prepare?: { path: (f: Fixture) => string; body: Record<string, unknown> }[]
  /** Expected status for each caller; `none` and `operator` are 401 for every row unless given. */
  expect: Partial<Record<Who, number>> & { own: number; other: number; pending: number }
}

/** A session starting tomorrow, as a producer schedules it. */
const liveSession = () => {
  const start = Date.now() + 24 * 3_600_000
  return { platform: "tiktok", url: "https://www.tiktok.com/@htxnhaa/live", title: "Giới thiệu sá sùng", starts_at: new Date(start).toISOString(), ends_at: new Date(start + 3_600_000).toISOString() }
}

const listing = { title: "Muối tôm Quảng Yên", variants: [{ title: "Hũ 200 g", price: 45000, stock: 20 }] }
const jarsPacked = traceEvent({ read_point: undefined, note: "Đóng hũ", outputs: [{ description: "Hũ 200 g", quantity: 50, uom: "H87" }] })
const publishBatch = [{ path: (f: Fixture) => `/producer/batches/${f.batchId}/publish`, body: {} }]

export const ROUTES: Row[] = [
  { route: "GET /producer/me", path: () => "/producer/me", expect: { own: 200, other: 200, pending: 200 } },
  {
    route: "POST /producer/register",
    path: () => "/producer/register",
    body: () => ({ member: { name: "Lan" }, producer: { name: "Hộ Lan", legal_form: "household", commune: "Xã Ba Chẽ", phone: "0912345678" } }),
    expect: { own: 400, other: 400, pending: 400 },
  },
  {
    route: "POST /producer/invites/accept",
    path: () => "/producer/invites/accept",
    body: () => ({ token: "a".repeat(43), name: "Minh" }),
    expect: { own: 400, other: 400, pending: 400 },
  },
  { route: "GET /producer/members", path: () => "/producer/members", expect: { own: 200, other: 200, pending: 403 } },
  {
    route: "POST /producer/members/invites",
    path: () => "/producer/members/invites",
    body: () => ({ email: `dong-nghiep-${Math.random().toString(36).slice(2)}@authz.test` }),
    expect: { own: 201, other: 201, pending: 403 },
  },
  { route: "GET /producer/products", path: () => "/producer/products", expect: { own: 200, other: 200, pending: 403 } },
  { route: "POST /producer/products", path: () => "/producer/products", body: () => listing, expect: { own: 201, other: 201, pending: 403 } },
  { route: "GET /producer/products/:id", path: (f) => `/producer/products/${f.productId}`, expect: { own: 200, other: 404, pending: 403 } },
  {
    route: "POST /producer/products/:id",
    path: (f) => `/producer/products/${f.draftProductId}`,
    body: () => ({ description: "Tôm biển giã tay." }),
    expect: { own: 200, other: 404, pending: 403 },
  },
  { route: "POST /producer/products/:id/submit", path: (f) => `/producer/products/${f.draftProductId}/submit`, body: () => ({}), expect: { own: 200, other: 404, pending: 403 } },
  {
    route: "POST /producer/uploads",
    path: () => "/producer/uploads",
    body: (f) => {
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(f.picture)], { type: "image/png" }), "anh.png")
      return form
    },
    expect: { own: 200, other: 200, pending: 403 },
  },
  { route: "GET /producer/certificates", path: () => "/producer/certificates", expect: { own: 200, other: 200, pending: 403 } },
  { route: "GET /producer/orders", path: () => "/producer/orders", expect: { own: 200, other: 200, pending: 403 } },
  { route: "GET /producer/orders/:id", path: (f) => `/producer/orders/${f.producerOrderId}`, expect: { own: 200, other: 404, pending: 403 } },
  { route: "POST /producer/orders/:id/ship", path: (f) => `/producer/orders/${f.producerOrderId}/ship`, body: () => ({}), expect: { own: 200, other: 404, pending: 403 } },
  {
    route: "POST /producer/orders/:id/deliver",
    path: (f) => `/producer/orders/${f.producerOrderId}/deliver`,
    body: () => ({}),
    prepare: [{ path: (f) => `/producer/orders/${f.producerOrderId}/ship`, body: {} }],
    expect: { own: 200, other: 404, pending: 403 },
  },
  { route: "GET /producer/sales-summary", path: () => "/producer/sales-summary", expect: { own: 200, other: 200, pending: 403 } },
  // Livestreams and traceability (docs/producer-api.md, "Livestreams and traceability").
  { route: "GET /producer/livestreams", path: () => "/producer/livestreams", expect: { own: 200, other: 200, pending: 403 } },
  { route: "POST /producer/livestreams", path: () => "/producer/livestreams", body: () => liveSession(), expect: { own: 201, other: 201, pending: 403 } },
  { route: "GET /producer/livestreams/:id", path: (f) => `/producer/livestreams/${f.livestreamId}`, expect: { own: 200, other: 404, pending: 403 } },
  { route: "POST /producer/livestreams/:id", path: (f) => `/producer/livestreams/${f.livestreamId}`, body: () => ({ title: "Phiên chợ sáng" }), expect: { own: 200, other: 404, pending: 403 } },
  { route: "DELETE /producer/livestreams/:id", path: (f) => `/producer/livestreams/${f.livestreamId}`, expect: { own: 200, other: 404, pending: 403 } },
  { route: "GET /producer/growing-areas", path: () => "/producer/growing-areas", expect: { own: 200, other: 200, pending: 403 } },
  {
    route: "POST /producer/growing-areas",
    path: () => "/producer/growing-areas",
    body: () => ({ areas: [{ code: `VN-QNAZ-${Math.floor(1000 + Math.random() * 9000)}`, area_type: "crop_area", name: "Đồi chè", commune: "Xã Ba Chẽ" }] }),
    expect: { own: 201, other: 201, pending: 403 },
  },
  { route: "GET /producer/batches", path: () => "/producer/batches", expect: { own: 200, other: 200, pending: 403 } },
  {
    // A's variant in the body: B is refused (400) exactly as for a variant that does not exist.
    route: "POST /producer/batches",
    path: () => "/producer/batches",
    body: (f) => ({ variant_id: f.variantId, lot: "AZ02", production_date: "2026-10-01", quantity: 10, unit: "hũ" }),
    expect: { own: 201, other: 400, pending: 403 },
  },
  { route: "GET /producer/batches/:id", path: (f) => `/producer/batches/${f.batchId}`, expect: { own: 200, other: 404, pending: 403 } },
  { route: "POST /producer/batches/:id/events", path: (f) => `/producer/batches/${f.batchId}/events`, body: () => ({ events: [jarsPacked] }), expect: { own: 201, other: 404, pending: 403 } },
  { route: "GET /producer/batches/:id/labels", path: (f) => `/producer/batches/${f.batchId}/labels?copies=2`, expect: { own: 200, other: 404, pending: 403 } },
  {
    // Publishing needs at least one event.
    route: "POST /producer/batches/:id/publish",
    path: (f) => `/producer/batches/${f.batchId}/publish`,
    body: () => ({}),
    prepare: [{ path: (f) => `/producer/batches/${f.batchId}/events`, body: { events: [jarsPacked] } }],
    expect: { own: 200, other: 404, pending: 403 },
  },
  {
    route: "POST /producer/batches/:id/withdraw",
    path: (f) => `/producer/batches/${f.batchId}/withdraw`,
    body: () => ({ reason: "Nhãn in sai" }),
    prepare: [{ path: (f) => `/producer/batches/${f.batchId}/events`, body: { events: [jarsPacked] } }, ...publishBatch],
    expect: { own: 200, other: 404, pending: 403 },
  },
]

/** "GET /producer/products/:id" for every exported method of every route file under api/producer. */
function routesInCode(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const relative = path.relative(PRODUCER_API_DIR, dir).split(path.sep).filter(Boolean)
        const urlPath = ["/producer", ...relative.map((s) => s.replace(/^\[(.+)\]$/, ":$1"))].join("/")
        const source = fs.readFileSync(full, "utf8")
        for (const [, method] of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${urlPath}`)
      }
    }
  }
  walk(PRODUCER_API_DIR)
  return found.sort()
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let fixture: Fixture
    let headers: Record<Who, Record<string, string>>
    /** Ids of producer A that B must never see. */
    let ownIds: string[]
    const must = <T = any,>(request: Promise<T>): Promise<T> =>
      request.catch((e: any): never => {
        throw new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })

    async function call(row: Row, who: Who) {
      const body = row.body?.(fixture)
      const isForm = body instanceof FormData
      const response = await fetch(`${(api as any).defaults.baseURL}${row.path(fixture)}`, {
        method: row.route.split(" ")[0],
        headers: { ...headers[who], ...(body && !isForm ? { "content-type": "application/json" } : {}) },
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      })
      const text = await response.text()
      return { status: response.status, text }
    }

    beforeAll(async () => {
      const container = getContainer()
      const setup: StoreSetup = await ensureStoreSetup(container)
      const locationId = await ensureStockLocation(container, setup.salesChannelId)
      const shipping = await ensureShipping(container, { stockLocationId: locationId })
      const admin = await adminHeaders(api, container)
      const a = await must(approvedProducer(api, admin, "a@authz.test", "HTX Nhà A"))
      const b = await must(approvedProducer(api, admin, "b@authz.test", "HTX Nhà B"))
      const pending = await must(registerProducer(api, "pending@authz.test", "Hộ Chờ Duyệt"))
      const product = await must(createListing(api as any, a, "Sá sùng Quan Lạn"))
      const draft = await must(createListing(api as any, a, "Ngán Quảng Yên"))
      await must(api.post(`/producer/products/${product.id}/submit`, {}, a))
      await must(api.post(`/admin/producer-listings/${product.id}/publish`, {}, admin))
      const { data: cert } = await must(
        api.post("/admin/ocop-certificates", { product_id: product.id, star: 4, decision_number: "99/QĐ-UBND", issuing_authority: "UBND tỉnh Quảng Ninh", decision_date: "2025-01-10", product_group: "food" }, admin)
      )
      const placed = await must(placeCodOrder(api as any, { publishableKey: setup.publishableKey, regionId: setup.regionId, shippingOptionId: shipping.shippingOptionId }, [{ variant_id: product.variants[0].id, quantity: 1 }]))
      const { data: orders } = await must(api.get("/producer/orders", a))
      const { data: session } = await must(api.post("/producer/livestreams", liveSession(), a))
      const { data: batch } = await must(api.post("/producer/batches", { variant_id: product.variants[0].id, lot: "AZ01", production_date: "2026-09-01", quantity: 20, unit: "hũ" }, a))
      fixture = {
        productId: product.id,
        draftProductId: draft.id,
        producerOrderId: orders.producer_orders[0].id,
        picture: await testPicture("png", 64, 64),
        variantId: product.variants[0].id,
        livestreamId: session.livestream.id,
        batchId: batch.production_batch.id,
      }
      headers = { own: a.headers, other: b.headers, pending: pending.headers, none: {}, operator: admin.headers }
      ownIds = [a.producerId, a.memberId, product.id, draft.id, product.variants[0].id, cert.ocop_certificate.id, fixture.producerOrderId, placed.order.id, fixture.livestreamId, fixture.batchId]
    })

    describe.each(ROUTES)("$route", (row) => {
      it(`answers ${WHO.map((w) => `${w} ${row.expect[w] ?? 401}`).join(", ")}`, async () => {
        for (const step of row.prepare ?? []) await must(api.post(step.path(fixture), step.body, { headers: headers.own }))
        const got: Partial<Record<Who, number>> = {}
        const leaks: string[] = []
        for (const who of WHO) {
          const { status, text } = await call(row, who)
          got[who] = status
          if (who === "other" && status < 300) leaks.push(...ownIds.filter((id) => text.includes(id)))
        }
        expect(got).toEqual(Object.fromEntries(WHO.map((w) => [w, row.expect[w] ?? 401])))
        expect(leaks).toEqual([])
      })
    })

    it("has a row for every /producer route in the code, and none for a route that is gone", () => {
      expect(ROUTES.map((r) => r.route).sort()).toEqual(routesInCode())
    })
  },
})
