/**
 * `npm run bench:load`: load tests on the production stack of `npm run bench`.
 *
 * 1. The trace resolver (HTML pages as a phone scans them, and linksets, over
 *    1,000 lots) at a fixed rate for a bounded time: every answer must be a 200
 *    and no request may fail.
 * 2. Checkout: many buyers at once on scarce stock (a few variants of different
 *    producers with BENCH_LOAD_STOCK units each), every cart paid cash on
 *    delivery and completed at the same moment, some twice (a double click).
 *    Afterwards, from the database: reserved stock equals what the orders
 *    sold and never exceeds stock; every successful answer has exactly one
 *    order and no cart has two; each order's producer orders cover its lines
 *    once and add up to its total.
 *
 * Flags: --seconds=150 (trace phase), --rate=15 (trace requests/s),
 * --buyers=30. Writes bench/results/load.json and load.md; exits 1 when a
 * check fails.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND_DIR, ROOT_DIR } from "../scripts/lib/config.ts"
import { prefixer, runStep } from "../scripts/lib/processes.ts"
import { loadDevSecrets } from "../scripts/lib/secrets.ts"
import { cycle, measure, stats, type Measured } from "./lib/measure.ts"
import type { ScarceVariant } from "./lib/prepare-load.ts"
import { stackSettings, startStack, withDatabase, type Stack } from "./lib/stack.ts"

const say = prefixer("load")
const flag = (name: string, fallback: number) => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]
  const value = raw === undefined ? fallback : Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}
const TRACE_SECONDS = flag("seconds", 150)
const TRACE_RATE = flag("rate", 15)
const BUYERS = flag("buyers", 30)
const STOCK = 8
const SCARCE = 6
const RESULTS_DIR = path.join(ROOT_DIR, "bench", "results")
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
const ADDRESS = { first_name: "Nguyễn Thị", last_name: "Lan", phone: "0912 345 678", address_1: "Số 25 đường Hạ Long", city: "Phường Bãi Cháy", province: "Quảng Ninh", country_code: "vn" }
const medusa = [BACKEND_DIR, ROOT_DIR].map((dir) => path.join(dir, "node_modules", ".bin", "medusa")).find((file) => fs.existsSync(file)) ?? "medusa"

type Check = { name: string; ok: boolean; detail: string }

async function traceLoad(stack: Stack): Promise<Measured> {
  const lots = await withDatabase(stack.databaseUrl, async (db) =>
    (await db.query("SELECT gtin, lot FROM production_batch WHERE status = 'published' AND deleted_at IS NULL ORDER BY md5(id) LIMIT 1000")).rows as { gtin: string; lot: string }[]
  )
  const lot = cycle(lots)
  let n = 0
  say(`trace resolver: ${TRACE_RATE} req/s for ${TRACE_SECONDS} s (pages and linksets over ${lots.length} lots)…`)
  return measure(
    {
      name: "trace resolver (HTML and linkset)",
      base: stack.storefrontUrl,
      path: () => {
        const { gtin, lot: l } = lot()
        // Every other request is a machine asking for the linkset.
        return `/01/${gtin}/10/${encodeURIComponent(l)}${n++ % 2 ? "?linkType=linkset" : ""}`
      },
      headers: { "user-agent": PHONE, "accept-encoding": "gzip" },
    },
    { warmup: 0, seconds: TRACE_SECONDS, connections: 50, rate: TRACE_RATE }
  )
}

async function scarceStock(stack: Stack): Promise<ScarceVariant[]> {
  const settings = stackSettings()
  const stateFile = path.join(settings.dataDir, "load-state.json")
  await runStep("stock", medusa, ["exec", path.relative(BACKEND_DIR, path.join(ROOT_DIR, "bench", "lib", "prepare-load.ts"))], {
    cwd: BACKEND_DIR,
    env: {
      ...loadDevSecrets(settings.dataDir),
      NODE_ENV: "production",
      DATABASE_URL: stack.databaseUrl,
      MEDUSA_ADMIN: "false",
      MEDUSA_DISABLE_TELEMETRY: "true",
      VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN || "970436",
      VIETQR_ACCOUNT_NO: process.env.VIETQR_ACCOUNT_NO || "0000000000",
      VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME || "CHO OCOP QUANG NINH (THU NGHIEM)",
      LOG_LEVEL: "warn",
      BENCH_LOAD_STATE: stateFile,
      BENCH_LOAD_VARIANTS: String(SCARCE),
      BENCH_LOAD_STOCK: String(STOCK),
      BENCH_PRODUCTS: String(settings.products),
    },
  })
  return (JSON.parse(fs.readFileSync(stateFile, "utf8")) as { variants: ScarceVariant[] }).variants
}

function storeApi(stack: Stack) {
  return async (method: string, route: string, body?: unknown, timeoutMs = 60_000): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${stack.backendUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    return { status: response.status, body: await response.json().catch(() => ({})) }
  }
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await work(items[i], i)
    }
  }))
  return out
}

async function checkoutLoad(stack: Stack) {
  const api = storeApi(stack)
  const must = async (method: string, route: string, body?: unknown) => {
    const r = await api(method, route, body)
    if (r.status >= 300) throw new Error(`${method} ${route}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
    return r.body
  }
  const scarce = await scarceStock(stack)
  const run = Date.now().toString(36)
  const regionId = (await must("GET", "/store/regions")).regions[0].id as string

  say(`checkout: building ${BUYERS} carts on ${scarce.length} variants with ${STOCK} units each…`)
  const carts = await pool(Array.from({ length: BUYERS }, (_, i) => i), 8, async (i) => {
    const first = scarce[i % scarce.length]
    const second = scarce[(i * 7 + 3) % scarce.length]
    const items = [{ variant_id: first.variant_id, quantity: 1 + (i % 2) }]
    if (second.variant_id !== first.variant_id && i % 3 !== 0) items.push({ variant_id: second.variant_id, quantity: 1 })
    const { cart } = await must("POST", "/store/carts", { region_id: regionId, email: `load-${run}-${i}@example.vn`, items })
    await must("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS })
    const { shipping_options } = await must("GET", `/store/shipping-options?cart_id=${cart.id}`)
    const option = shipping_options[0]
    await must("POST", `/store/shipping-options/${option.id}/calculate`, { cart_id: cart.id })
    await must("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
    const { payment_collection } = await must("POST", "/store/payment-collections", { cart_id: cart.id })
    await must("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_cod_cod" })
    return { id: cart.id as string, items }
  })

  say(`checkout: ${BUYERS} buyers complete at once (every fifth twice)…`)
  const attempts = carts.flatMap((c, i) => (i % 5 === 0 ? [c, c] : [c]))
  const started = performance.now()
  const answers = await Promise.all(
    attempts.map(async (cart) => {
      const t0 = performance.now()
      // A generous wait: every buyer is served in turn on a small machine, and a client that gives up is a failure here.
      const r = await api("POST", `/store/checkout/${cart.id}/complete`, {}, 600_000).catch((e: Error) => ({ status: 0, body: { message: e.message } }))
      return { cart, status: r.status, body: r.body, ms: performance.now() - t0 }
    })
  )
  const seconds = (performance.now() - started) / 1000
  const codes: Record<string, number> = {}
  for (const a of answers) {
    const key = a.status === 200 ? "200" : `${a.status} ${a.body?.code ?? a.body?.type ?? ""}`.trim()
    codes[key] = (codes[key] ?? 0) + 1
  }
  say(`checkout answers: ${JSON.stringify(codes)} in ${seconds.toFixed(1)} s`)
  return { scarce, carts, answers, codes, seconds, latency_ms: stats(answers.map((a) => a.ms)) }
}

async function verify(stack: Stack, load: Awaited<ReturnType<typeof checkoutLoad>>): Promise<Check[]> {
  return withDatabase(stack.databaseUrl, async (db) => {
    const checks: Check[] = []
    const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail })
    // order_cart: Medusa's link of an order to the cart it was placed from.
    const cartIds = load.carts.map((c) => c.id)
    const linked = (await db.query("SELECT cart_id, order_id FROM order_cart WHERE cart_id = ANY($1) AND deleted_at IS NULL", [cartIds])).rows as { cart_id: string; order_id: string }[]
    const ordersOfCart = new Map<string, string[]>()
    for (const l of linked) ordersOfCart.set(l.cart_id, [...(ordersOfCart.get(l.cart_id) ?? []), l.order_id])

    // Every 200 names one order, the cart's only one; a cart refused everywhere has none.
    const okByCart = new Map<string, Set<string>>()
    for (const a of load.answers) if (a.status === 200) okByCart.set(a.cart.id, new Set([...(okByCart.get(a.cart.id) ?? []), a.body.order.id]))
    check("orders were placed and the scarce stock ran out for some buyers", okByCart.size > 0 && okByCart.size < load.carts.length, `${okByCart.size} of ${load.carts.length} carts became orders`)
    const twoOrders = [...ordersOfCart].filter(([, ids]) => ids.length > 1)
    check("no cart has two orders", twoOrders.length === 0, `${twoOrders.length} carts with more than one order`)
    const answeredWrong = [...okByCart].filter(([cart, ids]) => ids.size !== 1 || ordersOfCart.get(cart)?.[0] !== [...ids][0])
    check("every successful answer has exactly one order, the cart's", answeredWrong.length === 0, `${okByCart.size} carts answered 200, ${answeredWrong.length} of them without their order`)
    const silent = [...ordersOfCart.keys()].filter((cart) => !okByCart.has(cart))
    check("no order was placed for a cart that was refused", silent.length === 0, `${silent.length} orders without a successful answer`)
    const unexpected = load.answers.filter((a) => a.status !== 200 && !(a.status === 409 && ["out_of_stock", "checkout_in_progress"].includes(a.body?.code)))
    check("every refusal is out_of_stock or checkout_in_progress", unexpected.length === 0, unexpected.slice(0, 3).map((a) => `${a.status} ${JSON.stringify(a.body).slice(0, 160)}`).join("; ") || "none")

    // Stock: reserved equals what the orders sold, and never exceeds stock.
    const orderIds = [...new Set(linked.map((l) => l.order_id))]
    for (const v of load.scarce) {
      const level = (await db.query("SELECT stocked_quantity::int AS stocked, reserved_quantity::int AS reserved FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL", [v.inventory_item_id, v.location_id])).rows[0]
      const sold = Number(
        (await db.query(
          `SELECT coalesce(sum(oi.quantity), 0) AS n FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
           JOIN "order" o ON o.id = oi.order_id AND oi.version = o.version
           WHERE oi.order_id = ANY($1) AND li.variant_id = $2 AND oi.deleted_at IS NULL`,
          [orderIds, v.variant_id]
        )).rows[0].n
      )
      const answeredOnce = [...new Map(load.answers.filter((a) => a.status === 200).map((a) => [a.body.order.id, a])).values()].reduce(
        (n, a) => n + a.body.producer_orders.flatMap((p: any) => p.items).filter((i: any) => i.variant_id === v.variant_id).reduce((m: number, i: any) => m + i.quantity, 0),
        0
      )
      check(`variant ${v.variant_id}: reserved ${level.reserved} = sold ${sold} ≤ stocked ${level.stocked}`, level.reserved === sold && sold === answeredOnce && level.reserved <= level.stocked && level.stocked === v.stocked, `answers say ${answeredOnce} sold`)
    }

    // Producer orders: each order's lines once, totals adding up to the order.
    let badSplits = 0
    for (const orderId of orderIds) {
      const answer = load.answers.find((a) => a.status === 200 && a.body.order.id === orderId)
      const parts = (await db.query("SELECT item_total::numeric AS item_total, shipping_total::numeric AS shipping_total, total::numeric AS total, items FROM producer_order WHERE order_id = $1 AND deleted_at IS NULL", [orderId])).rows
      const lines = (await db.query("SELECT oi.item_id FROM order_item oi JOIN \"order\" o ON o.id = oi.order_id AND oi.version = o.version WHERE oi.order_id = $1 AND oi.deleted_at IS NULL", [orderId])).rows.map((r) => r.item_id).sort()
      const covered = parts.flatMap((p) => (p.items as { line_item_id: string }[]).map((i) => i.line_item_id)).sort()
      const sum = (key: string) => parts.reduce((n, p) => n + Number(p[key]), 0)
      const ok = answer && JSON.stringify(lines) === JSON.stringify(covered) && sum("total") === answer.body.order.total && sum("item_total") === answer.body.order.item_total && sum("shipping_total") === answer.body.order.shipping_total
      if (!ok) badSplits++
    }
    check("producer orders cover each order's lines once and add up to its totals", badSplits === 0, `${orderIds.length} orders, ${badSplits} split wrongly`)
    return checks
  })
}

async function main() {
  const started = Date.now()
  const stack = await startStack()
  let failed = false
  try {
    const trace = await traceLoad(stack)
    const traceChecks: Check[] = [
      { name: "trace resolver: no failed request", ok: trace.errors === 0 && trace.timeouts === 0, detail: `${trace.errors} errors, ${trace.timeouts} timeouts` },
      { name: "trace resolver: every answer 200", ok: trace.status["2xx"] === trace.requests && trace.requests > 0, detail: `${trace.requests} requests: ${JSON.stringify(trace.status)}` },
    ]
    say(`trace resolver: ${trace.requests} requests at ${trace.rps} req/s, p50 ${trace.latency_ms.p50} ms, p99 ${trace.latency_ms.p99} ms, ${JSON.stringify(trace.status)}, errors ${trace.errors}`)
    const checkout = await checkoutLoad(stack)
    const checks = [...traceChecks, ...(await verify(stack, checkout))]
    for (const c of checks) say(`${c.ok ? "ok  " : "FAIL"} ${c.name} (${c.detail})`)
    failed = checks.some((c) => !c.ok)
    const result = {
      generated_at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", load_average: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version },
      trace,
      checkout: {
        buyers: BUYERS,
        attempts: checkout.answers.length,
        scarce_variants: checkout.scarce.length,
        stock_each: STOCK,
        answers: checkout.codes,
        seconds: Math.round(checkout.seconds * 10) / 10,
        latency_ms: checkout.latency_ms,
        orders: new Set(checkout.answers.filter((a) => a.status === 200).map((a) => a.body.order.id)).size,
      },
      checks,
      seconds: Math.round((Date.now() - started) / 1000),
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    fs.writeFileSync(path.join(RESULTS_DIR, "load.json"), `${JSON.stringify(result, null, 2)}\n`)
    fs.writeFileSync(path.join(RESULTS_DIR, "load.md"), markdown(result))
    say(`written to bench/results/load.json and load.md (${result.seconds} s)`)
  } finally {
    await stack.stop()
  }
  process.exit(failed ? 1 : 0)
}

function markdown(r: any): string {
  const t = r.trace
  const c = r.checkout
  return [
    "# Load tests",
    "",
    `\`npm run bench:load\` on ${r.generated_at.slice(0, 16).replace("T", " ")} UTC: ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, load average ${r.machine.load_average.join(" / ")} at the end (shared machine). Same stack and dataset as [README.md](README.md).`,
    "",
    `## Trace resolver: ${t.target_rate} req/s for ${t.seconds} s`,
    "",
    `${t.requests.toLocaleString("en")} requests (pages as a phone opens them and linksets, alternating, over 1,000 lots) at ${t.rps} req/s: p50 ${t.latency_ms.p50} ms, p95 ${t.latency_ms.p95} ms, p99 ${t.latency_ms.p99} ms, max ${t.latency_ms.max} ms. Status: ${JSON.stringify(t.status)}; connection errors ${t.errors}, timeouts ${t.timeouts}.`,
    "",
    `## Checkout: ${c.buyers} buyers at once on scarce stock`,
    "",
    `${c.scarce_variants} variants of different producers with ${c.stock_each} units each; every buyer's cart (1–2 of them, 1–3 units, cash on delivery) completed at the same moment, every fifth cart twice (${c.attempts} requests in ${c.seconds} s; p50 ${c.latency_ms.p50} ms, p99 ${c.latency_ms.p99} ms). Answers: ${Object.entries(c.answers).map(([k, v]) => `${k} × ${v}`).join(", ")}; ${c.orders} orders placed.`,
    "",
    "| check | result | detail |",
    "| --- | --- | --- |",
    ...r.checks.map((x: Check) => `| ${x.name} | ${x.ok ? "ok" : "**FAILED**"} | ${x.detail} |`),
    "",
  ].join("\n")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
