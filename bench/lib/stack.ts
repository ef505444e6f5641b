/**
 * The production stack of the benchmarks and load tests: `npm start`
 * (scripts/start.ts: production build, embedded Postgres, migrations, seed,
 * `medusa start` and the storefront's `server.js`) on its own ports and data folder,
 * with the generated dataset (bench/lib/prepare-bench.ts) added once and
 * cached by a fingerprint of its inputs.
 *
 * Settings (environment): BACKEND_PORT (9710), STOREFRONT_PORT (8710),
 * POSTGRES_PORT (54400), OCOP_DATA_DIR (.data/bench), BENCH_PRODUCTS (10000),
 * BENCH_BATCHES (100000).
 */
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { BACKEND_DIR, ROOT_DIR, SEED_DIR } from "../../scripts/lib/config.ts"
import { StepLedger, fingerprint } from "../../scripts/lib/fingerprint.ts"
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres.ts"
import { prefixer, runStep, startService, stopAll, waitForHttp, type Service } from "../../scripts/lib/processes.ts"
import { loadDevSecrets } from "../../scripts/lib/secrets.ts"

const say = prefixer("bench")
const medusa = [BACKEND_DIR, ROOT_DIR].map((dir) => path.join(dir, "node_modules", ".bin", "medusa")).find((file) => fs.existsSync(file)) ?? "medusa"

export type StackSettings = {
  backendPort: number
  storefrontPort: number
  postgresPort: number
  dataDir: string
  products: number
  batches: number
}

