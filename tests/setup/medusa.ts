/**
 * Per-file setup for tests that boot Medusa: Medusa loads medusa-config.ts,
 * modules and routes with require(), outside Vitest's transform, so TypeScript
 * is compiled by ts-node (swc, no type check) as under `medusa start`.
 */
import path from "node:path"
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
const backendDir = path.resolve(__dirname, "../../backend")

process.env.NODE_ENV ??= "test"
process.env.MEDUSA_ADMIN = "false"
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL ??= "error"
// Medusa's runners name their database after the Jest worker.
process.env.JEST_WORKER_ID ??= process.env.VITEST_POOL_ID ?? "1"

require("ts-node").register({
  project: path.join(backendDir, "tsconfig.json"),
  transpileOnly: true,
  swc: true,
})
require("tsconfig-paths").register({ baseUrl: backendDir, paths: {} })

// Each test file boots its own Medusa; entity metadata from an earlier boot must not leak in.
require("@mikro-orm/core").MetadataStorage.clear()
