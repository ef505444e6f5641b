/**
 * `npm run bench` (`npm run bench -- --quick` for a short run): throughput and
 * latency of the marketplace's hot paths on the production build, each beside
 * Medusa's own GET /store/products/:id and GET /store/products measured in the
 * same run, so the ratios hold on a noisy machine.
 *
 * The stack (bench/lib/stack.ts) runs on 127.0.0.1 with 10,000 products and
 * 100,000 signed batches. Each scenario: a warm-up, then a closed-loop run
 * with 10 connections (throughput), and a run with one connection (latency of
 * one request on an idle server). The trace page and its linkset also run at a
 * constant 300 requests/s, evenly spaced (bench/lib/constant-rate.ts). Peak RSS is each process's VmHWM.
 * Writes bench/results/latest.json and bench/results/README.md.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT_DIR } from "../scripts/lib/config.ts"
import { prefixer } from "../scripts/lib/processes.ts"
import { constantRate } from "./lib/constant-rate.ts"
import { cycle, measure, transferSize, type Measured, type Scenario } from "./lib/measure.ts"
import { peakRssMb, startStack, withDatabase, type Stack } from "./lib/stack.ts"

const say = prefixer("bench")
const QUICK = process.argv.includes("--quick")
/** `--only trace`: Medusa's two stock endpoints, the trace page, its linkset and the trace API only; written to results/trace.json. */
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined
if (ONLY !== undefined && ONLY !== "trace") throw new Error(`--only accepts "trace", not ${ONLY}`)
const ONLY_TRACE = ONLY === "trace"
const TIMING = QUICK ? { warmup: 2, seconds: 5, single: 3, fixed: 8 } : { warmup: 5, seconds: 15, single: 6, fixed: 20 }
const CONNECTIONS = 10
/** A route slower than this for one request is reported from that request alone. */
const SLOW_MS = 3000
const FIXED_RATE = 300
const RESULTS_DIR = path.join(ROOT_DIR, "bench", "results")
const PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"

const TARGETS = { tracePageP99AtRateMs: 50, productPageP95Ms: 100, tracePageKb: 30 }

type Samples = {
  lots: { gtin: string; lot: string }[]
  products: { id: string; handle: string }[]
  variants: string[]
  regionId: string
}

async function samples(stack: Stack): Promise<Samples> {
  return withDatabase(stack.databaseUrl, async (db) => {
    const lots = await db.query("SELECT gtin, lot FROM production_batch WHERE status = 'published' AND deleted_at IS NULL ORDER BY md5(id) LIMIT 1000")
    const products = await db.query("SELECT id, handle FROM product WHERE status = 'published' AND deleted_at IS NULL ORDER BY md5(id) LIMIT 1000")
    const variants = await db.query(
      `SELECT v.id FROM product_variant v JOIN product p ON p.id = v.product_id
       WHERE p.status = 'published' AND p.deleted_at IS NULL AND v.deleted_at IS NULL AND v.sku LIKE '%-B%' ORDER BY md5(v.id) LIMIT 500`
    )
    const region = await db.query("SELECT id FROM region WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1")
    return { lots: lots.rows, products: products.rows, variants: variants.rows.map((r) => r.id), regionId: region.rows[0].id }
  })
}

