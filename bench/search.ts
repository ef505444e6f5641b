/**
 * `npm run bench:search`: search latency over HTTP at the size of the seeded
 * catalog (211 products) and at 10,000 products, on the embedded provider.
 *
 * A throw-away embedded Postgres (scripts/lib/postgres.ts) in a temporary
 * folder; `medusa db:migrate`; the real seed and a full reindex
 * (bench/lib/prepare-search.ts); `medusa start`; a mix of real store queries
 * (GET /store/search and /store/search/suggest, one at a time, after a warm-up);
 * then the index grown to 10,000 documents and the same again. Writes
 * bench/results/search.json and search.md.
 *
 * Options (environment): BENCH_ROUNDS (default 12 rounds of the mix),
 * BENCH_SIZES (default "10000").
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { BACKEND_DIR, ROOT_DIR } from "../scripts/lib/config.ts"
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../scripts/lib/postgres.ts"
import { prefixer, runStep, startService, stopAll, waitForHttp } from "../scripts/lib/processes.ts"
import { stats, type Stats } from "./lib/measure.ts"
import { freePort } from "../scripts/lib/ports"

const say = prefixer("bench")
const ROUNDS = Number(process.env.BENCH_ROUNDS || 12)
const SIZES = (process.env.BENCH_SIZES || "10000").split(",").map(Number)
const RESULTS_DIR = path.join(ROOT_DIR, "bench", "results")
const medusa = [BACKEND_DIR, ROOT_DIR].map((dir) => path.join(dir, "node_modules", ".bin", "medusa")).find((file) => fs.existsSync(file)) ?? "medusa"

/** What shoppers do: plain words, no tone marks, typos, half-typed words, English, filters, sorts, browsing. */
const SEARCHES: { label: string; query: string }[] = [
  { label: "nước mắm cái rồng", query: `q=${encodeURIComponent("nước mắm cái rồng")}` },
  { label: "tra hoa vang", query: "q=tra%20hoa%20vang" },
  { label: "cha muc ha long", query: "q=cha%20muc%20ha%20long" },
  { label: "ba kich", query: "q=ba%20kich" },
  { label: "mat ong", query: "q=mat%20ong" },
  { label: "typo: nuoc mamm", query: "q=nuoc%20mamm" },
  { label: "typo: cha mucc", query: "q=cha%20mucc" },
  { label: "prefix: tra hoa v", query: "q=tra%20hoa%20v" },
  { label: "english: fish sauce", query: "q=fish%20sauce" },
  { label: "english: honey", query: "q=honey" },
  { label: "mien dong + min_stars=4", query: "q=mien%20dong&min_stars=4" },
  { label: "muc + price_asc", query: "q=muc&sort=price_asc" },
  { label: "tra + sort=stars", query: "q=tra&sort=stars" },
  { label: "kho + group=food + price range", query: "q=kho&group=food&price_min=50000&price_max=500000" },
  { label: "browse: no query, newest", query: "" },
  { label: "browse: commune, page 3", query: `commune=${encodeURIComponent("Xã Ba Chẽ")}&offset=48` },
]
const SUGGESTIONS: { label: string; query: string }[] = [
  { label: "suggest: tra hoa v", query: "q=tra%20hoa%20v" },
  { label: "suggest: cha m", query: "q=cha%20m" },
  { label: "suggest: nuoc mamm", query: "q=nuoc%20mamm" },
]


async function timed(url: string, key: string): Promise<{ ms: number; count: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { "x-publishable-api-key": key } })
  const body = (await response.json()) as { count?: number; suggestions?: unknown[] }
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return { ms, count: body.count ?? body.suggestions?.length ?? 0 }
}

type Level = {
  products: number
  search: Stats
  suggest: Stats
  per_query: { label: string; p50: number; p95: number; results: number }[]
}

/** Starts the backend on the prepared database, runs the mix, stops it. */
async function measure(env: NodeJS.ProcessEnv, key: string, products: number): Promise<Level> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = startService("backend", medusa, ["start", "--host", "127.0.0.1", "--port", String(port)], { cwd: BACKEND_DIR, env })
  try {
    await waitForHttp(`${base}/health`, 180_000, () => server.child.exitCode === null)
    const all = [...SEARCHES.map((s) => ({ ...s, url: `${base}/store/search?${s.query}` })), ...SUGGESTIONS.map((s) => ({ ...s, url: `${base}/store/search/suggest?${s.query}` }))]
    for (let i = 0; i < 3; i++) for (const q of all) await timed(q.url, key) // warm-up: connections, caches, the vocabulary
    const samples = new Map<string, number[]>(all.map((q) => [q.label, []]))
    const results = new Map<string, number>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of all) {
        const { ms, count } = await timed(q.url, key)
        samples.get(q.label)!.push(ms)
        results.set(q.label, count)
      }
    }
    const of = (list: { label: string }[]) => list.flatMap((q) => samples.get(q.label)!)
    return {
      products,
      search: stats(of(SEARCHES)),
      suggest: stats(of(SUGGESTIONS)),
      per_query: all.map((q) => {
        const s = stats(samples.get(q.label)!)
        return { label: q.label, p50: s.p50, p95: s.p95, results: results.get(q.label) ?? 0 }
      }),
    }
  } finally {
    await stopAll()
  }
}

