/**
 * The Medusa configuration as production reads it: it refuses to start without real
 * secrets (naming each), and with REDIS_URL it puts events, workflows, locks and the cache
 * in Redis and lets the HTTP server and the worker run as separate processes.
 */
import { randomBytes } from "node:crypto"

const VARIABLES = ["MEDUSA_BACKEND_URL", "STOREFRONT_URL", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS", "TRACE_RETIRED_PUBLIC_KEYS", "NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "TRACE_SIGNING_KEY", "REDIS_URL", "MEDUSA_WORKER_MODE", "MEDUSA_ADMIN", "VIETQR_BANK_BIN", "VIETQR_ACCOUNT_NO", "VIETQR_ACCOUNT_NAME", "STRIPE_API_KEY", "MEILISEARCH_HOST"]
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))
afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
})

/** medusa-config.ts evaluated afresh under the given environment. */
async function configWith(env: Record<string, string | undefined>) {
  for (const name of VARIABLES) delete process.env[name]
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value
  vi.resetModules()
  return (await import("../../medusa-config")).default as any
}

const strong = () => randomBytes(32).toString("hex")
const PRODUCTION = {
  NODE_ENV: "production",
  JWT_SECRET: strong(),
  COOKIE_SECRET: strong(),
  TRACE_SIGNING_KEY: "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t",
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NO: "0011004455667",
  VIETQR_ACCOUNT_NAME: "HTX CHO OCOP QUANG NINH",
}
const resolves = (config: any) => config.modules && Object.values(config.modules).map((m: any) => m.resolve)