async function createCarts(stack: Stack, regionId: string, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${stack.backendUrl}/store/carts`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": stack.publishableKey },
      body: JSON.stringify({ region_id: regionId, email: `bench-${i}@example.vn` }),
    })
    if (!response.ok) throw new Error(`POST /store/carts: ${response.status} ${await response.text()}`)
    ids.push(((await response.json()) as { cart: { id: string } }).cart.id)
  }
  return ids
}

function scenarios(stack: Stack, s: Samples, carts: string[]) {
  const key = { "x-publishable-api-key": stack.publishableKey }
  const lot = cycle(s.lots)
  const product = cycle(s.products)
  const tracePath = () => {
    const { gtin, lot: l } = lot()
    return `/01/${gtin}/10/${encodeURIComponent(l)}`
  }
  const searches = cycle(["tra%20hoa%20vang", "nuoc%20mam", "cha%20muc%20ha%20long", "mat%20ong", "ba%20kich", "fish%20sauce", "nuoc%20mamm", "ruou%20sim"])
  const listings = cycle(["?min_stars=4&sort=price_asc", "?group=food", "?sort=stars&page=2", "?price_min=100000&price_max=300000", "?commune=X%C3%A3%20Ba%20Ch%E1%BA%BD"])
  const cart = cycle(carts)
  const variant = cycle(s.variants)
  const stock: Scenario[] = [
    { name: "Medusa GET /store/products/:id", base: stack.backendUrl, path: () => `/store/products/${product().id}`, headers: key },
    { name: "Medusa GET /store/products", base: stack.backendUrl, path: () => "/store/products?limit=24", headers: key },
  ]
  const targets: Scenario[] = [
    { name: "trace page (HTML)", base: stack.storefrontUrl, path: tracePath, headers: { "user-agent": PHONE, "accept-encoding": "gzip" } },
    { name: "trace linkset", base: stack.storefrontUrl, path: tracePath, headers: { accept: "application/linkset+json" } },
    { name: "product page", base: stack.storefrontUrl, path: () => `/san-pham/${product().handle}`, headers: { "accept-encoding": "gzip" } },
    { name: "product listing with filters", base: stack.storefrontUrl, path: () => `/san-pham${listings()}`, headers: { "accept-encoding": "gzip" } },
    { name: "search", base: stack.storefrontUrl, path: () => `/tim-kiem?q=${searches()}`, headers: { "accept-encoding": "gzip" } },
    {
      name: "add to cart (POST /store/carts/:id/line-items)",
      base: stack.backendUrl,
      method: "POST",
      path: () => `/store/carts/${cart()}/line-items`,
      body: () => JSON.stringify({ variant_id: variant(), quantity: 1 }),
      headers: { ...key, "content-type": "application/json" },
    },
  ]
  const apis: Scenario[] = [
    { name: "API: trace resolve (GET /store/trace/items/:gtin/lots/:lot)", base: stack.backendUrl, path: () => { const { gtin, lot: l } = lot(); return `/store/trace/items/${gtin}/lots/${encodeURIComponent(l)}` }, headers: key },
    { name: "API: catalog product (GET /store/catalog/products/:handle)", base: stack.backendUrl, path: () => `/store/catalog/products/${product().handle}`, headers: key },
    { name: "API: catalog listing (GET /store/catalog/products?…)", base: stack.backendUrl, path: () => `/store/catalog/products${listings().replace(/page=2/, "offset=24")}`, headers: key },
  ]
  return { stock, targets, apis }
}

async function probeOnce(scenario: Scenario): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${scenario.base}${scenario.path()}`, {
    method: scenario.method ?? "GET",
    headers: scenario.headers,
    body: scenario.body?.(),
    signal: AbortSignal.timeout(180_000),
  })
  await response.arrayBuffer()
  if (response.status >= 500) throw new Error(`${scenario.name}: ${response.status}`)
  return performance.now() - started
}

type Row = Measured & { single: Measured; probe_ms: number; vs_product_by_id: number; vs_product_list: number }

