import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { productLivestreams } from "../../../../../lib/catalog/livestreams"
import { PRODUCER_PUBLIC_FIELDS, toProducerDetail } from "../../../../../lib/catalog/producers"
import { certificateHistory, toCatalogProduct } from "../../../../../lib/catalog/shape"
import { channelProductsOf, storeProductRows } from "../../../../../lib/catalog/store"
import type { StoreCatalogProductParams } from "../../validators"

const DETAIL_FIELDS = [
  "description",
  "material",
  "origin_country",
  "metadata",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.title",
  "variants.sku",
  "variants.options.option_id",
  "variants.options.value",
  ...PRODUCER_PUBLIC_FIELDS.map((f) => `producer.${f}`),
]

/** One product on sale with its variants, images, rating history, producer and livestreams. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreCatalogProductParams>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreCatalogProductParams
  const [row] = (await storeProductRows(req, { handle: req.params.handle, regionId: region_id, extraFields: DETAIL_FIELDS })) as any[]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product on sale has the handle "${req.params.handle}"`)
  const now = new Date()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const livestreams = await productLivestreams(query, { id: row.id, producerId: row.producer?.id ?? null }, now, channelProductsOf(req))
  const images = [...(row.images ?? [])].filter(Boolean).sort((a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0))
  res.json({
    product: {
      ...toCatalogProduct(row, now),
      description: row.description ?? null,
      material: row.material ?? null,
      origin_country: row.origin_country ?? null,
      metadata: row.metadata ?? {},
      images: images.map((image: any) => ({ id: image.id, url: image.url })),
      options: (row.options ?? []).filter(Boolean).map((option: any) => ({
        id: option.id,
        title: option.title,
        values: (option.values ?? []).filter(Boolean).map((v: any) => ({ value: v.value })),
      })),
      variants: (row.variants ?? []).filter(Boolean).map((variant: any) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        price: variant.calculated_price?.calculated_amount ?? null,
        options: (variant.options ?? []).filter(Boolean).map((o: any) => ({ option_id: o.option_id, value: o.value })),
      })),
      certificates: certificateHistory(row.ocop_certificates, now),
      producer: row.producer ? toProducerDetail(row.producer, { product_count: 0, top_star: null }) : null,
      livestreams,
    },
  })
}
