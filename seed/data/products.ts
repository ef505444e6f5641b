/**
 * Products of the seed: every producer's products (seed/data/producer-table.ts)
 * made from their kind (seed/data/kinds.ts), with SKUs, VND prices (major
 * units: 125000 is 125.000 ₫), stock, origin, images to draw and OCOP
 * certificates. Deterministic: the same on every machine and every run.
 */
import type { ProductGroup } from "../../backend/src/modules/ocop/lib/domain"
import { slugify } from "../src/text"
import { planCertificates, type CertificateStatus, type SeedCertificate } from "./certificates"
import { communeNamed } from "./communes"
import { kindNamed, type ArtMotif } from "./kinds"
import { createRng } from "./prng"
import { PRODUCER_ROWS } from "./producer-table"
import { PRODUCERS } from "./producers"

export type SeedVariant = {
  option: string
  sku: string
  /** VND, major units. */
  price: number
  /** Grams, for shipping; null for services. */
  weight: number | null
  /** Units in stock at the warehouse. */
  inventory: number
}

export type SeedProduct = {
  handle: string
  title: string
  subtitle?: string
  description: string
  optionTitle: string
  variants: SeedVariant[]
  group: ProductGroup
  kind: string
  /** Handle of the producer. */
  producer: string
  commune: string
  /** Short Vietnamese text: where the product comes from. */
  origin: string
  material: string | null
  motif: ArtMotif
  /** How many pictures the product gets (1–3). */
  imageCount: number
  /** Oldest first. */
  certificates: SeedCertificate[]
  certificateStatus: CertificateStatus
}

const MATERIAL: Record<string, string> = {
  "gom-lo-hoa": "Đất sét trắng, men rạn",
  "gom-am-chen": "Gốm sứ men lam",
  "gom-binh-ruou": "Sành nung, men nâu",
  "tranh-than-da": "Than đá antraxit, khung gỗ",
  "tuong-than-da": "Than đá antraxit, đế gỗ",
  "ngoc-trai": "Ngọc trai nước mặn, bạc 925",
  "theu-tho-cam": "Vải chàm, chỉ thêu",
  "may-tre-dan": "Tre, mây",
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`Unknown placeholder {${key}} in "${template}"`)
    return values[key]
  })

/** Rounds a price the way shops do: to 50.000 ₫ above a million, 5.000 ₫ above 100.000 ₫, else 1.000 ₫. */
export function roundPrice(amount: number): number {
  const step = amount >= 1_000_000 ? 50_000 : amount >= 100_000 ? 5_000 : 1_000
  return Math.max(step, Math.round(amount / step) * step)
}

type Draft = Omit<SeedProduct, "certificates" | "certificateStatus"> & { fixedStar?: 3 | 4 | 5; household: boolean; district: string }

function drafts(): Draft[] {
  const out: Draft[] = []
  PRODUCER_ROWS.forEach((row, index) => {
    const producer = PRODUCERS[index]
    const commune = communeNamed(row.commune)
    for (const entry of row.products) {
      const spec = typeof entry === "string" ? { kind: entry } : entry
      const kind = kindNamed(spec.kind)
      const values = { brand: row.brand, place: commune.place, commune: commune.name, producer: row.name }
      const title = spec.title ?? fill(kind.title, values)
      const handle = spec.handle ?? slugify(title)
      const rng = createRng(`product:${handle}`)
      const factor = 0.9 + rng.next() * 0.25
      const skuPrefix = spec.sku ?? `${kind.code}${String(producer.number).padStart(2, "0")}`
      if (spec.prices && spec.prices.length !== kind.variants.length) {
        throw new Error(`${handle}: ${spec.prices.length} prices for ${kind.variants.length} variants`)
      }
      const roll = rng.next()
      out.push({
        handle,
        title,
        subtitle: kind.subtitle,
        description: `${fill(kind.description, values)} Sản phẩm của ${row.name}, ${commune.name}, tỉnh Quảng Ninh.`,
        optionTitle: kind.optionTitle,
        variants: kind.variants.map(([option, price, grams, code], i) => ({
          option,
          sku: `${skuPrefix}-${code}`,
          price: spec.prices?.[i] ?? roundPrice(price * factor),
          weight: grams,
          inventory: rng.int(kind.stock[0], kind.stock[1]),
        })),
        group: kind.group,
        kind: kind.key,
        producer: producer.handle,
        commune: commune.name,
        origin: fill(kind.origin, values),
        material: MATERIAL[kind.key] ?? null,
        motif: kind.motif,
        imageCount: roll < 0.5 ? 1 : roll < 0.85 ? 2 : 3,
        fixedStar: spec.star,
        household: row.legal_form === "household",
        district: commune.district,
      })
    }
  })
  return out
}

function build(): SeedProduct[] {
  const list = drafts()
  const plans = planCertificates(
    list.map((d) => ({ handle: d.handle, group: d.group, household: d.household, district: d.district, star: d.fixedStar }))
  )
  return list.map(({ fixedStar: _star, household: _household, district: _district, ...product }) => {
    const plan = plans.get(product.handle)!
    return { ...product, certificates: plan.certificates, certificateStatus: plan.status }
  })
}

export const PRODUCTS: SeedProduct[] = build()
