/**
 * Development secrets, generated once into the data folder so that sessions
 * survive a restart. Production must provide its own (medusa-config refuses to start without).
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export type DevSecrets = { JWT_SECRET: string; COOKIE_SECRET: string; TRACE_SIGNING_KEY: string }

/** An Ed25519 private key (PKCS#8 PEM) for signing batch records. */
function newTraceSigningKey(): string {
  return crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString()
}

export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, "secrets.json")
  const stored: Partial<DevSecrets> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  if (stored.JWT_SECRET && stored.COOKIE_SECRET && stored.TRACE_SIGNING_KEY) return stored as DevSecrets
  const secrets: DevSecrets = {
    JWT_SECRET: stored.JWT_SECRET ?? crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: stored.COOKIE_SECRET ?? crypto.randomBytes(32).toString("hex"),
    TRACE_SIGNING_KEY: stored.TRACE_SIGNING_KEY ?? newTraceSigningKey(),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
