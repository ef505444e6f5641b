/**
 * Run by bench/load.ts through `medusa exec` before the checkout load: picks
 * BENCH_LOAD_VARIANTS generated variants of different producers that nobody
 * has reserved yet, and sets their stock to BENCH_LOAD_STOCK units through
 * Medusa's updateInventoryLevelsWorkflow (so the load runs on scarce stock).
 * Writes the chosen variants and their levels to BENCH_LOAD_STATE.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCTS } from "../../seed/data/products"
import { plannedCopies } from "./prepare-bench"

export type ScarceVariant = { variant_id: string; product_id: string; producer_id: string; inventory_item_id: string; location_id: string; stocked: number }

export default async function prepareLoad({ container }: ExecArgs) {
  const stateFile = process.env.BENCH_LOAD_STATE
  if (!stateFile) throw new Error("BENCH_LOAD_STATE must name the file to write")
  const count = Number(process.env.BENCH_LOAD_VARIANTS || 6)
  const stock = Number(process.env.BENCH_LOAD_STOCK || 8)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)

  // Candidates from a different place of the generated catalog on every run.
  const copies = plannedCopies(Number(process.env.BENCH_PRODUCTS || 10_000) - PRODUCTS.length)
  const start = Math.floor(Math.random() * copies.length)
  const skus = Array.from({ length: 200 }, (_, i) => copies[(start + i * 37) % copies.length].seed.variants[0].sku)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product.id", "product.producer.id", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const chosen: ScarceVariant[] = []
  const producers = new Set<string>()
  for (const v of data as any[]) {
    const producerId = v.product?.producer?.id
    const itemId = v.inventory_items?.find((i: any) => i?.inventory_item_id)?.inventory_item_id
    if (!producerId || !itemId || producers.has(producerId)) continue
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
    if (!level || Number(level.reserved_quantity) !== 0) continue
    producers.add(producerId)
    chosen.push({ variant_id: v.id, product_id: v.product.id, producer_id: producerId, inventory_item_id: itemId, location_id: level.location_id, stocked: stock })
    if (chosen.length === count) break
  }
  if (chosen.length < count) throw new Error(`Only ${chosen.length} unreserved variants of distinct producers found`)
  await updateInventoryLevelsWorkflow(container).run({
    input: { updates: chosen.map((c) => ({ inventory_item_id: c.inventory_item_id, location_id: c.location_id, stocked_quantity: stock })) },
  })
  fs.writeFileSync(stateFile, JSON.stringify({ variants: chosen }, null, 2))
}
