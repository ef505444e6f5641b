/**
 * The printable A4 label sheet of production batches (the traceability library's
 * `labelSheetHtml`), shared by the operator's and the producer's routes: each
 * label encodes the batch's GS1 Digital Link and names product, lot, expiry,
 * OCOP stars and producer.
 */
import { formatDigitalLink, labelSheetHtml, type LabelInput, type TraceabilityModuleService } from "@ocop/traceability"
import type { Query } from "../catalog/load"
import { loadTradeItem } from "./resolve"

export type LabelBatch = { id: string; gtin: string; lot: string; expiry_date?: string | Date | null }

/** The GS1 Digital Link URI a batch's label encodes. */
export function labelUri(traceability: TraceabilityModuleService, batch: { gtin: string; lot: string; expiry_date?: string | Date | null }) {
  return formatDigitalLink({ base: traceability.publicBaseUrl, gtin: batch.gtin, lot: batch.lot, expiry: batch.expiry_date ?? undefined })
}

/** HTML of an A4 sheet with `copies` labels of each batch, in the order given. */
export async function labelSheetForBatches(query: Query, traceability: TraceabilityModuleService, batches: LabelBatch[], copies: number): Promise<string> {
  const labels: LabelInput[] = []
  for (const batch of batches) {
    const item = await loadTradeItem(query, batch.gtin)
    const label: LabelInput = {
      uri: labelUri(traceability, batch),
      productTitle: item?.product.title ?? batch.gtin,
      lot: batch.lot,
      expiry: batch.expiry_date ? new Date(batch.expiry_date).toISOString() : undefined,
      stars: item?.ocop?.star ?? null,
      producerName: item?.producer?.name ?? "",
    }
    for (let i = 0; i < copies; i++) labels.push(label)
  }
  return labelSheetHtml({ labels })
}
