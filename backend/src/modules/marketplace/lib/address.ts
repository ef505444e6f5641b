/**
 * Vietnamese contact and address rules for checkout: phone numbers, the
 * 34-province list of July 2025, Quảng Ninh's communes, and e-invoice tax codes.
 * Pure functions; every failure is a field, a code the storefront can
 * translate, and an English message.
 */
import { foldVietnamese } from "../../../lib/text"
import { FORMER_COMMUNES, QUANG_NINH_COMMUNES } from "../data/communes-quang-ninh"
import { PROVINCES, type Province } from "../data/provinces"

export type FieldError = { field: string; code: string; message: string }

/** Digits of a phone number as typed: spaces, dots, dashes and brackets dropped. */
export function compactPhone(phone: string): string {
  return phone.replace(/[\s.\-()]/g, "")
}

/**
 * A Vietnamese phone number: a mobile (0 then 3, 5, 7, 8 or 9, then 8 digits) or a
 * landline (02 then 9 digits), written with 0 or with +84/84 instead of the 0.
 * Returns it in national form ("0912345678"), or null.
 */
export function normalizeVietnamesePhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const compact = compactPhone(phone.normalize("NFC").trim())
  const national = compact.replace(/^(?:\+84|0084|84)(?=[1-9])/, "0")
  return /^0(?:[35789]\d{8}|2\d{9})$/.test(national) ? national : null
}

const PROVINCE_KEY = (value: string) => foldVietnamese(value.normalize("NFC")).replace(/\s*-\s*/g, " - ")
/** Other ways people write a province. */
const PROVINCE_ALIASES: Record<string, string> = { hcm: "Hồ Chí Minh", "sai gon": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "thua thien hue": "Huế" }

/** "Tỉnh Quảng Ninh", "TP. Hồ Chí Minh", "quang ninh" → the province; a former province → the one it merged into. Null when unknown. */
export function findProvince(name: string | null | undefined): { province: Province; merged_from?: string } | null {
  if (!name?.trim()) return null
  const typed = PROVINCE_KEY(name).replace(/^(tinh|thanh pho|tp\.?|t\.p\.?)\s*/, "")
  const wanted = PROVINCE_ALIASES[typed] ? PROVINCE_KEY(PROVINCE_ALIASES[typed]) : typed
  const province = PROVINCES.find((p) => PROVINCE_KEY(p.name) === wanted)
  if (province) return { province }
  for (const p of PROVINCES) {
    const merged = p.merged.find((m) => PROVINCE_KEY(m) === wanted)
    if (merged) return { province: p, merged_from: merged }
  }
  return null
}

const COMMUNE_KEY = (value: string) => foldVietnamese(value.normalize("NFC"))
const QN_COMMUNES = new Map(QUANG_NINH_COMMUNES.map((c) => [COMMUNE_KEY(c), c]))
const QN_BARE = new Map(QUANG_NINH_COMMUNES.map((c) => [COMMUNE_KEY(c).replace(/^(phuong|xa|dac khu)\s+/, ""), c]))

/**
 * A Quảng Ninh commune by name, with or without its kind ("Bãi Cháy" finds
 * "Phường Bãi Cháy" when only one unit has that name). Returns the official name or null.
 */
export function findQuangNinhCommune(name: string): string | null {
  const key = COMMUNE_KEY(name)
  return QN_COMMUNES.get(key) ?? QN_BARE.get(key.replace(/^(phuong|xa|dac khu|p\.|x\.)\s*/, "")) ?? null
}

/** Names close to what was typed (same words folded), at most five, for an "unknown commune" message. */
export function suggestQuangNinhCommunes(name: string): string[] {
  const words = COMMUNE_KEY(name)
    .replace(/^(phuong|xa|dac khu)\s+/, "")
    .split(" ")
    .filter((w) => w.length > 1)
  if (!words.length) return []
  return QUANG_NINH_COMMUNES.filter((c) => words.some((w) => COMMUNE_KEY(c).split(" ").includes(w))).slice(0, 5)
}

export type AddressInput = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

export type NormalizedAddress = { phone: string; province: string; commune: string; street: string }

/**
 * Checks a shipping address in Medusa's fields, read the Vietnamese way:
 * `province` is the province, `city` the commune/ward/special zone, `address_1`
 * the street line. Quảng Ninh communes must be on the list; elsewhere any
 * non-empty commune is accepted.
 */
