/**
 * Vitest global setup: a throw-away embedded Postgres for the backend tests.
 * Medusa's test runners create one database per test file on it.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres"

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

let postgres: RunningPostgres | undefined
let dataDir: string | undefined

export async function setup() {
  if (process.env.DB_HOST) return // an external Postgres was given
  const port = await freePort()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
  postgres = await startEmbeddedPostgres({ dataDir, port, persistent: false, listen: "localhost" })
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