describe("secrets", () => {
  it("production refuses to start without them, naming every missing one", async () => {
    await expect(configWith({ ...PRODUCTION, JWT_SECRET: undefined, COOKIE_SECRET: "", TRACE_SIGNING_KEY: undefined })).rejects.toThrow(
      /NODE_ENV=production needs its secrets — missing: JWT_SECRET, COOKIE_SECRET, TRACE_SIGNING_KEY\./,
    )
  })

  it("staging, or any environment but development and tests, needs them too", async () => {
    await expect(configWith({ ...PRODUCTION, NODE_ENV: "staging", JWT_SECRET: undefined })).rejects.toThrow(/NODE_ENV=staging needs its secrets — missing: JWT_SECRET\./)
    expect((await configWith({ NODE_ENV: "test" })).projectConfig.http.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
  })

  it("production refuses Medusa's example secret and short ones", async () => {
    await expect(configWith({ ...PRODUCTION, JWT_SECRET: "supersecret", COOKIE_SECRET: "abc123" })).rejects.toThrow(
      /too weak \(at least 32 random characters\): JWT_SECRET, COOKIE_SECRET/,
    )
  })

  it("production uses the secrets it is given", async () => {
    const config = await configWith(PRODUCTION)
    expect(config.projectConfig.http.jwtSecret).toBe(PRODUCTION.JWT_SECRET)
    expect(config.projectConfig.http.cookieSecret).toBe(PRODUCTION.COOKIE_SECRET)
  })

  it("development makes up random ones, never a fixed example", async () => {
    const first = await configWith({ NODE_ENV: "development" })
    const second = await configWith({ NODE_ENV: "development" })
    expect(first.projectConfig.http.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.projectConfig.http.jwtSecret).not.toBe(second.projectConfig.http.jwtSecret)
  })
})

describe("cookies and browser origins", () => {
  it("makes the admin session cookie Secure when the backend is served over https", async () => {
    expect((await configWith({ ...PRODUCTION, MEDUSA_BACKEND_URL: "https://api.cho-ocop.vn" })).projectConfig.cookieOptions).toMatchObject({ secure: true })
    expect((await configWith({ ...PRODUCTION, MEDUSA_BACKEND_URL: "http://127.0.0.1:9000" })).projectConfig.cookieOptions).toMatchObject({ secure: false })
  })

  it("lets only the configured origins call the API from a browser, the shop's by default", async () => {
    const defaults = (await configWith({ ...PRODUCTION, STOREFRONT_URL: "https://cho-ocop.vn", MEDUSA_BACKEND_URL: "https://api.cho-ocop.vn" })).projectConfig.http
    expect(defaults).toMatchObject({ storeCors: "https://cho-ocop.vn", adminCors: "https://api.cho-ocop.vn", authCors: "https://cho-ocop.vn,https://api.cho-ocop.vn" })
    const given = (await configWith({ ...PRODUCTION, STORE_CORS: "https://a.vn,https://b.vn" })).projectConfig.http
    expect(given.storeCors).toBe("https://a.vn,https://b.vn")
  })
})

describe("signing-key rotation", () => {
  const traceOptions = (config: any) => Object.values(config.modules).find((m: any) => String(m.resolve).endsWith("traceability/src")) as any
  const OLD_KEY = { kty: "OKP", crv: "Ed25519", x: "1katHgZQLLDNpdHV2p93Gm2re9WrCXdX7OHYoHgHNA8", kid: "a8ec3189cbded36a" }

  it("keeps verifying with the public keys published before the rotation", async () => {
    const config = await configWith({ ...PRODUCTION, TRACE_RETIRED_PUBLIC_KEYS: JSON.stringify([OLD_KEY]) })
    expect(traceOptions(config).options.retiredPublicKeys).toEqual([OLD_KEY])
    expect(traceOptions(await configWith(PRODUCTION)).options.retiredPublicKeys).toEqual([])
  })

  it("refuses anything but a list of Ed25519 public keys", async () => {
    await expect(configWith({ ...PRODUCTION, TRACE_RETIRED_PUBLIC_KEYS: '{"kid":"a"}' })).rejects.toThrow(/TRACE_RETIRED_PUBLIC_KEYS must be a JSON array of Ed25519 public JWKs/)
    await expect(configWith({ ...PRODUCTION, TRACE_RETIRED_PUBLIC_KEYS: "[oops" })).rejects.toThrow(/TRACE_RETIRED_PUBLIC_KEYS/)
  })
})

describe("Redis and worker mode", () => {
  it("without REDIS_URL keeps Medusa's in-process modules and one shared process", async () => {
    const config = await configWith({ NODE_ENV: "development" })
    expect(config.projectConfig.redisUrl).toBeUndefined()
    expect(config.projectConfig.workerMode).toBe("shared")
    expect(resolves(config)).not.toContain("@medusajs/medusa/event-bus-redis")
  })

  it("with REDIS_URL puts the event bus, workflow engine, locks and cache in Redis", async () => {
    const config = await configWith({ ...PRODUCTION, REDIS_URL: "redis://10.0.0.5:6379/0" })
    expect(config.projectConfig.redisUrl).toBe("redis://10.0.0.5:6379/0")
    const modules = config.modules as Record<string, any>
    expect(modules.event_bus.resolve).toBe("@medusajs/medusa/event-bus-redis")
    expect(modules.workflows.resolve).toBe("@medusajs/medusa/workflow-engine-redis")
    expect(modules.workflows.options.redis.redisUrl).toBe("redis://10.0.0.5:6379/0")
    expect(modules.locking.options.providers[0]).toMatchObject({ resolve: "@medusajs/medusa/locking-redis", is_default: true })
    expect(modules.cache.resolve).toBe("@medusajs/medusa/cache-redis")
    expect(modules.caching.options.providers[0]).toMatchObject({ resolve: "@medusajs/medusa/caching-redis", options: { redisUrl: "redis://10.0.0.5:6379/0" } })
  })

  it("runs a worker without the admin, and refuses to split without Redis or with an unknown mode", async () => {
    const worker = await configWith({ ...PRODUCTION, REDIS_URL: "redis://10.0.0.5:6379", MEDUSA_WORKER_MODE: "worker" })
    expect(worker.projectConfig.workerMode).toBe("worker")
    expect(worker.admin.disable).toBe(true)
    await expect(configWith({ ...PRODUCTION, MEDUSA_WORKER_MODE: "worker" })).rejects.toThrow(/MEDUSA_WORKER_MODE=worker needs REDIS_URL/)
    // Medusa's one-off commands (db:migrate, exec, user) run as `server` on their own, Redis or not.
    expect((await configWith({ ...PRODUCTION, MEDUSA_WORKER_MODE: "server" })).projectConfig.workerMode).toBe("server")
    const argv = process.argv
    process.argv = [...argv, "start"]
    try {
      await expect(configWith({ ...PRODUCTION, MEDUSA_WORKER_MODE: "server" })).rejects.toThrow(/MEDUSA_WORKER_MODE=server needs REDIS_URL/)
    } finally {
      process.argv = argv
    }
    await expect(configWith({ ...PRODUCTION, REDIS_URL: "redis://x", MEDUSA_WORKER_MODE: "both" })).rejects.toThrow(/shared, server or worker, not "both"/)
  })
})
