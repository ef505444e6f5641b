/**
 * Development secrets, generated once into the data folder so that sessions
 * survive a restart. Production must provide its own (medusa-config refuses to start without).
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export type DevSecrets = { JWT_SECRET: string; COOKIE_SECRET: string }

export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"))
  const secrets: DevSecrets = {
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
