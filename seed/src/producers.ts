/**
 * Producers of the seed: created when missing (matched by handle), with their
 * logo and cover, through the OCOP module's `createProducersWorkflow`. Present
 * producers are left alone.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducersWorkflow } from "../../backend/src/workflows/ocop/workflows/create-producers"
import type { CreateProducerInput } from "../../backend/src/workflows/ocop/types"
import { PRODUCERS, type SeedProducer } from "../data/producers"
import { IMAGE_WIDTHS, LOGO_WIDTHS, imageUrl, makeImages, type UploadedImages } from "./images"
import { coverBase, logoBase, producerPictures } from "./pictures"
import { nfc } from "./text"

const nfcOrNull = (text: string | null) => (text === null ? null : nfc(text))

export function toProducerInput(producer: SeedProducer, images?: UploadedImages): CreateProducerInput {
  return {
    handle: producer.handle,
    name: nfc(producer.name),
    legal_form: producer.legal_form,
    tax_code: producer.tax_code,
    province: nfc(producer.province),
    commune: nfc(producer.commune),
    street: nfcOrNull(producer.street),
    former_locality: nfcOrNull(producer.former_locality),
    phone: producer.phone,
    email: producer.email,
    description: nfc(producer.description),
    story: nfc(producer.story),
    logo_url: images ? imageUrl(images, logoBase(producer), LOGO_WIDTHS[0]) : null,
    cover_url: images ? imageUrl(images, coverBase(producer), IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]) : null,
    website: producer.website,
    social_links: producer.social_links,
    verified: producer.verified,
  }
}

/** Ensures every seed producer exists; returns producer ids by handle. */
export async function seedProducers(container: MedusaContainer): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
    filters: { handle: PRODUCERS.map((p) => p.handle) },
  })
  const ids = new Map<string, string>(existing.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const missing = PRODUCERS.filter((p) => !ids.has(p.handle))
  if (!missing.length) return ids

  const images = await makeImages(container, missing.flatMap(producerPictures))
  const { result } = await createProducersWorkflow(container).run({
    input: { producers: missing.map((p) => toProducerInput(p, images)) },
  })
  for (const producer of result as { id: string; handle: string }[]) ids.set(producer.handle, producer.id)
  logger.info(`Seeded ${missing.length} producers`)
  return ids
}