async function main() {
  const started = Date.now()
  const stack = await startStack()
  try {
    const s = await samples(stack)
    const carts = await createCarts(stack, s.regionId, 200)
    const all = scenarios(stack, s, carts)
    const stock = all.stock
    const targets = ONLY_TRACE ? all.targets.slice(0, 2) : all.targets
    const apis = ONLY_TRACE ? all.apis.filter((a) => a.name.startsWith("API: trace")) : all.apis
    say(`measuring (${QUICK ? "quick" : "full"}: ${TIMING.warmup} s warm-up, ${TIMING.seconds} s at ${CONNECTIONS} connections, ${TIMING.single} s at 1 connection)…`)
    const run = async (scenario: Scenario): Promise<Measured & { single: Measured; probe_ms: number }> => {
      // One request first: a route that takes seconds is reported as such, not hammered for minutes.
      const probe = await probeOnce(scenario)
      if (probe > SLOW_MS) {
        say(`${scenario.name}: one request takes ${Math.round(probe)} ms; not measured under load`)
        const none = { name: scenario.name, connections: 1, target_rate: null, seconds: 0, requests: 1, rps: Math.round((1000 / probe) * 100) / 100, latency_ms: { n: 1, mean: Math.round(probe), p50: Math.round(probe), p95: Math.round(probe), p99: Math.round(probe), max: Math.round(probe) }, bytes_per_response: 0, status: { "2xx": 1, "3xx": 0, "4xx": 0, "5xx": 0 }, errors: 0, timeouts: 0 }
        return { ...none, single: none, probe_ms: Math.round(probe) }
      }
      const loaded = await measure(scenario, { warmup: TIMING.warmup, seconds: TIMING.seconds, connections: CONNECTIONS })
      const single = await measure(scenario, { warmup: 0, seconds: TIMING.single, connections: 1 })
      say(`${scenario.name}: ${loaded.rps} req/s, p50 ${loaded.latency_ms.p50} ms, p99 ${loaded.latency_ms.p99} ms; alone p95 ${single.latency_ms.p95} ms; non-2xx ${loaded.requests - loaded.status["2xx"]}, errors ${loaded.errors}`)
      return { ...loaded, single, probe_ms: Math.round(probe) }
    }
    // Medusa's own endpoints before and after the others, averaged: the machine's drift shows in both.
    const before = [await run(stock[0]), await run(stock[1])]
    const measured = [] as (Measured & { single: Measured; probe_ms: number })[]
    for (const scenario of [...targets, ...apis]) measured.push(await run(scenario))
    const after = QUICK ? before : [await run(stock[0]), await run(stock[1])]
    const baseline = { byId: (before[0].rps + after[0].rps) / 2, list: (before[1].rps + after[1].rps) / 2 }
    const ratio = (rps: number, base: number) => Math.round((rps / base) * 100) / 100
    const rows: Row[] = [...before, ...measured].map((m) => ({ ...m, vs_product_by_id: ratio(m.rps, baseline.byId), vs_product_list: ratio(m.rps, baseline.list) }))

    // The warm-up at the same rate lasts until every lot of the cycle has been asked for once: the
    // measured part is the steady state of a set of labels being scanned, not the first scan of each.
    const fixedWarmup = Math.max(TIMING.warmup, Math.ceil(s.lots.length / FIXED_RATE) + 1)
    say(`fixed rate: trace page and linkset at ${FIXED_RATE} req/s for ${TIMING.fixed} s, after ${fixedWarmup} s at that rate…`)
    const fixed: Measured[] = []
    for (const scenario of targets.slice(0, 2)) {
      const m = await constantRate(scenario, { warmup: fixedWarmup, seconds: TIMING.fixed, rate: FIXED_RATE })
      say(`${scenario.name} at ${FIXED_RATE} req/s: got ${m.rps} req/s, p50 ${m.latency_ms.p50} ms, p99 ${m.latency_ms.p99} ms, non-2xx ${m.requests - m.status["2xx"]}`)
      fixed.push(m)
    }

    const { gtin, lot } = s.lots[0]
    const traceUrl = `${stack.storefrontUrl}/01/${gtin}/10/${encodeURIComponent(lot)}`
    const transfer = { compressed: await transferSize(traceUrl, { "user-agent": PHONE }), uncompressed: await transferSize(traceUrl, { "user-agent": PHONE, "accept-encoding": "identity" }) }
    const pids = stack.pids()
    const rss = {
      backend_mb: Math.max(0, ...pids.backend.map((p) => peakRssMb(p) ?? 0)),
      storefront_mb: Math.max(0, ...pids.storefront.map((p) => peakRssMb(p) ?? 0)),
    }
    const product = rows.find((r) => r.name === "product page")
    const verdicts = {
      trace_page_p99_at_300: { target_ms: TARGETS.tracePageP99AtRateMs, measured_ms: fixed[0].latency_ms.p99, achieved_rps: fixed[0].rps, met: fixed[0].latency_ms.p99 < TARGETS.tracePageP99AtRateMs && fixed[0].rps >= FIXED_RATE * 0.95 },
      linkset_p99_at_300: { target_ms: TARGETS.tracePageP99AtRateMs, measured_ms: fixed[1].latency_ms.p99, achieved_rps: fixed[1].rps, met: fixed[1].latency_ms.p99 < TARGETS.tracePageP99AtRateMs && fixed[1].rps >= FIXED_RATE * 0.95 },
      ...(product ? { product_page_p95: { target_ms: TARGETS.productPageP95Ms, measured_ms: product.single.latency_ms.p95, met: product.single.latency_ms.p95 < TARGETS.productPageP95Ms } } : {}),
      trace_page_transfer: { target_kb: TARGETS.tracePageKb, measured_kb: Math.round((transfer.compressed.total_bytes / 1024) * 10) / 10, encoding: transfer.compressed.encoding, met: transfer.compressed.total_bytes < TARGETS.tracePageKb * 1024 },
    }
    const dataset = await withDatabase(stack.databaseUrl, async (db) => {
      const one = async (sql: string) => Number((await db.query(sql)).rows[0].n)
      return {
        products: await one("SELECT count(*) AS n FROM product WHERE deleted_at IS NULL"),
        variants: await one("SELECT count(*) AS n FROM product_variant WHERE deleted_at IS NULL"),
        producers: await one("SELECT count(*) AS n FROM producer WHERE deleted_at IS NULL"),
        batches: await one("SELECT count(*) AS n FROM production_batch WHERE deleted_at IS NULL"),
        trace_events: await one("SELECT count(*) AS n FROM trace_event WHERE deleted_at IS NULL"),
      }
    })
    const result = {
      generated_at: new Date().toISOString(),
      mode: QUICK ? "quick" : "full",
      only: ONLY ?? null,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", load_average: os.loadavg().map((x) => Math.round(x * 100) / 100), node: process.version, memory_gb: Math.round(os.totalmem() / 2 ** 30) },
      timing: { ...TIMING, connections: CONNECTIONS, fixed_rate: FIXED_RATE },
      dataset,
      baseline_rps: { product_by_id: Math.round(baseline.byId * 10) / 10, product_list: Math.round(baseline.list * 10) / 10 },
      scenarios: rows,
      medusa_after: QUICK ? null : after,
      fixed_rate: fixed,
      trace_page_transfer: transfer,
      peak_rss: rss,
      targets: verdicts,
      seconds: Math.round((Date.now() - started) / 1000),
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    if (ONLY_TRACE) {
      fs.writeFileSync(path.join(RESULTS_DIR, "trace.json"), `${JSON.stringify(result, null, 2)}\n`)
      say(`written to bench/results/trace.json (${result.seconds} s)`)
    } else {
      fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify(result, null, 2)}\n`)
      fs.writeFileSync(path.join(RESULTS_DIR, "README.md"), markdown(result))
      say(`written to bench/results/latest.json and bench/results/README.md (${result.seconds} s)`)
    }
    for (const [name, v] of Object.entries(verdicts)) say(`${v.met ? "met    " : "MISSED "} ${name}: ${JSON.stringify(v)}`)
  } finally {
    await stack.stop()
  }
}

function markdown(r: any): string {
  const ms = (x: number) => `${x} ms`
  const yes = (met: boolean) => (met ? "**met**" : "**missed**")
  const t = r.targets
  return [
    "# Benchmark results",
    "",
    `\`npm run bench${r.mode === "quick" ? " -- --quick" : ""}\` on ${r.generated_at.slice(0, 16).replace("T", " ")} UTC: ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memory_gb} GB, Node ${r.machine.node}, load average ${r.machine.load_average.join(" / ")} at the end (the machine was shared with other work, so absolute numbers are noisy: read the ratios).`,
    `Production build (\`medusa start\`, the storefront's \`server.js\`) and the embedded Postgres on 127.0.0.1, one process each, no Redis. Dataset: ${r.dataset.products.toLocaleString("en")} products (${r.dataset.variants.toLocaleString("en")} variants) from ${r.dataset.producers.toLocaleString("en")} producers, ${r.dataset.batches.toLocaleString("en")} batches with ${r.dataset.trace_events.toLocaleString("en")} events.`,
    `Each row: ${r.timing.warmup} s warm-up, then ${r.timing.seconds} s with ${r.timing.connections} connections (req/s and latency under load), then ${r.timing.single} s with one connection ("alone": one request at a time). Requests rotate over 1,000 products and 1,000 lots.`,
    "",
    "## Targets",
    "",
    "| target | measured | |",
    "| --- | --- | --- |",
    `| trace page p99 < ${t.trace_page_p99_at_300.target_ms} ms at ${r.timing.fixed_rate} req/s | p99 ${ms(t.trace_page_p99_at_300.measured_ms)} at ${t.trace_page_p99_at_300.achieved_rps} req/s | ${yes(t.trace_page_p99_at_300.met)} |`,
    `| linkset p99 < ${t.linkset_p99_at_300.target_ms} ms at ${r.timing.fixed_rate} req/s | p99 ${ms(t.linkset_p99_at_300.measured_ms)} at ${t.linkset_p99_at_300.achieved_rps} req/s | ${yes(t.linkset_p99_at_300.met)} |`,
    `| product page server render p95 < ${t.product_page_p95.target_ms} ms | p95 ${ms(t.product_page_p95.measured_ms)} (alone) | ${yes(t.product_page_p95.met)} |`,
    `| trace page < ${t.trace_page_transfer.target_kb} KB transferred | ${t.trace_page_transfer.measured_kb} KB (${t.trace_page_transfer.encoding ?? "uncompressed"}; ${Math.round(r.trace_page_transfer.uncompressed.total_bytes / 102.4) / 10} KB uncompressed) | ${yes(t.trace_page_transfer.met)} |`,
    "",
    "## Throughput and latency beside Medusa's own endpoints",
    "",
    `Ratios are req/s of the row divided by req/s of Medusa's GET /store/products/:id (${r.baseline_rps.product_by_id} req/s) and GET /store/products (${r.baseline_rps.product_list} req/s) in this run${r.mode === "quick" ? "" : " (each the mean of a run before and after the others)"}.`,
    "",
    "| scenario | req/s | × products/:id | × products | p50 | p95 | p99 | alone p50 | alone p95 | bytes/resp | non-2xx | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.scenarios.map(
      (s: any) =>
        s.seconds === 0
          ? `| ${s.name} | — | — | — | one request: ${ms(s.probe_ms)} (too slow to load) | | | | | | | |`
          : `| ${s.name} | ${s.rps} | ${s.vs_product_by_id} | ${s.vs_product_list} | ${ms(s.latency_ms.p50)} | ${ms(s.latency_ms.p95)} | ${ms(s.latency_ms.p99)} | ${ms(s.single.latency_ms.p50)} | ${ms(s.single.latency_ms.p95)} | ${s.bytes_per_response.toLocaleString("en")} | ${s.requests - s.status["2xx"]} | ${s.errors} |`
    ),
    "",
    `## Fixed rate (${r.timing.fixed_rate} req/s, evenly spaced, for ${r.timing.fixed} s; latency from each request's due time)`,
    "",
    "| scenario | achieved req/s | p50 | p95 | p99 | max | non-2xx | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.fixed_rate.map((s: any) => `| ${s.name} | ${s.rps} | ${ms(s.latency_ms.p50)} | ${ms(s.latency_ms.p95)} | ${ms(s.latency_ms.p99)} | ${ms(s.latency_ms.max)} | ${s.requests - s.status["2xx"]} | ${s.errors} |`),
    "",
    `Peak RSS (VmHWM): backend ${r.peak_rss.backend_mb} MB, storefront ${r.peak_rss.storefront_mb} MB.`,
    "",
    "Rows starting with \"API:\" are the backend routes behind the storefront pages, measured alone to show where the time goes. The raw figures are in [latest.json](latest.json); how to run and read them: [../README.md](../README.md).",
    "",
  ].join("\n")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
