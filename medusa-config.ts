/**
 * The one Medusa configuration of the marketplace.
 *
 * Medusa reads `medusa-config.ts` from the directory it runs in (`backend/`), so
 * `backend/medusa-config.ts` re-exports this file. Everything that differs between
 * a laptop and production comes from the environment; see README.md.
 */
import path from "node:path"
import { randomBytes } from "node:crypto"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

const BACKEND_DIR = path.join(__dirname, "backend")
loadEnv(process.env.NODE_ENV || "development", BACKEND_DIR)

const isProduction = process.env.NODE_ENV === "production"

/** The secrets production cannot run without (`npm start` generates them into `.data/secrets.json`). */
const PRODUCTION_SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "TRACE_SIGNING_KEY"] as const

/** Random stand-ins for missing secrets are for a laptop and the tests only. */
const environment = process.env.NODE_ENV || "development"
const secretsRequired = environment !== "development" && environment !== "test"

/**
 * Outside development and tests (production, staging, …), stops the start naming every
 * missing or weak secret at once (a guessable value such as Medusa's `supersecret` example
 * counts as weak); see docs/deploy.md.
 */
function requireProductionSecrets() {
  if (!secretsRequired) return
  const missing = PRODUCTION_SECRETS.filter((name) => !process.env[name]?.trim())
  const weak = (["JWT_SECRET", "COOKIE_SECRET"] as const).filter((name) => {
    const value = process.env[name]?.trim()
    return value && (value.length < 32 || /^(supersecret|secret|changeme)$/i.test(value))
  })
  const problems = [
    missing.length ? `missing: ${missing.join(", ")}` : "",
    weak.length ? `too weak (at least 32 random characters): ${weak.join(", ")}` : "",
  ].filter(Boolean)
  if (problems.length) {
    throw new Error(`NODE_ENV=${environment} needs its secrets — ${problems.join("; ")}. See docs/deploy.md for how to generate them.`)
  }
}
requireProductionSecrets()

/** A secret from the environment; outside production a random per-process value stands in. */
function secret(name: string): string {
  return process.env[name] || randomBytes(32).toString("hex")
}

/**
 * The Ed25519 key that signs published batch records (PKCS#8 PEM, or that PEM in base64).
 * Required in production; `npm start` generates one into the data folder.
 */
function traceSigningKey(): string | undefined {
  const value = process.env.TRACE_SIGNING_KEY
  if (value) return value.includes("BEGIN") ? value : Buffer.from(value, "base64").toString("utf8")
  return undefined
}

/**
 * Public keys of earlier signing keys (TRACE_RETIRED_PUBLIC_KEYS, a JSON array of the JWKs
 * `/store/trace/keys` published before a rotation): records they signed keep verifying, and
 * the keys stay published for anyone checking an old label (docs/deploy.md).
 */
function retiredTracePublicKeys(): { kty: "OKP"; crv: "Ed25519"; x: string; kid: string }[] {
  const text = process.env.TRACE_RETIRED_PUBLIC_KEYS?.trim()
  if (!text) return []
  let keys: unknown
  try {
    keys = JSON.parse(text)
  } catch {
    keys = null
  }
  const valid = (k: any) => k && k.kty === "OKP" && k.crv === "Ed25519" && typeof k.x === "string" && typeof k.kid === "string"
  if (!Array.isArray(keys) || !keys.every(valid)) {
    throw new Error('TRACE_RETIRED_PUBLIC_KEYS must be a JSON array of Ed25519 public JWKs, e.g. [{"kty":"OKP","crv":"Ed25519","x":"…","kid":"…"}], as GET /store/trace/keys lists them')
  }
  return keys.map(({ kty, crv, x, kid }: any) => ({ kty, crv, x, kid }))
}

const storefrontUrl = process.env.STOREFRONT_URL ?? "http://127.0.0.1:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://127.0.0.1:9000"

/**
 * Redis (docs/deploy.md). Unset: Medusa's in-process event bus, workflow engine, locks and
 * cache, fine for one process. Set: all of them, the admin sessions and the rate limits live
 * in Redis, shared by every server and worker process.
 */
const redisUrl = process.env.REDIS_URL?.trim() || undefined

/**
 * MEDUSA_WORKER_MODE: `shared` (default; HTTP and background work in one process), `server`
 * (HTTP only) or `worker` (subscribers, scheduled jobs and workflow steps only). Splitting
 * needs Redis: without it a server's events would never reach the worker.
 */
