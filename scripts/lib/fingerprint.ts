/**
 * A content hash of files, to rebuild or re-run a step only when its inputs changed.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIPPED = new Set(["node_modules", ".medusa", "build", ".react-router", ".cache"])

function collect(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isFile()) {
    out.push(entry)
    return
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (name.startsWith(".") || SKIPPED.has(name)) continue
    collect(path.join(entry, name), out)
  }
}

export function fingerprint(entries: string[], extra: string[] = []): string {
  const hash = crypto.createHash("sha256")
  for (const value of extra) hash.update(value).update("\0")
  const files: string[] = []
  for (const entry of entries) collect(entry, files)
  for (const file of files) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0")
  }
  return hash.digest("hex").slice(0, 16)
}

/** A tiny JSON store of fingerprints of completed steps, kept in the data folder. */
export class StepLedger {
  private readonly file: string
  private readonly state: Record<string, string>

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "steps.json")
    this.state = fs.existsSync(this.file) ? JSON.parse(fs.readFileSync(this.file, "utf8")) : {}
  }

  isCurrent(step: string, print: string): boolean {
    return this.state[step] === print
  }

  record(step: string, print: string) {
    this.state[step] = print
    fs.writeFileSync(this.file, JSON.stringify(this.state, null, 2))
  }

  get(step: string): string | undefined {
    return this.state[step]
  }
}
