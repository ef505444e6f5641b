/**
 * Bad input on every custom route: malformed JSON, wrong types, overlong strings, SQL-like
 * and path-like strings, NUL characters, right-to-left overrides, emoji and decomposed
 * (NFD) letters in codes and ids, huge, negative and fractional numbers, arrays where
 * objects belong. Each is answered with a 4xx that carries a readable `message` (never a
 * 500, never a stack), and the tables the route writes are exactly as before.
 *
 * One row per route and method (ROUTES); the first test fails when a route file under
 * backend/src/api has no row. Free text (names, notes) legitimately holds SQL-looking
 * words, emoji or NFD letters: those are stored (as NFC), so free-text fields are spoiled
 * only with wrong types, NUL and overlong values.
 */
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureStoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"
import { ratedProduct } from "../helpers/catalog-fixtures"
import { approvedProducer } from "../helpers/producer"

// The budgets are read when the runner boots: this file sends hundreds of requests from one address.
for (const name of ["RATE_LIMIT_LOGIN", "RATE_LIMIT_REGISTER", "RATE_LIMIT_PASSWORD_RESET", "RATE_LIMIT_ORDER_LOOKUP", "RATE_LIMIT_TRACE_SCANS"]) {
  process.env[name] = "100000/1m"
}

const API_DIR = path.resolve(__dirname, "../../src/api")
/** Where the local file provider stores uploads (medusa-config.ts). */
const STATIC_DIR = path.resolve(__dirname, "../../static")

/** What a field holds, which decides how it is spoiled. */
type Kind =
  | "text" // free text: a name, a note
  | "code" // a constrained string: a handle, GTIN, code, reference
  | "lot" // a GS1 batch/lot: up to 20 characters of GS1's set 82, which holds "." and "/"
  | "id" // an id looked up in the database
  | "email"
  | "date"
  | "enum"
  | "count" // a whole number with bounds: limit, quantity, star, amount
  | "number" // a measurement: latitude, area
  | "bool"
  | "array"
  | "object"

type Fixture = {
  producerId: string
  productId: string
  variantId: string
  certificateId: string
  areaId: string
  batchId: string
  gtin: string
  lot: string
  cartId: string
}

type Caller = "none" | "store" | "admin" | "customer" | "producer" | "producer-unregistered"

type Row = {
  /** "METHOD /path/:param" exactly as the route file's folder says. */
  route: string
  as: Caller
  /** The path params of a real target (by default ids that match nothing). */
  params?: (f: Fixture) => Record<string, string>
  /** A body valid in every field but the one being spoiled; absent for routes that read no body. */
  body?: (f: Fixture) => Record<string, unknown>
  /** Body fields (dot paths) or, for GET, query parameters, with their kind. */
  fields?: Record<string, Kind>
  /** Path params that are spoiled too. */
  spoilParams?: string[]
  /** Tables whose content must not change. */
  writes: string[]
  /**
   * A multipart picture upload: spoiled with files that are not pictures, too large, too many.
   * Pictures go to the file provider only after every one was read, so a refusal stores none
   * (other test files upload at the same time, so the folder itself is not compared).
   */
  upload?: { field: string; maxBytes: number; maxFiles: number }
}

