/**
 * Which pictures the seed draws: 1–3 per product (4:3, three widths), and a
 * square logo and a 4:3 cover per producer. Names are the handles, so the
 * files in backend/static say what they show.
 */
import { communeNamed } from "../data/communes"
import { kindNamed } from "../data/kinds"
import type { SeedProducer } from "../data/producers"
import type { SeedProduct } from "../data/products"
import { coverSvg, logoSvg, productSvg } from "./art"
import { IMAGE_WIDTHS, LOGO_WIDTHS, type ImageJob } from "./images"

export const productImageBase = (product: SeedProduct, index: number) => `${product.handle}-${index + 1}`
export const logoBase = (producer: SeedProducer) => `${producer.handle}-logo`
export const coverBase = (producer: SeedProducer) => `${producer.handle}-cover`

export function productPictures(product: SeedProduct): ImageJob[] {
  return Array.from({ length: product.imageCount }, (_, index) => ({
    base: productImageBase(product, index),
    widths: IMAGE_WIDTHS,
    svg: (width: number) => productSvg({ motif: product.motif, kind: product.kind, seed: product.handle, index }, width),
  }))
}

export function producerPictures(producer: SeedProducer): ImageJob[] {
  const main = kindNamed(producer.kinds[0])
  const request = { motif: main.motif, kind: main.key, seed: producer.handle }
  return [
    { base: logoBase(producer), widths: LOGO_WIDTHS, svg: (width: number) => logoSvg(request, width) },
    {
      base: coverBase(producer),
      widths: IMAGE_WIDTHS,
      svg: (width: number) => coverSvg({ ...request, coastal: communeNamed(producer.commune).coastal }, width),
    },
  ]
}