function workerMode(): "shared" | "server" | "worker" {
  const mode = process.env.MEDUSA_WORKER_MODE?.trim() || "shared"
  if (mode !== "shared" && mode !== "server" && mode !== "worker") {
    throw new Error(`MEDUSA_WORKER_MODE must be shared, server or worker, not "${mode}"`)
  }
  // A worker without Redis would never hear of the server's events. Medusa's own one-off
  // commands (db:migrate, exec, user) set `server` themselves to keep background work off,
  // so `server` without Redis is refused only for a long-running `medusa start`.
  const longRunningServer = mode === "server" && process.argv.includes("start")
  if ((mode === "worker" || longRunningServer) && !redisUrl) {
    throw new Error(`MEDUSA_WORKER_MODE=${mode} needs REDIS_URL: without Redis the server's events never reach the worker`)
  }
  return mode
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: workerMode(),
    databaseLogging: false,
    // Session cookies are Secure exactly when the backend is served over https (a laptop's
    // http://127.0.0.1 would otherwise never get its admin session cookie back).
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    http: {
      storeCors: process.env.STORE_CORS ?? storefrontUrl,
      adminCors: process.env.ADMIN_CORS ?? backendUrl,
      authCors: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      // Producer members log in as the `producer` actor with email and password (docs/producer-api.md).
      authMethodsPerActor: { producer: ["emailpass"] },
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN === "false" || workerMode() === "worker",
    backendUrl,
  },
  modules: [
    ...redisModules(),
    { resolve: path.join(BACKEND_DIR, "src", "modules", "ocop") },
    {
      resolve: path.join(__dirname, "traceability", "src"),
      options: {
        signingKeyPem: traceSigningKey(),
        retiredPublicKeys: retiredTracePublicKeys(),
        gs1CompanyPrefix: process.env.GS1_COMPANY_PREFIX,
        publicBaseUrl: process.env.TRACE_PUBLIC_BASE_URL ?? storefrontUrl,
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            // Uploaded and seeded images live in backend/static, which Medusa serves at /static.
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: path.join(BACKEND_DIR, "static"), backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    // Payment providers (Medusa keeps its system provider `pp_system_default` too); see paymentProviders() below.
    { resolve: "@medusajs/medusa/payment", options: { providers: paymentProviders() } },
    // Search (docs/search.md): Medusa's Search Module; see searchModuleOptions() below.
    { resolve: "@medusajs/medusa/search", options: searchModuleOptions() },
    // Producer orders (docs/decisions/0002-producer-orders.md): each producer's part of an order.
    { resolve: path.join(BACKEND_DIR, "src", "modules", "marketplace") },
    // Delivery: Medusa's manual provider, and producers shipping one parcel each (`ocop-delivery_ocop-delivery`).
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: path.join(BACKEND_DIR, "src", "modules", "ocop-delivery"), id: "ocop-delivery" },
        ],
      },
    },
  ],
})

/**
 * Payment providers: cash on delivery (`pp_cod_cod`), VietQR bank transfer
 * (`pp_vietqr_vietqr`), and cards through Stripe (`pp_stripe_stripe`, webhooks at
 * `/hooks/payment/stripe_stripe`) when STRIPE_API_KEY is set. STRIPE_API_BASE points the
 * Stripe client at another API origin (the test fake in tests/stripe-fake).
 */
function paymentProviders() {
  const modules = path.join(BACKEND_DIR, "src", "modules")
  const providers: { resolve: string; id: string; options?: Record<string, unknown> }[] = [
    { resolve: path.join(modules, "cod-payment"), id: "cod" },
    { resolve: path.join(modules, "vietqr-payment"), id: "vietqr", options: vietQrAccount() },
  ]
  const apiKey = process.env.STRIPE_API_KEY
  if (apiKey) {
    if (isProduction && !process.env.STRIPE_WEBHOOK_SECRET) {
      throw new Error("STRIPE_WEBHOOK_SECRET must be set with STRIPE_API_KEY when NODE_ENV=production")
    }
    providers.push({
      resolve: path.join(modules, "stripe-payment"),
      id: "stripe",
      options: { apiKey, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET, apiBase: process.env.STRIPE_API_BASE || undefined },
    })
  }
  return providers
}

/**
 * The account VietQR transfers go to. Required in production; elsewhere a placeholder
 * account (a banking app that scans it shows an unknown beneficiary: do not pay it).
 */
function vietQrAccount() {
  const account = {
    bankBin: process.env.VIETQR_BANK_BIN,
    accountNo: process.env.VIETQR_ACCOUNT_NO,
    accountName: process.env.VIETQR_ACCOUNT_NAME,
  }
  if (account.bankBin && account.accountNo && account.accountName) return account
  if (isProduction || account.bankBin || account.accountNo || account.accountName) {
    throw new Error("VIETQR_BANK_BIN, VIETQR_ACCOUNT_NO and VIETQR_ACCOUNT_NAME must be set together (and are required when NODE_ENV=production)")
  }
  return { bankBin: "970436", accountNo: "0000000000", accountName: "CHO OCOP QUANG NINH (THU NGHIEM)" }
}

/**
 * Search: the Vietnamese Postgres provider (`search-postgres-vi`, no extra server) is the
 * default; MEILISEARCH_HOST (with MEILISEARCH_API_KEY) registers the Meilisearch provider and
 * makes it the default, after which `medusa db:migrate` moves the indexes there and the next
 * start fills them. Medusa's own Postgres provider stays registered for its migration
 * (the catalog table, pg_trgm and unaccent), which the Vietnamese one builds on.
 */
function searchModuleOptions() {
  const modules = path.join(BACKEND_DIR, "src", "modules")
  const meilisearchHost = process.env.MEILISEARCH_HOST
  const providers: { resolve: string; id: string; options?: Record<string, unknown> }[] = [
    { resolve: "@medusajs/medusa/search-postgres", id: "postgres" },
    { resolve: path.join(modules, "search-postgres-vi"), id: "postgres-vi" },
  ]
  if (meilisearchHost) {
    providers.push({
      resolve: path.join(modules, "search-meilisearch"),
      id: "meilisearch",
      options: { host: meilisearchHost, api_key: process.env.MEILISEARCH_API_KEY },
    })
  }
  return { default_provider: meilisearchHost ? "search-meilisearch" : "search-postgres-vi", providers }
}

/**
 * Medusa's Redis modules when REDIS_URL is set (the set Medusa Cloud uses): the event bus
 * (BullMQ queues), the workflow engine (long-running workflows, retries and scheduled jobs
 * across processes), locking (e.g. the last unit in stock is sold once), the cache, and the
 * Caching module with its Redis provider.
 */
function redisModules() {
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
    },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/caching",
      options: { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] },
    },
  ]
}
