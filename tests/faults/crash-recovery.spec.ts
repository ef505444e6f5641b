/**
 * Fault tests on the real backend, run as child processes on a Postgres of
 * their own: the seed killed (SIGKILL) while it writes products and again
 * while it writes batches, then run to the end; the backend killed while
 * carts are being completed, then started again; Postgres stopped and started
 * while requests flow. Afterwards the data must be whole: every product and
 * batch exactly once with its prices, stock, producer and hash chain; every
 * cart either completed with exactly one order split once by producer, or
 * still open and completable; every acknowledged write present exactly once.
 */
import { verifyChain } from "@ocop/traceability"
import { hashableEvent } from "../../backend/src/lib/trace/records"
import { BATCHES } from "../../seed/data/batches"
import { PRODUCERS } from "../../seed/data/producers"
import { PRODUCTS } from "../../seed/data/products"
import { FaultStack, type Child } from "./stack"

const ADDRESS = { first_name: "Nguyễn Thị", last_name: "Lan", phone: "0912 345 678", address_1: "Số 25 đường Hạ Long", city: "Phường Bãi Cháy", province: "Quảng Ninh", country_code: "vn" }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Waits until `condition` holds or `child` has exited; true when the condition was seen. */
async function until(condition: () => Promise<boolean>, child: Child, timeoutMs = 240_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return true
    if (child.process.exitCode !== null) return false
    await sleep(100)
  }
  throw new Error("Timed out waiting for the seed to reach the point of the crash")
}

