/**
 * The production Redis set-up with Debian's redis-server: Medusa booted with REDIS_URL
 * sends a new product's event through Redis to the search subscriber, and the rate limit
 * is one budget for every process that shares the Redis (docs/deploy.md).
 * CI installs redis-server (.ci/run); without it this file fails and says so.
 */
import path from "node:path"
import { createHash } from "node:crypto"
import { execFileSync, spawn, type ChildProcess } from "node:child_process"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Redis from "ioredis"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { ratedProduct } from "../helpers/catalog-fixtures"
import { freePort } from "../../../scripts/lib/ports"
import { eventually } from "../helpers/eventually"

const BACKEND_DIR = path.resolve(__dirname, "../..")
const ORDER_LOOKUPS = 4


function redisServerBinary(): string {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim()
  } catch {
    throw new Error("redis-server is not installed: `apt-get install -y redis-server` (CI does it in .ci/run)")
  }
}

/** A connection to the freshly started server, once it accepts them (within 10 s). */
async function connectWhenReady(url: string): Promise<Redis> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null })
    client.on("error", () => {})
    try {
      await client.connect()
      if ((await client.ping()) === "PONG") return client
    } catch (error) {
      client.disconnect()
      if (Date.now() > deadline) throw new Error(`redis-server did not answer at ${url}: ${(error as Error).message}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

let server: ChildProcess | undefined
let redis: Redis
const savedEnv = { REDIS_URL: process.env.REDIS_URL, RATE_LIMIT_ORDER_LOOKUP: process.env.RATE_LIMIT_ORDER_LOOKUP }

// medusa-config.ts is read when the runner boots: Redis must answer first.
beforeAll(async () => {
  const port = await freePort()
  server = spawn(redisServerBinary(), ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
  redis = await connectWhenReady(`redis://127.0.0.1:${port}`)
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`
  process.env.RATE_LIMIT_ORDER_LOOKUP = `${ORDER_LOOKUPS}/1m`
})
afterAll(async () => {
  // The counters Medusa itself loaded (Node's require cache), not a second copy through Vitest.
  await require("../../src/lib/rate-limit").closeRateLimitCounters()
  await redis?.quit()
  server?.kill("SIGTERM")
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})


/** The order-lookup counter of one client address and e-mail address (backend/src/api/rate-limits.ts). */
const lookupKey = (client: string, email: string) => `order_lookup:${createHash("sha256").update(email).digest("hex").slice(0, 16)}:${client}`

/** Another Node process spending `hits` requests of a client's order-lookup budget in the shared Redis. */
function spendInAnotherProcess(key: string, hits: number): Promise<string> {
  const script = `
    require("ts-node").register({ project: ${JSON.stringify(path.join(BACKEND_DIR, "tsconfig.json"))}, transpileOnly: true, swc: true })
    const Redis = require("ioredis")
    const { RedisWindowCounters } = require(${JSON.stringify(path.join(BACKEND_DIR, "src/lib/rate-limit/counters.ts"))})
    const redis = new Redis(process.env.REDIS_URL)
    const counters = new RedisWindowCounters(redis)
    ;(async () => {
      let last
      for (let i = 0; i < ${hits}; i++) last = await counters.hit(${JSON.stringify(key)}, 60000)
      process.stdout.write(String(last.count) + " pid " + process.pid)
      await redis.quit()
    })().catch((e) => { console.error(e); process.exit(1) })`
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", script], { cwd: BACKEND_DIR, env: process.env, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    let err = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (err += d))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`the other process failed: ${err}`))))
  })
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    const store = (headers: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": setup.publishableKey, ...headers } })
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
    })

    it("carries a new product's event through Redis to the search index", async () => {
      const jobsBefore = Number((await redis.get("RedisEventBusService:events-queue:id")) ?? 0)
      await ratedProduct(getContainer(), { salesChannelId: setup.salesChannelId, handle: "mien-dong-binh-lieu", title: "Miến dong Bình Liêu", price: 65000, producerHandle: "htx-binh-lieu", producerName: "HTX Miến dong Bình Liêu", star: 4 })
      await eventually(async () => {
        const { data } = await api.get(`/store/search?q=${encodeURIComponent("mien dong binh lieu")}`, store())
        expect(data.hits.map((h: { handle: string }) => h.handle)).toContain("mien-dong-binh-lieu")
      })
      // The events went into the BullMQ queue of Medusa's Redis event bus, not an in-process emitter.
      expect(Number(await redis.get("RedisEventBusService:events-queue:id"))).toBeGreaterThan(jobsBefore)
    })

    it("runs the workflow engine's queues in Redis", async () => {
      const keys = await redis.keys("*")
      expect(keys.some((key) => key.startsWith("bull:medusa-workflows"))).toBe(true)
    })

    it("shares one rate-limit budget between processes", async () => {
      const client = "198.51.100.23"
      const lookUp = () => fail(api.post("/store/order-lookup", { email: "lan@example.vn", display_id: 4242 }, store({ "x-forwarded-for": client })))
      expect((await lookUp()).status).toBe(404)
      // Another process (another server instance) spends the rest of this client's budget …
      const other = await spendInAnotherProcess(lookupKey(client, "lan@example.vn"), ORDER_LOOKUPS - 1)
      expect(other).toMatch(new RegExp(`^${ORDER_LOOKUPS} pid (\\d+)$`))
      expect(Number(/pid (\d+)/.exec(other)![1])).not.toBe(process.pid)
      // … so this server refuses the next look-up at once.
      const refused = await lookUp()
      expect(refused.status).toBe(429)
      expect(refused.data.message).toMatch(/Too many order look-ups/)
      expect(Number(await redis.get(`ocop:rate-limit:${lookupKey(client, "lan@example.vn")}`))).toBe(ORDER_LOOKUPS + 1)
    })
  },
})
