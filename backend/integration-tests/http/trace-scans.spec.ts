/**
 * Label scans as the storefront reports them: the scans of a second in one request,
 * each with its visitor's address. Each visitor spends a scan budget of its own; a
 * caller that is not a storefront server (TRACE_SCAN_REPORTERS) spends its own budget
 * for every scan it sends, whatever visitors it names; a scan past its budget is not
 * counted, and a report of nothing but such scans gets 429 with a wait in words.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureStoreSetup, type StoreSetup } from "../../../seed/src/store-setup"
import { eventually } from "../helpers/eventually"

// Read when the runner boots: three scans per visitor per minute.
process.env.RATE_LIMIT_TRACE_SCANS = "3/1m"

const GTIN = "08939999000017"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    const fail = (promise: Promise<unknown>) => promise.then((r: any) => r, (e: any) => e.response)
    const report = (scans: Record<string, unknown>[], headers: Record<string, string> = {}) =>
      fail(api.post("/store/trace/scans", { scans }, { headers: { "x-publishable-api-key": setup.publishableKey, ...headers } }))
    const stored = async (city: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const [{ count }] = await knex("trace_scan").where({ city }).count("* as count")
      return Number(count)
    }
    const scan = (city: string, visitor?: string) => ({ gtin: GTIN, client: "phone", country: "VN", city, ...(visitor ? { visitor } : {}) })

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
    })
    afterEach(() => {
      delete process.env.TRACE_SCAN_REPORTERS
    })

    it("counts a storefront's report per visitor: each visitor has a budget of its own", async () => {
      const a = "203.0.113.21"
      const b = "2001:db8::21"
      const response = await report([scan("Cẩm Phả", a), scan("Cẩm Phả", a), scan("Cẩm Phả", b), scan("Cẩm Phả", a), scan("Cẩm Phả", a), scan("Cẩm Phả", b)])
      expect(response.status).toBe(201)
      expect(response.data).toEqual({ recorded: 5, over_budget: 1 })
      // Written in the background within a second: the five counted, never the sixth.
      await eventually(async () => expect(await stored("Cẩm Phả")).toBe(5))
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await stored("Cẩm Phả")).toBe(5)
    })

    it("answers 429 with a wait in words when no scan of a report is within its visitor's budget", async () => {
      const visitor = "203.0.113.22"
      expect((await report([scan("Uông Bí", visitor), scan("Uông Bí", visitor), scan("Uông Bí", visitor)])).status).toBe(201)
      const refused = await report([scan("Uông Bí", visitor), scan("Uông Bí", visitor)])
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(refused.data.message).toMatch(/^Too many label scans from your network\. Wait (\d+ seconds?|1 minute), then try again\.$/)
      await eventually(async () => expect(await stored("Uông Bí")).toBe(3))
    })

    it("does not believe the visitors named by a caller that is not a storefront server", async () => {
      // This test's connections come from 127.0.0.1, which is now not a storefront server.
      process.env.TRACE_SCAN_REPORTERS = "192.0.2.0/24"
      const caller = { "x-forwarded-for": "198.51.100.23" }
      const visitors = ["203.0.113.31", "203.0.113.32", "203.0.113.33", "203.0.113.34"]
      const response = await report(visitors.map((v) => scan("Móng Cái", v)), caller)
      expect(response.data).toEqual({ recorded: 3, over_budget: 1 })
      expect((await report([scan("Móng Cái", "203.0.113.35")], caller)).status).toBe(429)
      await eventually(async () => expect(await stored("Móng Cái")).toBe(3))
    })

    it("refuses a report that is empty, too long or names no real address, in words, counting nothing", async () => {
      const empty = await report([])
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/'scans' too small, expected at least: '1'/)
      const long = await report(Array.from({ length: 501 }, () => scan("Đông Triều")))
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/'scans' too big, expected at most: '500'/)
      const forged = await report([scan("Đông Triều", "<script>")])
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/visitor must be an IP address/)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(await stored("Đông Triều")).toBe(0)
    })
  },
})
