/**
 * `npm start` (and `npm run dev` with --dev): the whole marketplace on one machine.
 *
 * Postgres (embedded unless DATABASE_URL is set) → migrations → builds → seed on
 * first run → backend + storefront, with prefixed logs. Ctrl-C stops everything.
 */
import fs from "node:fs"
import path from "node:path"
import { BACKEND_DIR, ROOT_DIR, SEED_DIR, STOREFRONT_DIR, readStartConfig } from "./lib/config.ts"
import { StepLedger, fingerprint } from "./lib/fingerprint.ts"
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "./lib/postgres.ts"
import { prefixer, runStep, startService, stopAll, waitForHttp, type Service } from "./lib/processes.ts"
import { loadDevSecrets } from "./lib/secrets.ts"

const config = readStartConfig()
const say = prefixer("start")
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
/** An npm binary, from the workspace's own node_modules when npm nested it there, else the root's. */
const bin = (name: string, workspace = ROOT_DIR) =>
  [workspace, ROOT_DIR].map((dir) => path.join(dir, "node_modules", ".bin", name)).find((file) => fs.existsSync(file)) ?? name
const LOCKFILE = path.join(ROOT_DIR, "package-lock.json")

let postgres: RunningPostgres | undefined
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  say("stopping…")
  await stopAll()
  await postgres?.stop().catch(() => {})
  say("stopped")
  process.exit(code)
}
process.on("SIGINT", () => void shutdown(130))
process.on("SIGTERM", () => void shutdown(143))
process.on("SIGHUP", () => void shutdown(129))

async function database(): Promise<string> {
  if (config.databaseUrl) {
    say("using the Postgres of DATABASE_URL")
    return config.databaseUrl
  }
  const pgLog = prefixer("postgres")
  postgres = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.postgresPort, log: pgLog })
  const url = await ensureDatabase(postgres.serverUrl, config.databaseName)
  say(`embedded Postgres ready on 127.0.0.1:${config.postgresPort} (${seconds()})`)
  return url
}

