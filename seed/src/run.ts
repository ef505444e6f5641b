/**
 * Entry point of `medusa exec`: store set-up, then the catalog unless
 * `--no-catalog` is passed. Writes the publishable key to OCOP_RUNTIME_FILE
 * for the storefront.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedCatalog } from "./catalog"
import { ensureStoreSetup } from "./store-setup"

export default async function run({ container, args }: ExecArgs) {
  const setup = await ensureStoreSetup(container)
  if (!args?.includes("--no-catalog")) {
    await seedCatalog(container, setup)
  }
  const runtimeFile = process.env.OCOP_RUNTIME_FILE
  if (runtimeFile) {
    fs.writeFileSync(runtimeFile, JSON.stringify({ publishableKey: setup.publishableKey }, null, 2))
  }
}