export function stackSettings(): StackSettings {
  const int = (name: string, fallback: number) => {
    const raw = process.env[name]
    const value = raw ? Number(raw) : fallback
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`)
    return value
  }
  return {
    backendPort: int("BACKEND_PORT", 9710),
    storefrontPort: int("STOREFRONT_PORT", 8710),
    postgresPort: int("POSTGRES_PORT", 54400),
    dataDir: path.resolve(ROOT_DIR, process.env.OCOP_DATA_DIR || ".data/bench"),
    products: int("BENCH_PRODUCTS", 10_000),
    batches: int("BENCH_BATCHES", 100_000),
  }
}

export type Stack = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  /** Process ids of `medusa start` and the storefront's `server.js` (and their children). */
  pids: () => { backend: number[]; storefront: number[] }
  stop: () => Promise<void>
}

const DATABASE = "ocop_marketplace"

/** Process ids below `root`, with their command lines. */
function descendants(root: number): { pid: number; cmd: string }[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; cmd: string }[] = []
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        out.push({ pid: child, cmd: fs.readFileSync(`/proc/${child}/cmdline`, "utf8").replace(/\0/g, " ") })
      } catch {
        continue
      }
      walk(child)
    }
  }
  walk(root)
  return out
}

/** Peak resident memory (VmHWM) of a process in MB, or null when it is gone. */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return match ? Math.round(Number(match[1]) / 1024) : null
  } catch {
    return null
  }
}

function launch(settings: StackSettings): Service {
  return startService("stack", process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "scripts", "start.ts")], {
    cwd: ROOT_DIR,
    env: {
      BACKEND_PORT: String(settings.backendPort),
      STOREFRONT_PORT: String(settings.storefrontPort),
      POSTGRES_PORT: String(settings.postgresPort),
      OCOP_DATA_DIR: settings.dataDir,
      MEDUSA_ADMIN: "false",
      LOG_LEVEL: process.env.LOG_LEVEL || "warn",
      OCOP_SEED_IMAGES: "false",
      // The servers' output (a line per request) goes to files, not through two Node processes of the machine under test.
      OCOP_SERVICE_LOGS: "files",
    },
  })
}

/** Stops `npm start` (which stops its services), then kills whatever of its process tree is left. */
async function stopService(service: Service) {
  if (service.child.exitCode !== null) return
  const tree = descendants(service.child.pid!)
  try {
    process.kill(-service.child.pid!, "SIGTERM")
  } catch {
    // already gone
  }
  await Promise.race([service.exited, new Promise((r) => setTimeout(r, 30_000))])
  for (const { pid } of [{ pid: service.child.pid! }, ...tree]) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

async function ready(service: Service, settings: StackSettings) {
  const alive = () => service.child.exitCode === null
  await waitForHttp(`http://127.0.0.1:${settings.backendPort}/health`, 900_000, alive)
  await waitForHttp(`http://127.0.0.1:${settings.storefrontPort}/favicon.svg`, 300_000, alive)
}

/** Starts the stack with the dataset in place (generating it first when its inputs changed). */
export async function startStack(settings = stackSettings()): Promise<Stack> {
  fs.mkdirSync(settings.dataDir, { recursive: true })
  // Postgres is started here, so the stack can be stopped and started again around the data generation.
  const postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.postgresPort, log: prefixer("postgres") })
  const databaseUrl = await ensureDatabase(postgres.serverUrl, DATABASE)
  let stack = launch(settings)
  try {
    await ready(stack, settings)
    const ledger = new StepLedger(settings.dataDir)
    const print = fingerprint(
      [path.join(ROOT_DIR, "bench", "lib", "prepare-bench.ts"), path.join(ROOT_DIR, "bench", "lib", "generated-catalog.ts"), path.join(SEED_DIR, "data")],
      [databaseUrl, String(settings.products), String(settings.batches)]
    )
    const present = await withDatabase(databaseUrl, async (db) => ({
      products: Number((await db.query("SELECT count(*) AS n FROM product WHERE deleted_at IS NULL")).rows[0].n),
      batches: Number((await db.query("SELECT count(*) AS n FROM production_batch WHERE deleted_at IS NULL")).rows[0].n),
    }))
    if (!ledger.isCurrent("bench-dataset", print) || present.products < settings.products || present.batches < settings.batches) {
      say(`generating the dataset: ${settings.products.toLocaleString("en")} products, ${settings.batches.toLocaleString("en")} batches (once; cached in ${path.relative(ROOT_DIR, settings.dataDir)})…`)
      await stopService(stack)
      const started = Date.now()
      await runStep("dataset", medusa, ["exec", path.relative(BACKEND_DIR, path.join(ROOT_DIR, "bench", "lib", "prepare-bench.ts"))], {
        cwd: BACKEND_DIR,
        env: {
          ...loadDevSecrets(settings.dataDir),
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          MEDUSA_ADMIN: "false",
          MEDUSA_DISABLE_TELEMETRY: "true",
          // The configuration wants a receiving account in production; the dataset never takes a payment.
          VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN || "970436",
          VIETQR_ACCOUNT_NO: process.env.VIETQR_ACCOUNT_NO || "0000000000",
          VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME || "CHO OCOP QUANG NINH (THU NGHIEM)",
          LOG_LEVEL: "info",
          BENCH_PRODUCTS: String(settings.products),
          BENCH_BATCHES: String(settings.batches),
        },
      })
      ledger.record("bench-dataset", print)
      ledger.record("bench-dataset-seconds", String(Math.round((Date.now() - started) / 1000)))
      stack = launch(settings)
      await ready(stack, settings)
    }
  } catch (error) {
    await stopAll()
    await postgres.stop().catch(() => {})
    throw error
  }
  const runtime = JSON.parse(fs.readFileSync(path.join(settings.dataDir, "runtime.json"), "utf8")) as { publishableKey: string }
  const running = stack
  return {
    backendUrl: `http://127.0.0.1:${settings.backendPort}`,
    storefrontUrl: `http://127.0.0.1:${settings.storefrontPort}`,
    databaseUrl,
    publishableKey: runtime.publishableKey,
    pids: () => {
      const all = descendants(running.child.pid!)
      return {
        backend: all.filter((p) => /medusa/.test(p.cmd) && /\bstart\b/.test(p.cmd)).map((p) => p.pid),
        storefront: all.filter((p) => /\bserver\.js\b/.test(p.cmd)).map((p) => p.pid),
      }
    },
    stop: async () => {
      await stopService(running)
      await stopAll()
      await postgres.stop().catch(() => {})
    },
  }
}

/** A short-lived client of the stack's database (for the samples and the checks after a load). */
export async function withDatabase<T>(databaseUrl: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    return await work(db)
  } finally {
    await db.end()
  }
}