async function main() {
  if (process.env.OCOP_RESET_DATA === "true") {
    say(`OCOP_RESET_DATA=true: starting from an empty ${path.relative(ROOT_DIR, config.dataDir)}`)
    fs.rmSync(config.dataDir, { recursive: true, force: true })
  }
  fs.mkdirSync(config.dataDir, { recursive: true })
  const ledger = new StepLedger(config.dataDir)
  const databaseUrl = await database()
  // Secrets given in the environment win; the others are generated once into the data folder.
  const generated = loadDevSecrets(config.dataDir)
  const secrets = {
    JWT_SECRET: process.env.JWT_SECRET || generated.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || generated.COOKIE_SECRET,
    TRACE_SIGNING_KEY: process.env.TRACE_SIGNING_KEY || generated.TRACE_SIGNING_KEY,
  }

  // VietQR needs a receiving bank account; a laptop run uses a placeholder nobody should pay.
  const vietQr = {
    VIETQR_BANK_BIN: process.env.VIETQR_BANK_BIN || "970436",
    VIETQR_ACCOUNT_NO: process.env.VIETQR_ACCOUNT_NO || "0000000000",
    VIETQR_ACCOUNT_NAME: process.env.VIETQR_ACCOUNT_NAME || "CHO OCOP QUANG NINH (THU NGHIEM)",
  }
  if (!process.env.VIETQR_ACCOUNT_NO) say("VietQR transfers go to a placeholder account: set VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME for real ones")

  const backendEnv: NodeJS.ProcessEnv = {
    ...secrets,
    ...vietQr,
    NODE_ENV: config.dev ? "development" : "production",
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: config.backendUrl,
    STOREFRONT_URL: config.storefrontUrl,
    MEDUSA_ADMIN: String(config.admin),
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const inBackend = { cwd: BACKEND_DIR, env: backendEnv }

  // Migrations, the admin build and the storefront build do not depend on each other.
  const backendSources = [path.join(BACKEND_DIR, "src"), path.join(ROOT_DIR, "traceability", "src"), path.join(ROOT_DIR, "medusa-config.ts"), LOCKFILE]
  const migrationPrint = fingerprint(backendSources, [databaseUrl])
  const migrate = ledger.isCurrent("migrations", migrationPrint)
    ? Promise.resolve(say("database schema is up to date"))
    : runStep("migrate", bin("medusa", BACKEND_DIR), ["db:migrate"], inBackend).then(() => ledger.record("migrations", migrationPrint))

  const adminPrint = fingerprint([path.join(BACKEND_DIR, "src", "admin"), path.join(ROOT_DIR, "medusa-config.ts"), LOCKFILE])
  const adminIndex = path.join(BACKEND_DIR, "public", "admin", "index.html")
  const buildAdmin =
    config.dev || !config.admin || (ledger.isCurrent("admin", adminPrint) && fs.existsSync(adminIndex))
      ? Promise.resolve()
      : runStep("admin", bin("medusa", BACKEND_DIR), ["build", "--admin-only"], inBackend).then(() => {
          linkAdminBuild()
          ledger.record("admin", adminPrint)
        })

  const storefrontPrint = fingerprint([path.join(STOREFRONT_DIR, "app"), path.join(STOREFRONT_DIR, "public"), path.join(STOREFRONT_DIR, "vite.config.ts"), path.join(STOREFRONT_DIR, "react-router.config.ts"), LOCKFILE])
  const buildStorefront =
    config.dev || (ledger.isCurrent("storefront", storefrontPrint) && fs.existsSync(path.join(STOREFRONT_DIR, "build", "server", "index.js")))
      ? Promise.resolve()
      : runStep("build", bin("react-router", STOREFRONT_DIR), ["build"], { cwd: STOREFRONT_DIR, env: { NODE_ENV: "production" } }).then(() =>
          ledger.record("storefront", storefrontPrint)
        )

  await migrate
  say(`migrations done (${seconds()})`)

  // Store set-up (region, sales channel, publishable key) and the seed, on first run or when the seed changed.
  const runtimeFile = path.join(config.dataDir, "runtime.json")
  const seedPrint = fingerprint([path.join(SEED_DIR, "src"), path.join(SEED_DIR, "data")], [databaseUrl, String(config.seed)])
  if (!ledger.isCurrent("seed", seedPrint) || !fs.existsSync(runtimeFile)) {
    const args = ["exec", path.relative(BACKEND_DIR, path.join(SEED_DIR, "src", "run.ts"))]
    const seedEnv = { ...backendEnv, OCOP_RUNTIME_FILE: runtimeFile, OCOP_SEED_CATALOG: String(config.seed) }
    await runStep("seed", bin("medusa", BACKEND_DIR), args, { cwd: BACKEND_DIR, env: seedEnv })
    ledger.record("seed", seedPrint)
    say(`seed done (${seconds()})`)
  }
  const runtime = JSON.parse(fs.readFileSync(runtimeFile, "utf8")) as { publishableKey: string }

  await Promise.all([buildAdmin, buildStorefront])

  const backend = startService(
    "backend",
    bin("medusa", BACKEND_DIR),
    [config.dev ? "develop" : "start", "--host", config.host, "--port", String(config.backendPort)],
    { ...inBackend, logFile: config.logDir && path.join(config.logDir, "backend.log") }
  )
  stopEverythingWhenItExits(backend)
  const alive = (s: Service) => () => s.child.exitCode === null
  // The storefront renders from the backend: start it once the backend answers, so no page fails meanwhile.
  await waitForHttp(`${config.backendUrl}/health`, 180_000, alive(backend))

  const storefrontEnv = {
    NODE_ENV: config.dev ? "development" : "production",
    MEDUSA_BACKEND_URL: config.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: runtime.publishableKey,
    HOST: config.host,
    PORT: String(config.storefrontPort),
  }
  const storefront = config.dev
    ? startService("storefront", bin("react-router", STOREFRONT_DIR), ["dev", "--host", config.host, "--port", String(config.storefrontPort), "--strictPort"], { cwd: STOREFRONT_DIR, env: storefrontEnv })
    : startService("storefront", process.execPath, ["server.js"], {
        cwd: STOREFRONT_DIR,
        env: storefrontEnv,
        logFile: config.logDir && path.join(config.logDir, "storefront.log"),
      })
  stopEverythingWhenItExits(storefront)
  // A static file: the home page's time grows with the catalog, the server's readiness does not.
  await waitForHttp(`${config.storefrontUrl}/favicon.svg`, 120_000, alive(storefront))

  say(`ready in ${seconds()}`)
  say(`  Storefront    ${config.storefrontUrl}`)
  say(`  Store API     ${config.backendUrl}/store`)
  if (config.admin) say(`  Medusa Admin  ${config.backendUrl}/app`)
  say(`  Postgres      ${databaseUrl.replace(/:[^:@/]+@/, ":***@")}`)
  say("Press Ctrl-C to stop.")
}

/** A service that dies takes the others down with it, so nothing is left half-running. */
function stopEverythingWhenItExits(service: Service) {
  service.exited.then((code) => {
    if (!stopping) {
      say(`${service.name} exited with code ${code}; stopping everything`)
      void shutdown(1)
    }
  })
}

/** `medusa start` serves the admin from backend/public/admin; `medusa build --admin-only` writes .medusa/admin. */
function linkAdminBuild() {
  const target = path.join(BACKEND_DIR, "public", "admin")
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.rmSync(target, { recursive: true, force: true })
  fs.symlinkSync(path.join("..", ".medusa", "admin"), target)
}

main().catch((error) => {
  say(error instanceof Error ? error.message : String(error))
  void shutdown(1)
})
