/**
 * Livestreams of the seed (seed/data/livestreams.ts), written through
 * `createLivestreamsWorkflow`, timed relative to this run.
 *
 * Idempotent: a planned session is matched by producer and link; while a match
 * is live or still to come nothing is created. Once every match has ended (a seed
 * run days later), a new session is planned from the new run's time, so the shop
 * has live and upcoming sessions again; the ended ones stay as history.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLivestreamsWorkflow } from "../../backend/src/workflows/livestreams/workflows/create-livestreams"
import type { CreateLivestreamInput } from "../../backend/src/workflows/livestreams/types"
import { SEED_LIVESTREAMS, sessionTimes } from "../data/livestreams"
import { nfc } from "./text"

export async function seedLivestreams(container: MedusaContainer, now = new Date()): Promise<{ created: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const producerHandles = [...new Set(SEED_LIVESTREAMS.map((s) => s.producer))]
  const productHandles = [...new Set(SEED_LIVESTREAMS.map((s) => s.product).filter((h): h is string => !!h))]
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: producerHandles } })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: productHandles } })
  const producerIds = new Map((producers as { id: string; handle: string }[]).map((p) => [p.handle, p.id]))
  const productIds = new Map((products as { id: string; handle: string }[]).map((p) => [p.handle, p.id]))
  const { data: existing } = await query.graph({
    entity: "livestream",
    fields: ["producer_id", "url"],
    filters: { producer_id: [...producerIds.values()], ends_at: { $gt: now } },
  })
  const running = new Set((existing as { producer_id: string; url: string }[]).map((l) => `${l.producer_id} ${l.url}`))

  const missing: CreateLivestreamInput[] = []
  for (const session of SEED_LIVESTREAMS) {
    const producerId = producerIds.get(session.producer)
    if (!producerId) throw new Error(`Seed livestream "${session.title}": producer ${session.producer} is not in the database`)
    if (running.has(`${producerId} ${session.url}`)) continue
    const productId = session.product ? productIds.get(session.product) : null
    if (session.product && !productId) throw new Error(`Seed livestream "${session.title}": product ${session.product} is not in the database`)
    const { starts_at, ends_at } = sessionTimes(session, now)
    missing.push({ producer_id: producerId, product_id: productId ?? null, platform: session.platform, url: session.url, title: nfc(session.title), starts_at, ends_at })
  }
  if (missing.length) await createLivestreamsWorkflow(container).run({ input: { livestreams: missing } })
  return { created: missing.length }
}
