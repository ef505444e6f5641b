/**
 * The real backend as child processes, for the fault tests: an embedded
 * Postgres of its own (so a test can stop and start it), `medusa db:migrate`,
 * `medusa exec` of the seed and `medusa start`, each in its own process group
 * so that a test can kill it with SIGKILL as a power cut would.
 */
import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/postgres"
import { freePort } from "../../scripts/lib/ports"

export const ROOT_DIR = path.resolve(__dirname, "../..")
const BACKEND_DIR = path.join(ROOT_DIR, "backend")
const MEDUSA = [BACKEND_DIR, ROOT_DIR].map((dir) => path.join(dir, "node_modules", ".bin", "medusa")).find((file) => fs.existsSync(file)) ?? "medusa"


export type Child = { process: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; output: () => string }

export class FaultStack {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-faults-"))
  postgresPort = 0
  backendPort = 0
  databaseUrl = ""
  postgres?: RunningPostgres
  backend?: Child
  private readonly env: NodeJS.ProcessEnv = {
    NODE_ENV: "development",
    MEDUSA_ADMIN: "false",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
    OCOP_SEED_IMAGES: "false",
    MEILISEARCH_HOST: "",
    JWT_SECRET: crypto.randomBytes(16).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(16).toString("hex"),
    // One signing key for every process, so batches signed by the seed verify in the backend.
    TRACE_SIGNING_KEY: crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  }

  get backendUrl() {
    return `http://127.0.0.1:${this.backendPort}`
  }

  async startPostgres() {
    this.postgresPort ||= await freePort()
    this.postgres = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.postgresPort })
    this.databaseUrl = await ensureDatabase(this.postgres.serverUrl, "ocop_faults")
  }

  async stopPostgres() {
    await this.postgres?.stop()
    this.postgres = undefined
  }

  /** Runs `medusa <args>` in the backend folder. */
  medusa(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Child {
    const child = spawn(MEDUSA, args, {
      cwd: BACKEND_DIR,
      env: { ...process.env, ...this.env, DATABASE_URL: this.databaseUrl, ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    let output = ""
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000)
    }
    child.stdout!.on("data", keep)
    child.stderr!.on("data", keep)
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })))
    return { process: child, exited, output: () => output }
  }

  async run(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    const child = this.medusa(args, extraEnv)
    const { code, signal } = await child.exited
    if (code !== 0) throw new Error(`medusa ${args.join(" ")} failed (${signal ?? code}):\n${child.output().slice(-3000)}`)
  }

  seed(): Child {
    return this.medusa(["exec", path.relative(BACKEND_DIR, path.join(ROOT_DIR, "seed", "src", "run.ts"))])
  }

  async startBackend() {
    this.backendPort ||= await freePort()
    const child = this.medusa(["start", "--host", "127.0.0.1", "--port", String(this.backendPort)])
    this.backend = child
    const deadline = Date.now() + 180_000
    while (Date.now() < deadline) {
      if (child.process.exitCode !== null) throw new Error(`The backend exited:\n${child.output().slice(-3000)}`)
      try {
        const response = await fetch(`${this.backendUrl}/health`, { signal: AbortSignal.timeout(2000) })
        if (response.ok) return
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 250))
    }
    throw new Error("The backend did not answer within 180 s")
  }

  /** SIGKILL to the whole process group: no handler runs, no transaction is finished. */
  async kill(child: Child | undefined) {
    if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return
    try {
      process.kill(-child.process.pid!, "SIGKILL")
    } catch {
      // already gone
    }
    await child.exited
  }

  async sql<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.databaseUrl })
    await client.connect()
    try {
      return (await client.query(text, values)).rows as T[]
    } finally {
      await client.end()
    }
  }

  async destroy() {
    await this.kill(this.backend)
    await this.stopPostgres().catch(() => {})
    fs.rmSync(this.dataDir, { recursive: true, force: true })
  }
}
