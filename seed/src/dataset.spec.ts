/**
 * The shape of the Quảng Ninh dataset: counts, star mix, validity as seen on
 * SEED_TODAY, unique identifiers, NFC text, prices, and that every product's
 * producer exists.
 */
import {
  currentCertificate,
  defaultExpiry,
  isCertificateValid,
  PRODUCT_GROUPS,
  starsForScore,
} from "../../backend/src/modules/ocop/lib/domain"
import {
  MINISTRY_BEFORE_2025,
  MINISTRY_SINCE_2025,
  PROVINCE_AUTHORITY,
  SEED_TODAY,
  type SeedCertificate,
} from "../data/certificates"
import { COMMUNES } from "../data/communes"
import { KINDS } from "../data/kinds"
import { PRODUCER_BY_HANDLE, PRODUCERS } from "../data/producers"
import { PRODUCTS } from "../data/products"

const today = new Date(`${SEED_TODAY}T12:00:00Z`)
const withExpiry = (c: SeedCertificate) => ({ ...c, expires_at: defaultExpiry(new Date(c.decision_date)) })
const current = (certificates: SeedCertificate[]) => currentCertificate(certificates.map(withExpiry), today)
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out))
  return out
}

describe("Quảng Ninh seed dataset", () => {
  it("has at least 60 producers across at least 20 communes", () => {
    expect(PRODUCERS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(PRODUCERS.map((p) => p.commune)).size).toBeGreaterThanOrEqual(20)
  })

  it("has at least 200 products in all six product groups", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(200)
    const groups = new Set(PRODUCTS.map((p) => p.group))
    expect([...groups].sort()).toEqual([...PRODUCT_GROUPS].sort())
  })

  it("uses the commune-level units in force since July 2025, all in Quảng Ninh", () => {
    const names = new Set(COMMUNES.map((c) => c.name))
    for (const producer of PRODUCERS) {
      expect(producer.province).toBe("Quảng Ninh")
      expect(names.has(producer.commune), producer.commune).toBe(true)
      expect(producer.commune).toMatch(/^(Xã|Phường|Đặc khu) \S/)
      expect(producer.former_locality ?? "").not.toMatch(/^(Xã|Phường|Đặc khu) /)
    }
    expect(COMMUNES.filter((c) => c.kind === "dac-khu").map((c) => c.name).sort()).toEqual(["Đặc khu Cô Tô", "Đặc khu Vân Đồn"])
  })

  it("has mostly 3★, some 4★ and a few 5★ products", () => {
    const stars = PRODUCTS.map((p) => p.certificates[p.certificates.length - 1].star)
    const share = (star: number) => stars.filter((s) => s === star).length / stars.length
    expect(share(3)).toBeGreaterThan(0.65)
    expect(share(3)).toBeLessThan(0.85)
    expect(share(4)).toBeGreaterThan(0.15)
    expect(share(4)).toBeLessThan(0.32)
    expect(stars.filter((s) => s === 5).length).toBeGreaterThanOrEqual(2)
    expect(share(5)).toBeLessThan(0.05)
  })

  it("has about 8% of products with only an expired certificate, and a few re-rated ones", () => {
    const withoutValid = PRODUCTS.filter((p) => current(p.certificates) === null)
    expect(withoutValid.length / PRODUCTS.length).toBeGreaterThan(0.05)
    expect(withoutValid.length / PRODUCTS.length).toBeLessThan(0.12)
    for (const product of withoutValid) expect(product.certificateStatus).toBe("expired")
    const rerated = PRODUCTS.filter((p) => {
      const all = p.certificates.map(withExpiry)
      return all.some((c) => !isCertificateValid(c, today)) && all.some((c) => isCertificateValid(c, today))
    })
    expect(rerated.length).toBeGreaterThanOrEqual(5)
    expect(rerated.every((p) => p.certificateStatus === "rerated")).toBe(true)
  })

  it("gives certificates consistent scores, authorities and dates", () => {
    for (const product of PRODUCTS) {
      let previous = ""
      for (const c of product.certificates) {
        expect(starsForScore(c.score), `${product.handle} ${c.decision_number}`).toBe(c.star)
        expect(c.decision_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(c.decision_date >= "2020-01-01" && c.decision_date < SEED_TODAY).toBe(true)
        expect(c.decision_date > previous).toBe(true)
        previous = c.decision_date
        if (c.star === 5) {
          expect(c.issuing_authority).toBe(c.decision_date < "2025-03-01" ? MINISTRY_BEFORE_2025 : MINISTRY_SINCE_2025)
          expect(c.decision_number).toMatch(/^\d+\/QĐ-BNN(-VPĐP|MT)$/)
        } else {
          expect(c.decision_number).toMatch(/^\d+\/QĐ-UBND$/)
          if (c.issuing_authority !== PROVINCE_AUTHORITY) {
            expect(c.star).toBe(3)
            expect(c.decision_date < "2023-01-01").toBe(true)
            expect(c.issuing_authority).toMatch(/^UBND (huyện|thị xã|thành phố) /)
          }
        }
      }
    }
  })

  it("has unique handles, titles, SKUs and decision numbers", () => {
    expect(duplicates(PRODUCTS.map((p) => p.handle))).toEqual([])
    expect(duplicates(PRODUCTS.map((p) => p.title))).toEqual([])
    expect(duplicates(PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku)))).toEqual([])
    expect(duplicates(PRODUCTS.flatMap((p) => p.certificates.map((c) => c.decision_number)))).toEqual([])
    expect(duplicates(PRODUCERS.map((p) => p.handle))).toEqual([])
    expect(duplicates(PRODUCERS.map((p) => p.name))).toEqual([])
    for (const handle of [...PRODUCTS.map((p) => p.handle), ...PRODUCERS.map((p) => p.handle)]) {
      expect(handle).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    }
  })

  it("stores every text in Unicode NFC", () => {
    for (const text of strings([PRODUCTS, PRODUCERS, COMMUNES, KINDS])) {
      expect(text.normalize("NFC"), JSON.stringify(text)).toBe(text)
    }
  })

  it("prices every variant in whole đồng and stocks it", () => {
    for (const product of PRODUCTS) {
      expect(product.variants.length).toBeGreaterThan(0)
      expect(new Set(product.variants.map((v) => v.option)).size).toBe(product.variants.length)
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.price), variant.sku).toBe(true)
        expect(variant.price).toBeGreaterThan(0)
        expect(variant.price % 1000).toBe(0)
        expect(Number.isInteger(variant.inventory)).toBe(true)
        expect(variant.inventory).toBeGreaterThan(0)
        expect(variant.sku).toMatch(/^[A-Z0-9]+-[A-Z0-9]+$/)
      }
    }
  })

  it("gives every product an existing producer, an origin and 1–3 pictures", () => {
    for (const product of PRODUCTS) {
      const producer = PRODUCER_BY_HANDLE.get(product.producer)
      expect(producer, product.handle).toBeDefined()
      expect(product.commune).toBe(producer!.commune)
      expect(product.origin.length).toBeGreaterThan(10)
      expect(product.origin).toContain(producer!.commune)
      expect(product.imageCount).toBeGreaterThanOrEqual(1)
      expect(product.imageCount).toBeLessThanOrEqual(3)
    }
    for (const producer of PRODUCERS) expect(PRODUCTS.some((p) => p.producer === producer.handle)).toBe(true)
  })

  it("gives producers contact details the admin API would accept", () => {
    for (const producer of PRODUCERS) {
      if (producer.phone) expect(producer.phone.replace(/[\s.]/g, "")).toMatch(/^(\+84|0)\d{9,10}$/)
      if (producer.tax_code) expect(producer.tax_code).toMatch(/^\d{10}$/)
      if (producer.email) expect(producer.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/)
      for (const url of [producer.website, ...Object.values(producer.social_links ?? {})]) {
        if (url) expect(url).toMatch(/^https:\/\//)
      }
      expect(producer.description.length).toBeLessThanOrEqual(2000)
      expect(producer.story.length).toBeLessThanOrEqual(10000)
    }
    expect(new Set(PRODUCERS.map((p) => p.legal_form))).toEqual(new Set(["enterprise", "cooperative", "household"]))
  })

  it("keeps the flagship products of the first seed", () => {
    const byHandle = new Map(PRODUCTS.map((p) => [p.handle, p]))
    expect(byHandle.get("cha-muc-ha-long")?.title).toBe("Chả mực Hạ Long")
    expect(byHandle.get("cha-muc-ha-long")?.variants.map((v) => [v.sku, v.price])).toEqual([
      ["CMHL-500", 220000],
      ["CMHL-1000", 420000],
    ])
    expect(byHandle.get("tra-hoa-vang-ba-che")?.variants.map((v) => v.sku)).toEqual(["THV-50", "THV-100"])
    expect(byHandle.get("mien-dong-binh-lieu")?.variants.map((v) => v.sku)).toEqual(["MDBL-500", "MDBL-1000"])
    expect(byHandle.get("nuoc-mam-cai-rong")?.variants[0]).toMatchObject({ sku: "NMCR-500", price: 125000 })
    for (const handle of ["cha-muc-ha-long", "tra-hoa-vang-ba-che", "nuoc-mam-cai-rong"]) {
      expect(current(byHandle.get(handle)!.certificates)?.star).toBe(5)
    }
  })
})
