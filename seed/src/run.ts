/**
 * Entry point of `medusa exec`: store set-up, then the catalog and its
 * traceability (growing areas, GTINs, batches) and livestreams unless OCOP_SEED_CATALOG=false
 * (`medusa exec` refuses unknown flags, so this is an environment variable). Writes the publishable key to OCOP_RUNTIME_FILE for the storefront.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedCatalog } from "./catalog"
import { ensureStoreSetup } from "./store-setup"
import { seedTraceability } from "./traceability"
import { seedLivestreams } from "./livestreams"
import { reindexCatalogSearch } from "../../backend/src/lib/search/module"
import { ensureShipping } from "../../backend/src/modules/ocop-delivery/ensure-shipping"
import { ensureStockLocation } from "./inventory"

export default async function run({ container }: ExecArgs) {
  const setup = await ensureStoreSetup(container)
  if (process.env.OCOP_SEED_CATALOG !== "false") {
    await seedCatalog(container, setup)
    await seedTraceability(container)
    // Livestreams are timed from this run: one live now, the others in the coming days.
    await seedLivestreams(container)
    // The search index is filled now, so the first search after `npm start` finds everything.
    await reindexCatalogSearch(container)
  }
  // Delivery: one parcel per producer, priced by the ocop-delivery provider, from the Hạ Long warehouse.
  await ensureShipping(container, { stockLocationId: await ensureStockLocation(container, setup.salesChannelId) })
  const runtimeFile = process.env.OCOP_RUNTIME_FILE
  if (runtimeFile) {
    fs.writeFileSync(runtimeFile, JSON.stringify({ publishableKey: setup.publishableKey }, null, 2))
  }
}