/** Every custom route. Adding a route means adding its row here. */
const ROUTES: Row[] = [
  // Store: catalog, producers, search, livestreams
  { route: "GET /store/catalog/products", as: "store", fields: { min_stars: "count", group: "enum", producer: "text", price_min: "count", price_max: "count", sort: "enum", limit: "count", offset: "count" }, writes: [] },
  { route: "GET /store/catalog/products/:handle", as: "store", params: () => ({ handle: "nuoc-mam-cai-rong" }), spoilParams: ["handle"], fields: { region_id: "text" }, writes: [] },
  { route: "GET /store/catalog/facets", as: "store", fields: { region_id: "text" }, writes: [] },
  { route: "GET /store/producers", as: "store", fields: { commune: "text", legal_form: "enum", q: "text", limit: "count", offset: "count" }, writes: [] },
  { route: "GET /store/producers/:handle", as: "store", params: () => ({ handle: "htx-cai-rong" }), spoilParams: ["handle"], fields: { region_id: "text" }, writes: [] },
  { route: "GET /store/search", as: "store", fields: { q: "text", min_stars: "count", group: "enum", price_min: "count", sort: "enum", limit: "count", offset: "count" }, writes: [] },
  { route: "GET /store/search/suggest", as: "store", fields: { q: "text", limit: "count" }, writes: [] },
  { route: "GET /store/livestreams/live", as: "store", fields: { limit: "count" }, writes: [] },

  // Store: traceability
  { route: "GET /store/trace/items/:gtin", as: "store", params: (f) => ({ gtin: f.gtin }), spoilParams: ["gtin"], writes: ["trace_scan"] },
  { route: "GET /store/trace/items/:gtin/lots/:lot", as: "store", params: (f) => ({ gtin: f.gtin, lot: f.lot }), spoilParams: ["gtin", "lot"], writes: ["trace_scan"] },
  { route: "GET /store/trace/items/:gtin/lots/:lot/epcis", as: "store", params: (f) => ({ gtin: f.gtin, lot: f.lot }), spoilParams: ["gtin", "lot"], writes: [] },
  { route: "GET /store/trace/keys", as: "store", writes: [] },
  {
    route: "POST /store/trace/scans",
    as: "store",
    body: (f) => ({ scans: [{ gtin: f.gtin, lot: f.lot, country: "VN", region: "Quảng Ninh", city: "Hạ Long", client: "phone", visitor: "203.0.113.9" }] }),
    fields: { scans: "array", "scans.0.gtin": "code", "scans.0.lot": "lot", "scans.0.country": "code", "scans.0.city": "text", "scans.0.client": "enum", "scans.0.visitor": "code" },
    writes: ["trace_scan"],
  },

  // Store: checkout and orders
  { route: "GET /store/checkout/address-options", as: "store", writes: [] },
  {
    route: "POST /store/checkout/:cart_id/validate",
    as: "store",
    params: (f) => ({ cart_id: f.cartId }),
    spoilParams: ["cart_id"],
    body: () => ({ require_payment: false, invoice: { company_name: "Công ty TNHH Hạ Long", tax_code: "5700100256" } }),
    fields: { require_payment: "bool", invoice: "object", "invoice.company_name": "text", "invoice.tax_code": "code" },
    writes: ["cart", "order"],
  },
  {
    route: "POST /store/checkout/:cart_id/complete",
    as: "store",
    params: (f) => ({ cart_id: f.cartId }),
    spoilParams: ["cart_id"],
    body: () => ({ invoice: { company_name: "Công ty TNHH Hạ Long", tax_code: "5700100256" } }),
    fields: { invoice: "object", "invoice.company_name": "text", "invoice.tax_code": "code", "invoice.email": "email" },
    writes: ["cart", "order", "producer_order", "payment"],
  },
  { route: "POST /store/order-lookup", as: "store", body: () => ({ email: "lan@example.vn", display_id: 1 }), fields: { email: "email", display_id: "count" }, writes: [] },
  { route: "GET /store/orders/:id/producer-orders", as: "customer", spoilParams: ["id"], writes: [] },

  // Admin: producers and certificates
  { route: "GET /admin/producers", as: "admin", fields: { legal_form: "enum", verified: "enum", status: "enum", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /admin/producers",
    as: "admin",
    body: () => ({ handle: "htx-moi", name: "HTX Mới", legal_form: "cooperative", commune: "Xã Ba Chẽ", phone: "0912345678", email: "htx@example.vn", tax_code: "5700100256", website: "https://htx.example.vn" }),
    fields: { handle: "code", name: "text", legal_form: "enum", commune: "text", phone: "code", email: "email", tax_code: "code", website: "code", story: "text", verified: "bool", social_links: "object" },
    writes: ["producer"],
  },
  { route: "GET /admin/producers/:id", as: "admin", params: (f) => ({ id: f.producerId }), spoilParams: ["id"], writes: [] },
  {
    route: "POST /admin/producers/:id",
    as: "admin",
    params: (f) => ({ id: f.producerId }),
    spoilParams: ["id"],
    body: () => ({ name: "HTX Nước mắm Cái Rồng", phone: "0912345678" }),
    fields: { name: "text", phone: "code", handle: "code", legal_form: "enum", tax_code: "code", logo_url: "code" },
    writes: ["producer"],
  },
  { route: "DELETE /admin/producers/:id", as: "admin", spoilParams: ["id"], writes: ["producer"] },
  { route: "POST /admin/producers/:id/products", as: "admin", params: (f) => ({ id: f.producerId }), spoilParams: ["id"], body: (f) => ({ add: [f.productId], remove: [] }), fields: { add: "array", remove: "array" }, writes: ["ocop_producer_product_product"] },
  { route: "POST /admin/producers/:id/status", as: "admin", params: (f) => ({ id: f.producerId }), spoilParams: ["id"], body: () => ({ status: "suspended", reason: "Hồ sơ thiếu" }), fields: { status: "enum", reason: "text" }, writes: ["producer"] },
  { route: "POST /admin/producers/:id/invites", as: "admin", params: (f) => ({ id: f.producerId }), spoilParams: ["id"], body: () => ({ email: "minh@example.vn", role: "staff" }), fields: { email: "email", role: "enum" }, writes: ["producer_invite"] },
  { route: "GET /admin/producers/:id/members", as: "admin", spoilParams: ["id"], writes: [] },
  { route: "GET /admin/ocop-certificates", as: "admin", fields: { product_id: "id", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /admin/ocop-certificates",
    as: "admin",
    body: (f) => ({ product_id: f.productId, star: 4, score: 75, decision_number: "99/QĐ-UBND", issuing_authority: "UBND tỉnh Quảng Ninh", decision_date: "2026-01-15", product_group: "food" }),
    fields: { product_id: "id", star: "count", score: "count", decision_number: "text", issuing_authority: "text", decision_date: "date", expires_at: "date", product_group: "enum" },
    writes: ["ocop_certificate"],
  },
  { route: "GET /admin/ocop-certificates/:id", as: "admin", params: (f) => ({ id: f.certificateId }), spoilParams: ["id"], writes: [] },
  { route: "POST /admin/ocop-certificates/:id", as: "admin", params: (f) => ({ id: f.certificateId }), spoilParams: ["id"], body: () => ({ score: 80 }), fields: { star: "count", score: "count", decision_date: "date", product_group: "enum" }, writes: ["ocop_certificate"] },
  { route: "DELETE /admin/ocop-certificates/:id", as: "admin", spoilParams: ["id"], writes: ["ocop_certificate"] },
  { route: "POST /admin/ocop-certificates/:id/verify", as: "admin", params: (f) => ({ id: f.certificateId }), spoilParams: ["id"], body: () => ({ verified: true }), fields: { verified: "bool" }, writes: ["ocop_certificate"] },
  { route: "GET /admin/producer-listings", as: "admin", fields: { status: "enum", limit: "count", offset: "count" }, writes: [] },
  { route: "POST /admin/producer-listings/:id/publish", as: "admin", spoilParams: ["id"], body: () => ({}), writes: ["product"] },
  { route: "POST /admin/producer-listings/:id/reject", as: "admin", spoilParams: ["id"], body: () => ({ reason: "Ảnh chưa rõ" }), fields: { reason: "text" }, writes: ["product"] },

  // Admin: livestreams
  { route: "GET /admin/livestreams", as: "admin", fields: { status: "enum", limit: "count" }, writes: [] },
  {
    route: "POST /admin/livestreams",
    as: "admin",
    body: (f) => ({ producer_id: f.producerId, platform: "facebook", url: "https://www.facebook.com/htxcairong/live", title: "Phiên live nước mắm", starts_at: "2026-12-01T19:30", ends_at: "2026-12-01T21:00" }),
    fields: { producer_id: "id", platform: "enum", url: "code", title: "text", starts_at: "date", ends_at: "date" },
    writes: ["livestream"],
  },
  { route: "GET /admin/livestreams/:id", as: "admin", spoilParams: ["id"], writes: [] },
  { route: "POST /admin/livestreams/:id", as: "admin", spoilParams: ["id"], body: () => ({ title: "Phiên live mới" }), fields: { title: "text", platform: "enum", url: "code", starts_at: "date" }, writes: ["livestream"] },
  { route: "DELETE /admin/livestreams/:id", as: "admin", spoilParams: ["id"], writes: ["livestream"] },

  // Admin: traceability
  { route: "GET /admin/growing-areas", as: "admin", fields: { producer_id: "id", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /admin/growing-areas",
    as: "admin",
    body: (f) => ({ producer_id: f.producerId, areas: [{ code: "VN-QNBC-0200", area_type: "crop_area", name: "Đồi chè", commune: "Xã Ba Chẽ", latitude: 21.27, longitude: 107.29, area_ha: 2.5 }] }),
    fields: { producer_id: "id", areas: "array", "areas.0.code": "code", "areas.0.area_type": "enum", "areas.0.name": "text", "areas.0.latitude": "number", "areas.0.longitude": "number", "areas.0.area_ha": "number", "areas.0.valid_from": "date" },
    writes: ["growing_area"],
  },
  { route: "POST /admin/trade-items", as: "admin", body: (f) => ({ variants: [{ variant_id: f.variantId, gtin: "08939999000024" }] }), fields: { variants: "array", "variants.0.variant_id": "id", "variants.0.gtin": "code" }, writes: ["trade_item"] },
  { route: "GET /admin/production-batches", as: "admin", fields: { gtin: "code", status: "enum", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /admin/production-batches",
    as: "admin",
    body: (f) => ({ variant_id: f.variantId, lot: "LO-2612", production_date: "2026-12-01", expiry_date: "2028-12-01", quantity: 100, unit: "chai", standards: ["TCVN 5107:2018"], growing_area_ids: [f.areaId] }),
    fields: { variant_id: "id", lot: "lot", production_date: "date", expiry_date: "date", quantity: "count", unit: "text", standards: "array", growing_area_ids: "array" },
    writes: ["production_batch"],
  },
  { route: "GET /admin/production-batches/labels", as: "admin", fields: { ids: "id", copies: "count" }, writes: [] },
  { route: "GET /admin/production-batches/:id", as: "admin", params: (f) => ({ id: f.batchId }), spoilParams: ["id"], writes: [] },
  {
    route: "POST /admin/production-batches/:id/events",
    as: "admin",
    params: (f) => ({ id: f.batchId }),
    spoilParams: ["id"],
    body: () => ({ events: [{ event_type: "ObjectEvent", event_time: "2026-12-01T07:30:00+07:00", event_timezone: "+07:00", action: "ADD", biz_step: "commissioning", outputs: [{ description: "Nước mắm cốt", quantity: 500, uom: "LTR" }] }] }),
    fields: { events: "array", "events.0.event_type": "enum", "events.0.event_time": "date", "events.0.event_timezone": "code", "events.0.biz_step": "enum", "events.0.note": "text", "events.0.outputs": "array", "events.0.outputs.0.quantity": "number" },
    writes: ["trace_event", "production_batch"],
  },
  { route: "POST /admin/production-batches/:id/publish", as: "admin", spoilParams: ["id"], writes: ["production_batch"] },
  { route: "POST /admin/production-batches/:id/withdraw", as: "admin", params: (f) => ({ id: f.batchId }), spoilParams: ["id"], body: () => ({ reason: "Nhãn in sai hạn dùng" }), fields: { reason: "text" }, writes: ["production_batch"] },
  { route: "GET /admin/production-batches/:id/qr", as: "admin", params: (f) => ({ id: f.batchId }), spoilParams: ["id"], fields: { format: "enum", size: "count" }, writes: [] },

  // Admin: producer orders and payments
  { route: "GET /admin/producer-orders", as: "admin", fields: { status: "enum", producer_id: "id", order_id: "id", limit: "count", offset: "count" }, writes: [] },
  { route: "GET /admin/producer-orders/:id", as: "admin", spoilParams: ["id"], writes: [] },
  { route: "POST /admin/producer-orders/:id/ship", as: "admin", spoilParams: ["id"], body: () => ({ tracking: { carrier: "VNPost", number: "EB123456789VN", url: "https://vnpost.vn/tra-cuu" } }), fields: { tracking: "object", "tracking.carrier": "text", "tracking.url": "code" }, writes: ["producer_order"] },
  { route: "POST /admin/producer-orders/:id/deliver", as: "admin", spoilParams: ["id"], body: () => ({}), writes: ["producer_order", "payment"] },
  { route: "POST /admin/producer-orders/:id/cancel", as: "admin", spoilParams: ["id"], body: () => ({ reason: "Hết hàng" }), fields: { reason: "text" }, writes: ["producer_order"] },
  { route: "POST /admin/producer-orders/:id/refund", as: "admin", spoilParams: ["id"], body: () => ({ amount: 10000 }), fields: { amount: "count" }, writes: ["producer_order", "refund"] },
  { route: "POST /admin/vietqr/confirm", as: "admin", body: () => ({ reference: "OCOP7F3K9QXZ", amount_received: 125000 }), fields: { reference: "code", payment_session_id: "id", amount_received: "count", bank_transaction_id: "text" }, writes: ["payment", "capture"] },
  { route: "GET /admin/vietqr/pending", as: "admin", fields: { limit: "count", offset: "count" }, writes: [] },

  // Producer portal
  {
    route: "POST /producer/register",
    as: "producer-unregistered",
    body: () => ({ member: { name: "Nguyễn Văn Nam" }, producer: { name: "Hộ Nam", legal_form: "household", commune: "Xã Ba Chẽ", phone: "0912345679" } }),
    fields: { member: "object", "member.name": "text", producer: "object", "producer.name": "text", "producer.legal_form": "enum", "producer.phone": "code", "producer.tax_code": "code" },
    writes: ["producer", "producer_member"],
  },
  { route: "POST /producer/invites/accept", as: "producer-unregistered", body: () => ({ token: "t".repeat(43), name: "Trần Văn Minh" }), fields: { token: "code", name: "text" }, writes: ["producer_member", "producer_invite"] },
  { route: "GET /producer/me", as: "producer", writes: [] },
  { route: "GET /producer/products", as: "producer", fields: { status: "enum", q: "text", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /producer/products",
    as: "producer",
    body: () => ({ title: "Trà hoa vàng Ba Chẽ", description: "Hộp 50 g", variants: [{ title: "Hộp 50 g", sku: "TRA-50", price: 150000, stock: 40 }] }),
    fields: { title: "text", description: "text", images: "array", variants: "array", "variants.0.title": "text", "variants.0.sku": "code", "variants.0.price": "count", "variants.0.stock": "count" },
    writes: ["product", "product_variant"],
  },
  { route: "GET /producer/products/:id", as: "producer", spoilParams: ["id"], writes: [] },
  { route: "POST /producer/products/:id", as: "producer", spoilParams: ["id"], body: () => ({ title: "Trà hoa vàng loại 1" }), fields: { title: "text", images: "array", variants: "array" }, writes: ["product", "product_variant"] },
  { route: "POST /producer/products/:id/submit", as: "producer", spoilParams: ["id"], body: () => ({}), writes: ["product"] },
  { route: "GET /producer/certificates", as: "producer", writes: [] },
  { route: "GET /producer/growing-areas", as: "producer", fields: { limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /producer/growing-areas",
    as: "producer",
    body: () => ({ areas: [{ code: "VN-QNBC-0300", area_type: "crop_area", name: "Đồi chè Đạp Thanh", commune: "Xã Ba Chẽ", latitude: 21.27, longitude: 107.29 }] }),
    fields: { areas: "array", "areas.0.code": "code", "areas.0.area_type": "enum", "areas.0.name": "text", "areas.0.latitude": "number", "areas.0.valid_to": "date" },
    writes: ["growing_area"],
  },
  { route: "GET /producer/batches", as: "producer", fields: { status: "enum", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /producer/batches",
    as: "producer",
    body: (f) => ({ variant_id: f.variantId, lot: "TRA-2612", production_date: "2026-12-01", quantity: 100, unit: "hộp" }),
    fields: { variant_id: "id", lot: "lot", production_date: "date", quantity: "count", unit: "text", growing_area_ids: "array" },
    writes: ["production_batch"],
  },
  { route: "GET /producer/batches/:id", as: "producer", spoilParams: ["id"], writes: [] },
  { route: "GET /producer/batches/:id/labels", as: "producer", spoilParams: ["id"], fields: { copies: "count" }, writes: [] },
  {
    route: "POST /producer/batches/:id/events",
    as: "producer",
    spoilParams: ["id"],
    body: () => ({ events: [{ event_type: "ObjectEvent", event_time: "2026-12-01T07:30:00+07:00", event_timezone: "+07:00", action: "ADD", biz_step: "commissioning" }] }),
    fields: { events: "array", "events.0.event_time": "date", "events.0.note": "text", "events.0.outputs": "array" },
    writes: ["trace_event", "production_batch"],
  },
  { route: "POST /producer/batches/:id/publish", as: "producer", spoilParams: ["id"], writes: ["production_batch"] },
  { route: "POST /producer/batches/:id/withdraw", as: "producer", spoilParams: ["id"], body: () => ({ reason: "Nhãn in sai hạn dùng" }), fields: { reason: "text" }, writes: ["production_batch"] },
  { route: "GET /producer/livestreams", as: "producer", fields: { status: "enum", limit: "count", offset: "count" }, writes: [] },
  {
    route: "POST /producer/livestreams",
    as: "producer",
    body: () => ({ platform: "tiktok", url: "https://www.tiktok.com/@trabache/live", title: "Live trà hoa vàng", starts_at: "2026-12-01T19:30", ends_at: "2026-12-01T21:00" }),
    fields: { product_id: "id", platform: "enum", url: "code", title: "text", starts_at: "date", ends_at: "date" },
    writes: ["livestream"],
  },
  { route: "GET /producer/livestreams/:id", as: "producer", spoilParams: ["id"], writes: [] },
  { route: "POST /producer/livestreams/:id", as: "producer", spoilParams: ["id"], body: () => ({ title: "Live mới" }), fields: { title: "text", url: "code", ends_at: "date" }, writes: ["livestream"] },
  { route: "DELETE /producer/livestreams/:id", as: "producer", spoilParams: ["id"], writes: ["livestream"] },
  { route: "GET /producer/orders", as: "producer", fields: { status: "enum", limit: "count", offset: "count" }, writes: [] },
  { route: "GET /producer/orders/:id", as: "producer", spoilParams: ["id"], writes: [] },
  { route: "POST /producer/orders/:id/ship", as: "producer", spoilParams: ["id"], body: () => ({ tracking: { carrier: "VNPost", number: "EB123456789VN" } }), fields: { tracking: "object", "tracking.carrier": "text", "tracking.url": "code" }, writes: ["producer_order"] },
  { route: "POST /producer/orders/:id/deliver", as: "producer", spoilParams: ["id"], body: () => ({}), writes: ["producer_order", "payment"] },
  { route: "GET /producer/sales-summary", as: "producer", fields: { months: "count" }, writes: [] },
  { route: "POST /producer/uploads", as: "producer", upload: { field: "files", maxBytes: 8 * 1024 * 1024, maxFiles: 6 }, writes: [] },
  { route: "GET /producer/members", as: "producer", writes: [] },
  { route: "POST /producer/members/invites", as: "producer", body: () => ({ email: "minh@example.vn", role: "staff" }), fields: { email: "email", role: "enum" }, writes: ["producer_invite"] },
]

/** Every route file's methods, as "METHOD /path/:param". */
function routesOnDisk(dir = API_DIR): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) found.push(...routesOnDisk(full))
    else if (entry.name === "route.ts") {
      const route = "/" + path.relative(API_DIR, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
      const methods = [...fs.readFileSync(full, "utf8").matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1])
      for (const method of methods) found.push(`${method} ${route}`)
    }
  }
  return found.sort()
}

const LONG = "x".repeat(20_000)
const SQL = "' OR 1=1 --"
const TRAVERSAL = "../../etc/passwd"
const RTL = "\u202eVN-QN-0001"
const NFD = "Cái Rồng".normalize("NFD")

/** Values that must be refused for a field of each kind, with a label for the report. */
const SPOILERS: Record<Kind, [string, unknown][]> = {
  text: [["a number", 42], ["20 000 characters", LONG], ["a NUL character", "Trà\u0000hoa"]],
  code: [["SQL", SQL], ["a path", TRAVERSAL], ["an RTL override", RTL], ["emoji", "🐟🦑"], ["NFD letters", NFD], ["an object", { $ne: null }]],
  lot: [["SQL", SQL], ["an RTL override", RTL], ["emoji", "🐟🦑"], ["NFD letters", NFD], ["21 characters", "L".repeat(21)]],
  id: [["SQL", SQL], ["an object", { $ne: null }], ["a NUL character", "prdc_\u0000"]],
  email: [["SQL", `${SQL}@example.vn`], ["an RTL override", "lan\u202e@example.vn"], ["no @", "lan.example.vn"]],
  date: [["SQL", SQL], ["not a calendar date", "2026-02-30"], ["a number", 20260101]],
  enum: [["SQL", SQL], ["an RTL override", RTL], ["a number", 3]],
  count: [["a huge number", 1e21], ["a negative number", -1], ["a fraction", 1.5], ["text", "12abc"]],
  number: [["a huge number", 1e308], ["text", "NaN"]],
  bool: [["text", "yes"]],
  array: [["an object", { 0: "a" }], ["10 001 items", Array.from({ length: 10_001 }, () => "x")]],
  object: [["an array", []], ["text", "abc"]],
}

/** The same spoilers as they arrive in a query string (every value is text there). */
const QUERY_SPOILERS: Record<Kind, [string, string][]> = {
  text: [["5 000 characters", "x".repeat(5_000)], ["a NUL character", "a%00b"]],
  code: [["SQL", encodeURIComponent(SQL)], ["a path", encodeURIComponent(TRAVERSAL)]],
  lot: [["SQL", encodeURIComponent(SQL)]],
  id: [["a NUL character", "prdc_%00"], ["an object", "[$ne]=x"]],
  email: [["SQL", encodeURIComponent(SQL)]],
  date: [["not a date", "2026-02-30"]],
  enum: [["SQL", encodeURIComponent(SQL)], ["an object", "[$in]=a"]],
  count: [["a huge number", "1e21"], ["a negative number", "-1"], ["a fraction", "1.5"], ["an array", "1&{f}=2"]],
  number: [["text", "NaN"]],
  bool: [["text", "yes"]],
  array: [["an object", "[$gt]=1"]],
  object: [["text", "abc"]],
}

/** Path params as an attacker would write them in the URL. */
const PARAM_SPOILERS: [string, string][] = [
  ["SQL", encodeURIComponent(SQL)],
  ["a path", "..%2F..%2Fetc%2Fpasswd"],
  ["a NUL character", "a%00b"],
  ["2 000 characters with emoji", encodeURIComponent(`🐟${RTL}`) + "x".repeat(2_000)],
]

const DEFAULT_PARAMS: Record<string, string> = { id: "does_not_exist_01", handle: "khong-co", gtin: "08939999999994", lot: "KHONG-CO", cart_id: "cart_does_not_exist" }

function setPath(target: Record<string, any>, dotted: string, value: unknown) {
  const keys = dotted.split(".")
  let node: any = target
  for (const key of keys.slice(0, -1)) node = node[key] ??= {}
  node[keys[keys.length - 1]] = value
}

type Case = { label: string; url: string; body?: unknown; raw?: string; contentType?: string; files?: { name: string; type: string; content: Buffer }[]; status?: number }

function urlOf(row: Row, params: Record<string, string>): string {
  return row.route.split(" ")[1].replace(/:(\w+)/g, (_, name) => params[name])
}

/** Every bad request for one row. */
function casesOf(row: Row, f: Fixture): Case[] {
  const method = row.route.split(" ")[0]
  const params = { ...Object.fromEntries(Object.keys(DEFAULT_PARAMS).map((k) => [k, encodeURIComponent(DEFAULT_PARAMS[k])])), ...Object.fromEntries(Object.entries(row.params?.(f) ?? {}).map(([k, v]) => [k, encodeURIComponent(v)])) }
  const url = urlOf(row, params)
  const cases: Case[] = []
  for (const name of row.spoilParams ?? []) {
    for (const [label, value] of PARAM_SPOILERS) cases.push({ label: `:${name} with ${label}`, url: urlOf(row, { ...params, [name]: value }), body: method === "POST" ? row.body?.(f) ?? {} : undefined })
  }
  if (method === "GET") {
    // A route that reads a query validates it strictly; one that reads none ignores it, like Medusa's own.
    if (row.fields) cases.push({ label: "an unknown query parameter", url: `${url}?is_admin=true` })
    for (const [field, kind] of Object.entries(row.fields ?? {})) {
      for (const [label, value] of QUERY_SPOILERS[kind]) {
        const query = value.startsWith("[") ? `${field}${value}` : value.includes("{f}") ? `${field}=${value.replaceAll("{f}", field)}` : `${field}=${value}`
        cases.push({ label: `?${field} with ${label}`, url: `${url}?${query}` })
      }
    }
    return cases
  }
  if (row.upload) {
    const text = Buffer.from("hello, this is not a picture")
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const picture = (name: string, content: Buffer, type = "image/jpeg") => ({ name, type, content })
    cases.push({ label: "a text file named .jpg", url, files: [picture("anh-san-pham.jpg", text)] })
    cases.push({ label: "an SVG with a script named .png", url, files: [picture("logo.png", svg, "image/png")] })
    cases.push({ label: "a path-traversal file name", url, files: [picture("../../etc/passwd.jpg", text)] })
    cases.push({ label: "a file over the size limit", url, files: [picture("lon.jpg", Buffer.alloc(row.upload.maxBytes + 1, 0xff))], status: 413 })
    cases.push({ label: "too many files", url, files: Array.from({ length: row.upload.maxFiles + 1 }, (_, i) => picture(`anh-${i}.jpg`, text)) })
    cases.push({ label: "no file", url, files: [] })
    cases.push({ label: "JSON instead of files", url, body: { files: ["anh.jpg"] } })
    return cases
  }
  if (method === "POST") {
    cases.push({ label: "malformed JSON", url, raw: '{"name": "Trà hoa vàng", ' })
    if (row.body) {
      cases.push({ label: "an array instead of an object", url, body: [row.body(f)] })
      cases.push({ label: "plain text", url, raw: JSON.stringify(row.body(f)), contentType: "text/plain" })
      cases.push({ label: "an unknown field", url, body: { ...row.body(f), is_admin: true } })
      for (const [field, kind] of Object.entries(row.fields ?? {})) {
        for (const [label, value] of SPOILERS[kind]) {
          const body = structuredClone(row.body(f))
          setPath(body, field, value)
          cases.push({ label: `${field} with ${label}`, url, body })
        }
      }
    }
  }
  return cases
}

const REFUSALS = [400, 401, 403, 404, 409, 413, 415, 422]

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++])
  }))
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let fixture: Fixture
    const headers: Record<Caller, Record<string, string>> = { none: {}, store: {}, admin: {}, customer: {}, producer: {}, "producer-unregistered": {} }
    const snapshot = async (tables: string[]) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows: Record<string, unknown> = {}
      for (const table of tables) rows[table] = await knex(table).select("*").orderBy("id")
      return JSON.parse(JSON.stringify(rows))
    }

    beforeAll(async () => {
      const container = getContainer()
      const setup = await ensureStoreSetup(container)
      const admin = await adminHeaders(api, container)
      const store = { "x-publishable-api-key": setup.publishableKey }
      const product = await ratedProduct(container, { salesChannelId: setup.salesChannelId, handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", price: 125000, producerHandle: "htx-cai-rong", producerName: "HTX Nước mắm Cái Rồng", star: 4 })
      const { data: certificates } = await api.get(`/admin/ocop-certificates?product_id=${product.productId}`, admin)
      const { data: areas } = await api.post("/admin/growing-areas", { producer_id: product.producerId, areas: [{ code: "VN-QNVD-0007", area_type: "aquaculture_area", name: "Vùng cá cơm", commune: "Đặc khu Vân Đồn" }] }, admin)
      const { data: batch } = await api.post("/admin/production-batches", { variant_id: product.variantId, lot: "NM2609-A", production_date: "2026-09-01", quantity: 3, unit: "chai", growing_area_ids: [areas.growing_areas[0].id] }, admin)
      const { data: cart } = await api.post("/store/carts", { region_id: setup.regionId }, { headers: store })
      fixture = {
        ...product,
        certificateId: certificates.ocop_certificates[0].id,
        areaId: areas.growing_areas[0].id,
        batchId: batch.production_batch.id,
        gtin: batch.production_batch.gtin,
        lot: "NM2609-A",
        cartId: cart.cart.id,
      }

      const { data: shopper } = await api.post("/auth/customer/emailpass/register", { email: "lan@example.vn", password: "mat-khau-khach" })
      await api.post("/store/customers", { email: "lan@example.vn", first_name: "Lan" }, { headers: { ...store, authorization: `Bearer ${shopper.token}` } })
      const { data: customer } = await api.post("/auth/customer/emailpass", { email: "lan@example.vn", password: "mat-khau-khach" })
      const producer = await approvedProducer(api, admin, "owner@ho-ba-che.vn", "Hộ Trà Ba Chẽ")
      const { data: unregistered } = await api.post("/auth/producer/emailpass/register", { email: "moi@example.vn", password: "mat-khau-moi-123" })

      headers.store = store
      headers.admin = admin.headers
      headers.customer = { ...store, authorization: `Bearer ${customer.token}` }
      headers.producer = producer.headers
      headers["producer-unregistered"] = { authorization: `Bearer ${unregistered.token}` }
    })

    it("has a row for every route under backend/src/api", () => {
      const rows = ROUTES.map((r) => r.route)
      expect(routesOnDisk().filter((route) => !rows.includes(route))).toEqual([])
      expect(rows.filter((route) => !routesOnDisk().includes(route))).toEqual([])
    })

    it.each(ROUTES.map((row) => [row.route, row] as const))("%s refuses bad input in words and writes nothing", async (_, row) => {
      const method = row.route.split(" ")[0].toLowerCase()
      const before = await snapshot(row.writes)
      const problems: string[] = []
      // A few requests at a time: the answers do not depend on each other, and nothing may be written anyway.
      await inParallel(casesOf(row, fixture), 6, async (c) => {
        const config: Record<string, unknown> = { headers: { ...headers[row.as], ...(c.contentType ? { "content-type": c.contentType } : {}) }, validateStatus: () => true }
        if (c.raw !== undefined) {
          config.transformRequest = [(data: string) => data]
          ;(config.headers as Record<string, string>)["content-type"] ??= "application/json"
        }
        let payload: unknown = c.raw ?? c.body
        if (c.files) {
          const form = new FormData()
          for (const file of c.files) form.append(row.upload!.field, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
          if (!c.files.length) form.append("note", "no picture")
          payload = form
        }
        const response: any =
          method === "get" ? await api.get(c.url, config) : method === "delete" ? await api.delete(c.url, config) : await api.post(c.url, payload, config)
        const text = JSON.stringify(response.data ?? "")
        const said = typeof response.data?.message === "string" && response.data.message.trim().length > 0
        if (!(c.status ? [c.status] : REFUSALS).includes(response.status) || !said || /\n\s+at |node_modules|\.ts:\d+/.test(text)) {
          problems.push(`${c.label}: ${response.status} ${text.slice(0, 200)}`)
        }
      })
      expect(problems.sort()).toEqual([])
      expect(await snapshot(row.writes)).toEqual(before)
    })

    it("stores an uploaded picture under a name of its own, whatever name it was sent with", async () => {
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c8102e" } }).png().toBuffer()
      const form = new FormData()
      form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "../../etc/passwd.png")
      const response = await api.post("/producer/uploads", form, { headers: headers.producer, validateStatus: () => true })
      expect(response.status, JSON.stringify(response.data)).toBe(200)
      const urls: string[] = response.data.images.flatMap((image: { sizes: { url: string }[] }) => image.sizes.map((size) => size.url))
      expect(urls.length).toBeGreaterThan(0)
      for (const url of urls) expect(url).toMatch(/\/static\/[^/]*pimg-[0-9a-f]{24}-\d+\.webp$/)
      expect(fs.existsSync(path.resolve(STATIC_DIR, "../../etc/passwd.png"))).toBe(false)
      expect(fs.existsSync(path.resolve(STATIC_DIR, "../etc/passwd.png"))).toBe(false)
    })

    describe("text that is valid", () => {
      const nfd = (text: string) => text.normalize("NFD")
      const stored = async (table: string, id: string) => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)(table).where({ id }).first()

      it("is stored composed (NFC) when it arrives decomposed (NFD): producers, certificates, batches and events", async () => {
        const admin = { headers: headers.admin }
        expect(nfd("Hợp tác xã")).not.toBe("Hợp tác xã")
        const { data: created } = await api.post("/admin/producers", { handle: "htx-ngan-quang-yen", name: nfd("HTX Ngán Quảng Yên"), legal_form: "cooperative", commune: nfd("Phường Quảng Yên"), story: nfd("Ngán được khai thác ở bãi triều sông Chanh") }, admin)
        const producer = await stored("producer", created.producer.id)
        expect(producer).toMatchObject({ name: "HTX Ngán Quảng Yên", commune: "Phường Quảng Yên", story: "Ngán được khai thác ở bãi triều sông Chanh" })

        const { data: certificate } = await api.post("/admin/ocop-certificates", { product_id: fixture.productId, star: 3, decision_number: nfd("12/QĐ-UBND"), issuing_authority: nfd("UBND thị xã Quảng Yên"), decision_date: "2025-03-01", product_group: "food" }, admin)
        expect(await stored("ocop_certificate", certificate.ocop_certificate.id)).toMatchObject({ decision_number: "12/QĐ-UBND", issuing_authority: "UBND thị xã Quảng Yên" })

        const { data: batch } = await api.post("/admin/production-batches", { variant_id: fixture.variantId, lot: "NGAN-01", production_date: "2026-10-01", quantity: 50, unit: nfd("hộp"), standards: [nfd("VietGAP thủy sản")] }, admin)
        const { data: withEvent } = await api.post(`/admin/production-batches/${batch.production_batch.id}/events`, { events: [{ event_type: "ObjectEvent", event_time: "2026-10-01T06:00:00+07:00", event_timezone: "+07:00", action: "ADD", biz_step: "commissioning", note: nfd("Thu hoạch ngán lúc triều rút") }] }, admin)
        expect(await stored("production_batch", batch.production_batch.id)).toMatchObject({ unit: "hộp" })
        expect(JSON.stringify((await stored("production_batch", batch.production_batch.id)).standards)).toContain("VietGAP thủy sản")
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const events = await knex("trace_event").where({ batch_id: batch.production_batch.id })
        expect(withEvent.production_batch.id).toBe(batch.production_batch.id)
        expect(events.map((e: { note: string }) => e.note)).toEqual(["Thu hoạch ngán lúc triều rút"])
      })

      it("is stored as written when it looks like SQL or holds emoji and right-to-left marks", async () => {
        const name = "HTX ' OR 1=1 -- 🦑 \u200fمرحبا"
        const { data } = await api.post("/admin/producers", { handle: "htx-ky-tu-la", name, legal_form: "cooperative", commune: "Xã Ba Chẽ" }, { headers: headers.admin })
        expect((await stored("producer", data.producer.id)).name).toBe(name)
        const { data: listed } = await api.get(`/store/producers?q=${encodeURIComponent("' OR 1=1")}`, { headers: headers.store })
        // Searched as words, not run: the other producers do not all come back.
        expect(listed.producers.map((p: { handle: string }) => p.handle)).not.toContain("htx-cai-rong")
      })
    })
  },
})