function markdown(result: { generated_at: string; machine: Record<string, unknown>; rounds: number; levels: Level[]; state: Record<string, unknown> }): string {
  const lines = [
    "# Search latency",
    "",
    `Measured by \`npm run bench:search\` (bench/search.ts) on ${result.generated_at.slice(0, 10)}: ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}, the embedded provider (Medusa's Postgres provider with the Vietnamese text configuration) on the embedded Postgres 18.`,
    `Over HTTP against \`medusa start\` (admin off), one request at a time after a warm-up, ${result.rounds} rounds of ${SEARCHES.length} searches and ${SUGGESTIONS.length} suggestions, each search with its facets, highlights and ratings at request time.`,
    "",
    "| products | search p50 | p95 | p99 | max | suggest p50 | p95 | p99 |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.levels.map(
      (l) => `| ${l.products.toLocaleString("en")} | ${l.search.p50} ms | ${l.search.p95} ms | ${l.search.p99} ms | ${l.search.max} ms | ${l.suggest.p50} ms | ${l.suggest.p95} ms | ${l.suggest.p99} ms |`
    ),
    "",
    "Per query (p50 / p95 in ms, and how many products matched):",
    "",
    `| query | ${result.levels.map((l) => `${l.products.toLocaleString("en")} products`).join(" | ")} |`,
    `| --- | ${result.levels.map(() => "---:").join(" | ")} |`,
    ...result.levels[0].per_query.map(
      (q, i) => `| ${q.label} | ${result.levels.map((l) => `${l.per_query[i].p50} / ${l.per_query[i].p95} (${l.per_query[i].results})`).join(" | ")} |`
    ),
    "",
    `Seeding the catalog took ${result.state.seed_seconds} s and a full reindex of it ${result.state.reindex_seconds} s.` +
      SIZES.map((size) => ` Writing the generated documents up to ${size.toLocaleString("en")} took ${result.state[`generate_${size}_seconds`]} s.`).join(""),
    "",
    "The 10,000 products are generated: the seeded ones copied under other producers, communes, names and prices, written to the search index only (a search never reads product tables).",
    "Typo queries cost two rounds (the query, then its correction); the first search after a write also rebuilds the vocabulary of \"did you mean\".",
    "",
  ]
  return lines.join("\n")
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-search-"))
  let postgres: RunningPostgres | undefined
  try {
    postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false })
    const databaseUrl = await ensureDatabase(postgres.serverUrl, "ocop_bench_search")
    const stateFile = path.join(dataDir, "state.json")
    const env: NodeJS.ProcessEnv = {
      DATABASE_URL: databaseUrl,
      NODE_ENV: "development",
      MEDUSA_ADMIN: "false",
      MEDUSA_DISABLE_TELEMETRY: "true",
      OCOP_SEED_IMAGES: "false",
      LOG_LEVEL: "warn",
      BENCH_STATE: stateFile,
      MEILISEARCH_HOST: "",
    }
    say("migrating a throw-away database…")
    await runStep("migrate", medusa, ["db:migrate"], { cwd: BACKEND_DIR, env })
    const prepare = path.relative(BACKEND_DIR, path.join(ROOT_DIR, "bench", "lib", "prepare-search.ts"))
    say("seeding the catalog and indexing it…")
    await runStep("prepare", medusa, ["exec", prepare, "catalog"], { cwd: BACKEND_DIR, env })
    let state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as Record<string, unknown>
    const key = String(state.publishableKey)
    const levels: Level[] = [await measure(env, key, Number(state.catalog_documents))]
    say(`${levels[0].products} products: search p50 ${levels[0].search.p50} ms, p95 ${levels[0].search.p95} ms, p99 ${levels[0].search.p99} ms`)
    for (const size of SIZES) {
      say(`growing the index to ${size} documents…`)
      await runStep("prepare", medusa, ["exec", prepare, String(size)], { cwd: BACKEND_DIR, env })
      state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as Record<string, unknown>
      const level = await measure(env, key, Number(state[`documents_${size}`]))
      levels.push(level)
      say(`${level.products} products: search p50 ${level.search.p50} ms, p95 ${level.search.p95} ms, p99 ${level.search.p99} ms`)
    }
    delete state.publishableKey
    const result = {
      generated_at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? "?", node: process.version, platform: `${os.platform()} ${os.arch()}` },
      provider: "search-postgres-vi",
      rounds: ROUNDS,
      levels,
      state,
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    fs.writeFileSync(path.join(RESULTS_DIR, "search.json"), `${JSON.stringify(result, null, 2)}\n`)
    fs.writeFileSync(path.join(RESULTS_DIR, "search.md"), markdown(result))
    say(`written to ${path.relative(ROOT_DIR, RESULTS_DIR)}/search.md and search.json`)
  } finally {
    await stopAll()
    await postgres?.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