describe("crash recovery of the real backend", () => {
  const stack = new FaultStack()
  let publishableKey = ""
  const count = async (sql: string, values: unknown[] = []) => Number((await stack.sql<{ n: string }>(sql, values))[0].n)

  beforeAll(async () => {
    await stack.startPostgres()
    await stack.run(["db:migrate"])
  })
  afterAll(async () => {
    await stack.destroy()
  })

  async function store(method: string, route: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${stack.backendUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    return { status: response.status, body: await response.json().catch(() => ({})) }
  }
  async function must(method: string, route: string, body?: unknown) {
    const r = await store(method, route, body)
    if (r.status >= 300) throw new Error(`${method} ${route}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`)
    return r.body
  }

  async function seedCounts() {
    return {
      products: await count("SELECT count(*) AS n FROM product WHERE deleted_at IS NULL"),
      variants: await count("SELECT count(*) AS n FROM product_variant WHERE deleted_at IS NULL"),
      producers: await count("SELECT count(*) AS n FROM producer WHERE deleted_at IS NULL"),
      certificates: await count("SELECT count(*) AS n FROM ocop_certificate WHERE deleted_at IS NULL"),
      stockLevels: await count("SELECT count(*) AS n FROM inventory_level WHERE deleted_at IS NULL"),
      batches: await count("SELECT count(*) AS n FROM production_batch WHERE deleted_at IS NULL"),
      events: await count("SELECT count(*) AS n FROM trace_event WHERE deleted_at IS NULL"),
    }
  }

  it("seeding killed while writing products and again while writing batches ends, when run again, with the whole seed exactly once", async () => {
    const first = stack.seed()
    const midProducts = await until(async () => (await count("SELECT count(*) AS n FROM product")) >= 60, first)
    await stack.kill(first)
    expect(midProducts, "the first seed finished before it could be killed").toBe(true)
    expect((await first.exited).signal).toBe("SIGKILL")
    expect(await count("SELECT count(*) AS n FROM product WHERE deleted_at IS NULL")).toBeLessThan(PRODUCTS.length)

    const second = stack.seed()
    const midBatches = await until(async () => (await count("SELECT count(*) AS n FROM production_batch")) >= 20, second)
    await stack.kill(second)
    expect(midBatches, "the second seed finished before it could be killed").toBe(true)
    expect(await count("SELECT count(*) AS n FROM production_batch WHERE deleted_at IS NULL")).toBeLessThan(BATCHES.length)

    const third = stack.seed()
    expect((await third.exited).code, third.output().slice(-3000)).toBe(0)

    const variants = PRODUCTS.reduce((n, p) => n + p.variants.length, 0)
    const counts = await seedCounts()
    expect(counts).toMatchObject({
      products: PRODUCTS.length,
      variants,
      producers: PRODUCERS.length,
      certificates: PRODUCTS.reduce((n, p) => n + p.certificates.length, 0),
      stockLevels: variants,
      batches: BATCHES.length,
      events: BATCHES.reduce((n, b) => n + b.events.length, 0),
    })
    // What a crash inside a product's workflow could leave half-made: a variant without a price or
    // stock, a product outside the sales channel or without its producer.
    expect(await count(`SELECT count(*) AS n FROM product_variant v WHERE v.deleted_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM product_variant_price_set l JOIN price p ON p.price_set_id = l.price_set_id AND p.deleted_at IS NULL
      WHERE l.variant_id = v.id AND l.deleted_at IS NULL AND p.currency_code = 'vnd')`)).toBe(0)
    expect(await count(`SELECT count(*) AS n FROM product_variant v WHERE v.deleted_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM product_variant_inventory_item l JOIN inventory_level il ON il.inventory_item_id = l.inventory_item_id AND il.deleted_at IS NULL
      WHERE l.variant_id = v.id AND l.deleted_at IS NULL)`)).toBe(0)
    expect(await count("SELECT count(*) AS n FROM product p WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM product_sales_channel l WHERE l.product_id = p.id AND l.deleted_at IS NULL)")).toBe(0)
    expect(await count("SELECT count(*) AS n FROM product p WHERE deleted_at IS NULL AND (SELECT count(*) FROM ocop_producer_product_product l WHERE l.product_id = p.id AND l.deleted_at IS NULL) <> 1")).toBe(0)
    expect(await count("SELECT count(*) AS n FROM (SELECT gtin, lot FROM production_batch WHERE deleted_at IS NULL GROUP BY gtin, lot HAVING count(*) > 1) d")).toBe(0)

    // Every batch's events form one unbroken chain, ending where its signed record says.
    const batches = await stack.sql<{ id: string; lot: string; status: string; record: { head_event_hash: string | null } | null }>("SELECT id, lot, status, record FROM production_batch WHERE deleted_at IS NULL")
    const events = await stack.sql("SELECT * FROM trace_event WHERE deleted_at IS NULL ORDER BY batch_id, sequence")
    const byBatch = new Map<string, any[]>()
    for (const e of events) byBatch.set(e.batch_id, [...(byBatch.get(e.batch_id) ?? []), e])
    for (const batch of batches) {
      const chain = byBatch.get(batch.id) ?? []
      expect(chain.length, batch.lot).toBeGreaterThan(0)
      const expectedHead = batch.status === "draft" ? undefined : batch.record?.head_event_hash
      expect(verifyChain(chain, hashableEvent, expectedHead), batch.lot).toEqual({ ok: true })
    }

    // A fourth run finds everything in place and writes nothing.
    const fourth = stack.seed()
    expect((await fourth.exited).code, fourth.output().slice(-3000)).toBe(0)
    expect(await seedCounts()).toEqual(counts)
  }, 600_000)

  it("after the crashes every published batch verifies on the trace API", async () => {
    await stack.startBackend()
    publishableKey = (await stack.sql<{ token: string }>("SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1"))[0].token
    const published = await stack.sql<{ gtin: string; lot: string }>("SELECT gtin, lot FROM production_batch WHERE status = 'published' AND deleted_at IS NULL ORDER BY lot")
    expect(published.length).toBeGreaterThan(100)
    const statuses = new Map<string, number>()
    for (let i = 0; i < published.length; i += 8) {
      const answers = await Promise.all(published.slice(i, i + 8).map((b) => must("GET", `/store/trace/items/${b.gtin}/lots/${encodeURIComponent(b.lot)}`)))
      for (const a of answers) statuses.set(a.verification.status, (statuses.get(a.verification.status) ?? 0) + 1)
    }
    expect(Object.fromEntries(statuses)).toEqual({ verified: published.length })
  }, 240_000)

  it("a backend killed while carts are being completed leaves each cart completed with one order, or open and completable", async () => {
    const regionId = (await must("GET", "/store/regions")).regions[0].id
    // Two producers' goods in every cart, so each order is split in two.
    const variants = await stack.sql<{ id: string; producer_id: string }>(
      `SELECT DISTINCT ON (l.producer_id) v.id, l.producer_id FROM product_variant v
       JOIN ocop_producer_product_product l ON l.product_id = v.product_id AND l.deleted_at IS NULL
       JOIN product p ON p.id = v.product_id AND p.status = 'published'
       JOIN product_variant_inventory_item vi ON vi.variant_id = v.id AND vi.deleted_at IS NULL
       JOIN inventory_level il ON il.inventory_item_id = vi.inventory_item_id AND il.stocked_quantity >= 10
       WHERE v.deleted_at IS NULL ORDER BY l.producer_id, v.id LIMIT 8`
    )
    const carts: string[] = []
    for (let i = 0; i < 6; i++) {
      const items = [variants[i % variants.length], variants[(i + 1) % variants.length]].map((v) => ({ variant_id: v.id, quantity: 1 }))
      const { cart } = await must("POST", "/store/carts", { region_id: regionId, email: `crash-${i}@example.vn`, items })
      await must("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS })
      const { shipping_options } = await must("GET", `/store/shipping-options?cart_id=${cart.id}`)
      await must("POST", `/store/shipping-options/${shipping_options[0].id}/calculate`, { cart_id: cart.id })
      await must("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
      const { payment_collection } = await must("POST", "/store/payment-collections", { cart_id: cart.id })
      await must("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" })
      carts.push(cart.id)
    }

    // All six complete at once; the power goes as soon as the first order is written.
    const inFlight = carts.map((id) => store("POST", `/store/checkout/${id}/complete`, {}).catch(() => ({ status: 0, body: {} })))
    const backend = stack.backend!
    const sawOrder = await until(async () => (await count("SELECT count(*) AS n FROM \"order\"")) >= 1, backend, 60_000)
    await stack.kill(backend)
    expect(sawOrder).toBe(true)
    const answers = await Promise.all(inFlight)
    await stack.startBackend()

    const ordersOf = async (cartId: string) => (await stack.sql<{ order_id: string }>("SELECT order_id FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL", [cartId])).map((r) => r.order_id)
    let completedBeforeRestart = 0
    for (const [i, cartId] of carts.entries()) {
      const before = await ordersOf(cartId)
      expect(before.length, cartId).toBeLessThanOrEqual(1)
      if (answers[i].status === 200) expect(before).toEqual([answers[i].body.order.id])
      if (before.length) completedBeforeRestart++
      // Completing again: a completed cart answers with its order, an open one is completed now.
      const again = await must("POST", `/store/checkout/${cartId}/complete`, {})
      if (before.length) expect(again.order.id).toBe(before[0])
      expect(await ordersOf(cartId)).toEqual([again.order.id])
      // An order the crash left without its cart is cancelled on the retry: one live order per buyer.
      expect(await count("SELECT count(*) AS n FROM \"order\" WHERE email = $1 AND status <> 'canceled' AND deleted_at IS NULL", [`crash-${i}@example.vn`]), `live orders of cart ${i}`).toBe(1)
      // Split once, by producer, adding up to the order.
      const parts = await stack.sql("SELECT total::numeric AS total, item_total::numeric AS item_total, shipping_total::numeric AS shipping_total, items FROM producer_order WHERE order_id = $1 AND deleted_at IS NULL", [again.order.id])
      expect(parts).toHaveLength(2)
      expect(parts.reduce((n, p) => n + Number(p.total), 0)).toBe(again.order.total)
      expect(parts.reduce((n, p) => n + Number(p.item_total), 0)).toBe(again.order.item_total)
      expect(parts.reduce((n, p) => n + Number(p.shipping_total), 0)).toBe(again.order.shipping_total)
      expect(parts.flatMap((p) => p.items).length).toBe(2)
    }
    // The order seen before the crash is now either its cart's order or cancelled as interrupted.
    const cancelled = await count("SELECT count(*) AS n FROM \"order\" WHERE email LIKE 'crash-%' AND status = 'canceled' AND deleted_at IS NULL")
    expect(completedBeforeRestart + cancelled).toBeGreaterThanOrEqual(1)
    expect(completedBeforeRestart, "the crash came after every cart was completed").toBeLessThan(carts.length)
    // Stock: what is reserved is exactly what the six orders hold.
    const reserved = await count(`SELECT coalesce(sum(il.reserved_quantity), 0) AS n FROM inventory_level il
      JOIN product_variant_inventory_item l ON l.inventory_item_id = il.inventory_item_id AND l.deleted_at IS NULL
      WHERE l.variant_id = ANY($1) AND il.deleted_at IS NULL`, [variants.map((v) => v.id)])
    const reservations = await count("SELECT coalesce(sum(quantity), 0) AS n FROM reservation_item WHERE deleted_at IS NULL")
    expect(reserved, "reserved stock").toBe(12)
    expect(reservations, "reservations").toBe(12)
  }, 300_000)

  it("the backend recovers from a Postgres restart under load, and every acknowledged write is there exactly once", async () => {
    const regionId = (await must("GET", "/store/regions")).regions[0].id
    const results: { n: number; at: number; done: number; status: number; cartId?: string }[] = []
    let n = 0
    let stop = false
    const writer = async () => {
      while (!stop) {
        const mine = n++
        const at = Date.now()
        const r = await store("POST", "/store/carts", { region_id: regionId, email: `pg-restart-${mine}@example.vn` }).catch(() => ({ status: 0, body: {} as any }))
        results.push({ n: mine, at, done: Date.now(), status: r.status, cartId: r.body?.cart?.id })
        if (r.status !== 200) await sleep(100)
      }
    }
    const writers = Array.from({ length: 4 }, writer)
    const warm = Date.now() + 60_000
    while (results.filter((r) => r.status === 200).length < 8 && Date.now() < warm) await sleep(100)
    const down = Date.now()
    await stack.stopPostgres()
    await sleep(1500)
    await stack.startPostgres()
    const up = Date.now()
    // Keep writing until the backend has answered 20 writes in a row after the restart (or 60 s).
    const deadline = up + 60_000
    while (Date.now() < deadline) {
      const after = results.filter((r) => r.at > up)
      if (after.length >= 20 && after.slice(-20).every((r) => r.status === 200)) break
      await sleep(200)
    }
    stop = true
    await Promise.all(writers)

    const beforeOutage = results.filter((r) => r.done < down)
    expect(beforeOutage.length).toBeGreaterThan(0)
    expect(beforeOutage.filter((r) => r.status !== 200)).toEqual([])
    const after = results.filter((r) => r.at > up)
    expect(after.slice(-20).map((r) => r.status)).toEqual(Array(20).fill(200))
    const rows = await stack.sql<{ id: string; email: string }>("SELECT id, email FROM cart WHERE email LIKE 'pg-restart-%' AND deleted_at IS NULL")
    const byEmail = new Map<string, string[]>()
    for (const row of rows) byEmail.set(row.email, [...(byEmail.get(row.email) ?? []), row.id])
    expect([...byEmail.values()].filter((ids) => ids.length > 1)).toEqual([])
    for (const r of results.filter((x) => x.status === 200)) expect(byEmail.get(`pg-restart-${r.n}@example.vn`)).toEqual([r.cartId])
  }, 180_000)
})
