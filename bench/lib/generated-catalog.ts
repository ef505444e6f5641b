/**
 * The generated catalog of the benchmarks: the seeded products copied under
 * made-up producers (16 brands × series), other names, communes and prices.
 * Deterministic: product i is the same on every run and every machine.
 *
 * Used by the search benchmark (as search documents only) and by the
 * marketplace benchmark (as real products, bench/lib/prepare-bench.ts).
 */
import type { LegalForm } from "../../backend/src/modules/ocop/lib/domain"
import { slugify } from "../../seed/src/text"

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const QUALIFIERS = ["hảo hạng", "truyền thống", "đặc biệt", "loại một", "hộp quà", "gia đình", "cao cấp", "mùa mới", "thượng hạng", "túi nhỏ", "bình dân", "tuyển chọn", "thủ công", "xuất khẩu", "làng nghề", "vụ xuân"]
const BRANDS = ["Hưng Thịnh", "Phúc An", "Minh Phát", "Thành Công", "Bảo Ngọc", "Tân Tiến", "Hòa Bình", "Quang Minh", "Đại Dương", "Kim Long", "Sơn Hà", "Việt Tiến", "Hải Đăng", "Ngọc Lan", "Trường Sơn", "An Khang"]

/** What a seeded product gives to its copies. */
export type BaseProduct = { handle: string; title: string; legalForm: LegalForm }

export type GeneratedProducer = { handle: string; name: string; legal_form: LegalForm; commune: string; verified: boolean }

export type GeneratedProduct = {
  index: number
  handle: string
  title: string
  producer: GeneratedProducer
  /** Price of the base product scaled by this copy's factor, in whole đồng. */
  price: (basePrice: number) => number
  /** How much older than its base the copy is, in milliseconds. */
  ageShiftMs: number
}

/**
 * Copy number i of `base`. `rand` is consumed in a fixed order, so a run that
 * generates copies 0…n−1 in order always gets the same copies.
 */
export function generateProduct(base: BaseProduct, i: number, communes: readonly string[], rand: () => number): GeneratedProduct {
  const brand = BRANDS[i % BRANDS.length]
  const qualifier = QUALIFIERS[Math.floor(i / BRANDS.length) % QUALIFIERS.length]
  const series = Math.floor(i / (BRANDS.length * QUALIFIERS.length))
  const commune = communes[Math.floor(rand() * communes.length)]
  const producerHandle = slugify(`bench ${brand} ${series}`)
  const factor = 0.7 + rand() * 0.8
  const ageShiftMs = Math.floor(rand() * 600) * 86_400_000
  const verified = rand() > 0.2
  return {
    index: i,
    handle: `${base.handle}-${producerHandle}-${i}`,
    title: `${base.title.replace(/ [^ ]+ [^ ]+$/, "")} ${qualifier} ${brand}`,
    producer: {
      handle: producerHandle,
      name: `${base.legalForm === "household" ? "Hộ kinh doanh" : "HTX"} ${brand} ${series || ""}`.trim(),
      legal_form: base.legalForm,
      commune,
      verified,
    },
    price: (basePrice) => Math.max(1000, Math.round((basePrice * factor) / 1000) * 1000),
    ageShiftMs,
  }
}
