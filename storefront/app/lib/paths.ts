/**
 * The storefront's public URLs, in one place: shop pages and the GS1 Digital Link
 * resolver (`/01/{GTIN-14}/10/{lot}`). Pure.
 */
export function productPath(handle: string): string {
  return `/san-pham/${encodeURIComponent(handle)}`
}

export function producerPath(handle: string): string {
  return `/nha-san-xuat/${encodeURIComponent(handle)}`
}

/**
 * A GS1 application identifier value as the Digital Link standard writes it in a path:
 * every character outside A-Z a-z 0-9 - . _ percent-encoded (UTF-8).
 */
export function encodeAiValue(value: string): string {
  return Array.from(new TextEncoder().encode(value), (byte) => {
    const c = String.fromCharCode(byte)
    return /[A-Za-z0-9\-._]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`
  }).join("")
}

/** `/01/{gtin}` or `/01/{gtin}/10/{lot}`: the page a label's QR code opens. */
export function tracePath(gtin: string, lot?: string | null): string {
  return lot ? `/01/${gtin}/10/${encodeAiValue(lot)}` : `/01/${gtin}`
}

/** The batch's events as an EPCIS 2.0 JSON-LD document, served by the storefront. */
export function epcisPath(gtin: string, lot: string): string {
  return `${tracePath(gtin, lot)}/epcis`
}

/** The public keys that verify signed batch records (a JWK set). */
export const TRACE_KEYS_PATH = "/.well-known/ocop-trace-keys.json"