export function checkAddress(address: AddressInput | null | undefined, prefix = "shipping_address"): { errors: FieldError[]; normalized?: NormalizedAddress } {
  const errors: FieldError[] = []
  const field = (name: string) => `${prefix}.${name}`
  if (!address) {
    return { errors: [{ field: prefix, code: "address_required", message: "Enter the delivery address: province, commune or ward, and street." }] }
  }
  if (!`${address.first_name ?? ""}${address.last_name ?? ""}`.trim()) {
    errors.push({ field: field("first_name"), code: "name_required", message: "Enter the name of the person receiving the parcel." })
  }
  const phone = normalizeVietnamesePhone(address.phone)
  if (!phone) {
    errors.push({
      field: field("phone"),
      code: address.phone?.trim() ? "invalid_phone" : "phone_required",
      message: address.phone?.trim()
        ? `"${address.phone.trim()}" is not a Vietnamese phone number: use 10 digits starting with 03, 05, 07, 08 or 09 (e.g. 0912 345 678), a landline starting with 02, or +84 instead of the first 0.`
        : "Enter a phone number the courier can call, e.g. 0912 345 678.",
    })
  }
  if (address.country_code && address.country_code.toLowerCase() !== "vn") {
    errors.push({ field: field("country_code"), code: "country_not_served", message: "We deliver within Việt Nam only." })
  }
  const found = findProvince(address.province)
  let commune: string | null = null
  if (!found) {
    errors.push({
      field: field("province"),
      code: address.province?.trim() ? "unknown_province" : "province_required",
      message: address.province?.trim()
        ? `"${address.province.trim()}" is not one of Việt Nam's 34 provinces and cities (since 1 July 2025).`
        : "Choose the province or city.",
    })
  } else if (found.merged_from) {
    errors.push({
      field: field("province"),
      code: "former_province",
      message: `${found.merged_from} was merged into ${found.province.name} on 1 July 2025: choose ${found.province.name} and the new commune or ward.`,
    })
  }
  const typedCommune = address.city?.normalize("NFC").trim() ?? ""
  if (!typedCommune) {
    errors.push({ field: field("city"), code: "commune_required", message: "Enter the commune, ward or special zone (xã, phường, đặc khu)." })
  } else if (found && !found.merged_from && found.province.name === "Quảng Ninh") {
    commune = findQuangNinhCommune(typedCommune)
    if (!commune) {
      const successor = Object.entries(FORMER_COMMUNES).find(([former]) => COMMUNE_KEY(former) === COMMUNE_KEY(typedCommune))?.[1]
      const suggestions = successor ? [successor] : suggestQuangNinhCommunes(typedCommune)
      errors.push({
        field: field("city"),
        code: "unknown_commune",
        message:
          `"${typedCommune}" is not a commune, ward or special zone of Quảng Ninh since 1 July 2025.` +
          (successor ? ` It is now part of ${successor}.` : suggestions.length ? ` Did you mean ${suggestions.join(", ")}?` : ""),
      })
    }
  } else {
    commune = typedCommune
  }
  const street = address.address_1?.normalize("NFC").trim() ?? ""
  if (!street) {
    errors.push({ field: field("address_1"), code: "street_required", message: "Enter the house number and street, or the village (thôn, tổ, khu)." })
  }
  if (errors.length || !phone || !found || !commune) return { errors }
  return { errors, normalized: { phone, province: found.province.name, commune, street } }
}

export type InvoiceInput = { company_name?: string | null; tax_code?: string | null; address?: string | null; email?: string | null }
export type Invoice = { company_name: string; tax_code: string; address: string | null; email: string | null }

/**
 * Company details for an e-invoice (hóa đơn điện tử): a name and a tax code of
 * 10 digits, or 13 for a branch (written 10 digits, a dash, 3 digits, or 13 digits).
 */
export function checkInvoice(invoice: InvoiceInput | null | undefined, prefix = "invoice"): { errors: FieldError[]; invoice?: Invoice } {
  if (!invoice) return { errors: [] }
  const errors: FieldError[] = []
  const name = invoice.company_name?.normalize("NFC").trim() ?? ""
  if (!name) errors.push({ field: `${prefix}.company_name`, code: "company_name_required", message: "Enter the company name as registered for tax." })
  const digits = (invoice.tax_code ?? "").replace(/[\s.]/g, "")
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(digits)
  if (!match) {
    errors.push({
      field: `${prefix}.tax_code`,
      code: "invalid_tax_code",
      message: "The tax code (mã số thuế) must be 10 digits, or 13 digits for a branch (e.g. 5700100256 or 5700100256-001).",
    })
  }
  const email = invoice.email?.trim() || null
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.push({ field: `${prefix}.email`, code: "invalid_email", message: "The e-mail address for the invoice is not valid." })
  }
  if (errors.length || !match) return { errors }
  return {
    errors,
    invoice: { company_name: name, tax_code: match[2] ? `${match[1]}-${match[2]}` : match[1], address: invoice.address?.normalize("NFC").trim() || null, email },
  }
}
