/**
 * Hardening over HTTP: repeated sign-ins, order look-ups and label scans are refused
 * with 429, a wait in words and Retry-After, per client address and without writing;
 * the Store API answers only the configured browser origins; unreadable bodies get a
 * 400 or 413 that says why.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { adminHeaders } from "../helpers/admin"

// medusa-config.ts and the budgets are read when the runner boots: small budgets, one shop origin.
const SHOP_ORIGIN = "https://cho-ocop.test"
process.env.RATE_LIMIT_LOGIN = "3/1m"
process.env.RATE_LIMIT_REGISTER = "2/1m"
process.env.RATE_LIMIT_ORDER_LOOKUP = "2/1m"
process.env.RATE_LIMIT_TRACE_SCANS = "3/1m"
process.env.STORE_CORS = SHOP_ORIGIN

/** Medusa trusts one proxy hop, so each test speaks from its own client address. */
let lastAddress = 10
const newClient = () => ({ "x-forwarded-for": `203.0.113.${++lastAddress}` })

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const store = (headers: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": setup.publishableKey, ...headers } })
    const rows = async (table: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [{ count }] = await knex(table).count("* as count")
      return Number(count)
    }

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
      await adminHeaders(api, getContainer(), "operator@ocop.test")
    })

    describe("rate limits", () => {
      it("refuse a fourth sign-in within the minute with 429, Retry-After and a wait in words", async () => {
        const client = newClient()
        const signIn = (password: string) => fail(api.post("/auth/user/emailpass", { email: "operator@ocop.test", password }, { headers: client }))
        for (const password of ["sai-1", "sai-2"]) expect((await signIn(password)).status).toBe(401)
        expect((await signIn("mat-khau-thu-nghiem")).status).toBe(200)
        const refused = await signIn("mat-khau-thu-nghiem")
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(60)
        expect(refused.data.message).toMatch(/^Too many sign-in attempts from your network\. Wait (\d+ seconds?|1 minute), then try again\.$/)
      })

      it("keep each client address, account and kind of account apart", async () => {
        const client = newClient()
        const signIn = (actor: string, email: string, password = "sai", from = client) => fail(api.post(`/auth/${actor}/emailpass`, { email, password }, { headers: from }))
        for (let i = 0; i < 3; i++) await signIn("user", "operator@ocop.test")
        expect((await signIn("user", " Operator@OCOP.test ")).status).toBe(429)
        // Another account signing in from the same address (the storefront's server signs many people in) …
        expect((await signIn("user", "ke-toan@ocop.test")).status).toBe(401)
        // … a shopper of the same e-mail address …
        expect((await signIn("customer", "operator@ocop.test")).status).toBe(401)
        // … and the same account from the next address each have a budget of their own.
        expect((await signIn("user", "operator@ocop.test", "mat-khau-thu-nghiem", newClient())).status).toBe(200)
      })

      it("give each visitor behind the storefront a budget of its own, as the storefront passes the visitor's address", async () => {
        // The storefront's server makes every visitor's call from its own address and sends the
        // visitor's as X-Forwarded-For (storefront/app/lib/visitor.server.ts): here, two visitors.
        const lan = newClient()
        const mai = newClient()
        const signIn = (visitor: Record<string, string>) => fail(api.post("/auth/producer/emailpass", { email: "co-so@ocop.test", password: "sai" }, { headers: visitor }))
        for (let i = 0; i < 3; i++) expect((await signIn(lan)).status).toBe(401)
        const refused = await signIn(lan)
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(/^Too many sign-in attempts from your network/)
        expect((await signIn(mai)).status).toBe(401)
        // Creating a login counts per address only: one visitor's registrations leave the other's alone.
        const register = (email: string, visitor: Record<string, string>) =>
          fail(api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-du-dai" }, { headers: visitor }))
        expect((await register("lan-1@ocop.test", lan)).status).toBe(200)
        expect((await register("lan-2@ocop.test", lan)).status).toBe(200)
        expect((await register("lan-3@ocop.test", lan)).status).toBe(429)
        expect((await register("mai@ocop.test", mai)).status).toBe(200)
      })

      it("refuse a third order look-up within the minute", async () => {
        const client = newClient()
        const lookUp = (display_id: number) => fail(api.post("/store/order-lookup", { email: "lan@example.vn", display_id }, store(client)))
        expect((await lookUp(99999)).status).toBe(404)
        expect((await lookUp(99998)).status).toBe(404)
        const refused = await lookUp(99997)
        expect(refused.status).toBe(429)
        expect(refused.headers["retry-after"]).toMatch(/^\d+$/)
        expect(refused.data.message).toMatch(/Too many order look-ups/)
      })

      it("stop counting a label's scans once the client's budget is spent", async () => {
        const client = newClient()
        const before = await rows("trace_scan")
        const scan = () => fail(api.post("/store/trace/scans", { scans: [{ gtin: "08939999000017", client: "phone" }] }, store(client)))
        for (let i = 0; i < 3; i++) expect((await scan()).status).toBe(201)
        const refused = await scan()
        expect(refused.status).toBe(429)
        expect(refused.data.message).toMatch(/Too many label scans/)
        // Scans are written in the background within a second (docs/traceability.md): wait for the
        // three accepted ones, then past one more flush, and the refused one never arrives.
        const deadline = Date.now() + 10_000
        while ((await rows("trace_scan")) < before + 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
        await new Promise((r) => setTimeout(r, 1_500))
        expect(await rows("trace_scan")).toBe(before + 3)
      })
    })

    describe("browser origins", () => {
      it("let the configured shop read the Store API", async () => {
        const response = await api.get("/store/catalog/facets", store({ origin: SHOP_ORIGIN }))
        expect(response.headers["access-control-allow-origin"]).toBe(SHOP_ORIGIN)
        expect(response.headers["access-control-allow-credentials"]).toBe("true")
      })

      it("give any other origin no permission", async () => {
        const response = await api.get("/store/catalog/facets", store({ origin: "https://lua-dao.example" }))
        expect(response.headers["access-control-allow-origin"]).toBeUndefined()
        const preflight = await fail(api.options("/store/order-lookup", { headers: { origin: "https://lua-dao.example", "access-control-request-method": "POST" } }))
        expect(preflight.headers["access-control-allow-origin"]).toBeUndefined()
      })
    })

    describe("unreadable bodies", () => {
      const raw = (body: string, headers: Record<string, string> = {}) =>
        fail(api.post("/store/order-lookup", body, { ...store({ "content-type": "application/json", ...newClient(), ...headers }), transformRequest: [(data: string) => data] }))

      it("answer malformed JSON with 400 and say it is not JSON", async () => {
        const response = await raw('{"email": "lan@example.vn", ')
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^The request body is not valid JSON/)
      })

      it("answer a body over 100 kB with 413", async () => {
        const response = await raw(JSON.stringify({ email: "lan@example.vn", display_id: 1, note: "a".repeat(150_000) }))
        expect(response.status).toBe(413)
        expect(response.data.message).toMatch(/too large: at most 100 kB/)
      })
    })
  },
})
