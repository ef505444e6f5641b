/**
 * Runtime settings of `npm start`, read once from the environment.
 * Every value has a default that works on a fresh machine.
 */
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const BACKEND_DIR = path.join(ROOT_DIR, "backend")
export const STOREFRONT_DIR = path.join(ROOT_DIR, "storefront")
export const SEED_DIR = path.join(ROOT_DIR, "seed")

function port(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`)
  }
  return value
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false
  throw new Error(`${name} must be true or false, got "${raw}"`)
}

export type StartConfig = ReturnType<typeof readStartConfig>

export function readStartConfig(argv: string[] = process.argv.slice(2)) {
  const host = process.env.HOST || "127.0.0.1"
  const backendPort = port("BACKEND_PORT", 9000)
  const storefrontPort = port("STOREFRONT_PORT", 8000)
  const dataDir = path.resolve(ROOT_DIR, process.env.OCOP_DATA_DIR || ".data")
  return {
    dev: argv.includes("--dev"),
    host,
    backendPort,
    storefrontPort,
    backendUrl: `http://${host}:${backendPort}`,
    storefrontUrl: `http://${host}:${storefrontPort}`,
    /** When set, this Postgres is used and no embedded one is started. */
    databaseUrl: process.env.DATABASE_URL || undefined,
    postgresPort: port("POSTGRES_PORT", 54329),
    databaseName: process.env.POSTGRES_DB || "ocop_marketplace",
    dataDir,
    /** OCOP_SERVICE_LOGS=files: the backend's and storefront's output go to <data>/logs/*.log, not the console. */
    logDir: process.env.OCOP_SERVICE_LOGS === "files" ? path.join(dataDir, "logs") : undefined,
    admin: flag("MEDUSA_ADMIN", true),
    seed: flag("SEED", true),
  }
}
