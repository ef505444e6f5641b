/**
 * The machine side of the GS1 Digital Link resolver: which answer a request wants
 * (HTML for a person, a linkset for a machine) and the links themselves, as an
 * RFC 9264 linkset (`application/linkset+json`) and as an RFC 8288 `Link` header.
 * Pure.
 */
import type { OcopCertificate } from "./catalog"
import { epcisPath, productPath, tracePath } from "./paths"
import type { BatchStatus, TraceItem } from "./trace"

export const GS1 = "https://gs1.org/voc/"
export const LINK_TYPES = {
  pip: `${GS1}pip`,
  certificationInfo: `${GS1}certificationInfo`,
  traceability: `${GS1}traceability`,
  defaultLink: `${GS1}defaultLink`,
  recallStatus: `${GS1}recallStatus`,
  relatedImage: `${GS1}relatedImage`,
} as const

export const LINKSET_TYPE = "application/linkset+json"

// --- Negotiation -----------------------------------------------------------------

type MediaRange = { type: string; subtype: string; q: number }

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = []
  for (const part of accept.split(",")) {
    const [range, ...params] = part.trim().split(";")
    const [type, subtype] = (range ?? "").trim().toLowerCase().split("/")
    if (!type || !subtype) continue
    let q = 1
    for (const param of params) {
      const [name, value] = param.trim().split("=")
      if (name?.trim().toLowerCase() === "q") {
        const parsed = Number(value)
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0
      }
    }
    ranges.push({ type, subtype, q })
  }
  return ranges
}

/** The quality the Accept ranges give `mediaType`: the most specific matching range wins (RFC 9110 §12.5.1). */
function quality(ranges: MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split("/")
  let best: { specificity: number; q: number } | null = null
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === "*" ? 1 : r.type === "*" && r.subtype === "*" ? 0 : -1
    if (specificity < 0) continue
    if (!best || specificity > best.specificity) best = { specificity, q: r.q }
  }
  return best?.q ?? 0
}

/**
 * What the client asked for: `linkset` (as `application/linkset+json`, or `application/json`
 * when that is the only JSON it takes) or `html`. A browser's Accept (HTML first, anything else
 * at q=0.8) and a bare wildcard get HTML; HTML also wins a tie.
 */
export function negotiate(accept: string | null | undefined): { kind: "html" } | { kind: "linkset"; contentType: string } {
  if (!accept || !accept.trim()) return { kind: "html" }
  const ranges = parseAccept(accept)
  const html = quality(ranges, "text/html")
  const linkset = quality(ranges, LINKSET_TYPE)
  const json = quality(ranges, "application/json")
  const machine = Math.max(linkset, json)
  if (machine <= 0 || machine <= html) return { kind: "html" }
  return { kind: "linkset", contentType: linkset >= json ? LINKSET_TYPE : "application/json" }
}

/** GS1 short names of link types a `?linkType=` may use (`gs1:pip`, `pip`, or the full URI). */
export function linkTypeUri(value: string): string {
  const v = value.trim()
  if (/^https?:\/\//i.test(v)) return v
  return `${GS1}${v.replace(/^gs1:/i, "")}`
}

/**
 * The GS1 resolver's `?linkType=` query: `linkset` or `all` asks for the whole linkset,
 * any other value for one link (the resolver redirects to it). Null when absent.
 */
export function requestedLinkType(url: URL): { kind: "linkset" } | { kind: "link"; type: string } | null {
  const value = url.searchParams.get("linkType")
  if (value === null || value.trim() === "") return null
  if (["linkset", "all"].includes(value.trim().toLowerCase())) return { kind: "linkset" }
  return { kind: "link", type: linkTypeUri(value) }
}

// --- Links -------------------------------------------------------------------------

export type LinkTarget = { href: string; title?: string; hreflang?: string[]; type?: string }
/** One context of an RFC 9264 linkset: its anchor and, by link relation type, the targets. */
export type LinksetContext = { anchor: string; [relation: string]: string | LinkTarget[] }
export type Linkset = { linkset: LinksetContext[] }

export type LinksetInput = {
  /** The requested Digital Link URI (absolute). */
  anchor: string
  /** The storefront's origin, e.g. https://cho-ocop.vn */
  origin: string
  item: Pick<TraceItem, "gtin" | "product" | "ocop"> & { variant?: Pick<TraceItem["variant"], "id"> | null }
  batch?: { lot: string; status: BatchStatus; withdrawal_reason?: string | null } | null
}

/** "OCOP 4★ — 1234/QĐ-UBND" */
export function certificationTitle(ocop: Pick<OcopCertificate, "star" | "decision_number">): string {
  return `OCOP ${ocop.star}★ — ${ocop.decision_number}`
}

/**
 * The links of a product (`/01/{gtin}`) or of one of its batches (`/01/{gtin}/10/{lot}`):
 * product page (gs1:pip), the current OCOP certificate (gs1:certificationInfo, none when it
 * has expired), the batch's EPCIS events (gs1:traceability), a recall notice
 * for a withdrawn batch, and the default link (the trace page this resolver shows people).
 */
export function buildLinkset(input: LinksetInput): Linkset {
  const { origin, item, batch } = input
  const product = `${origin}${productPath(item.product.handle)}`
  const context: LinksetContext = { anchor: input.anchor }
  const pip = item.variant?.id ? `${product}?variant=${encodeURIComponent(item.variant.id)}` : product
  context[LINK_TYPES.pip] = [{ href: pip, title: item.product.title, hreflang: ["vi"], type: "text/html" }]
  if (item.ocop) {
    context[LINK_TYPES.certificationInfo] = [{ href: `${product}#ocop`, title: certificationTitle(item.ocop), hreflang: ["vi"], type: "text/html" }]
  }
  if (batch) {
    context[LINK_TYPES.traceability] = [
      { href: `${origin}${epcisPath(item.gtin, batch.lot)}`, title: `EPCIS 2.0 — ${item.product.title}, lô ${batch.lot}`, type: "application/ld+json" },
    ]
    if (batch.status === "withdrawn") {
      context[LINK_TYPES.recallStatus] = [
        { href: `${origin}${tracePath(item.gtin, batch.lot)}`, title: `Thu hồi: ${batch.withdrawal_reason ?? "lô hàng đã bị thu hồi"}`, hreflang: ["vi"], type: "text/html" },
      ]
    }
  }
  const page = `${origin}${tracePath(item.gtin, batch?.lot)}`
  context[LINK_TYPES.defaultLink] = [
    { href: page, title: batch ? `Truy xuất nguồn gốc — ${item.product.title}, lô ${batch.lot}` : `Truy xuất nguồn gốc — ${item.product.title}`, hreflang: ["vi"], type: "text/html" },
  ]
  return { linkset: [context] }
}

/** The first link of a type in a linkset, for `?linkType=gs1:pip` redirects. */
export function findLink(linkset: Linkset, type: string): LinkTarget | null {
  for (const context of linkset.linkset) {
    const targets = context[type]
    if (Array.isArray(targets) && targets[0]) return targets[0]
  }
  return null
}

/** RFC 8187 ext-value for a header parameter: UTF-8, percent-encoded (header values must be ASCII). */
function extValue(value: string): string {
  return `UTF-8''${encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`
}

function asciiUri(uri: string): string {
  return uri.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c))
}

/**
 * The linkset as an RFC 8288 `Link` header for the HTML answer, plus a `linkset` link
 * to the JSON. Titles go in `title*` so Vietnamese survives an ASCII-only header.
 */
export function linkHeader(linkset: Linkset, linksetUrl: string): string {
  const parts: string[] = []
  for (const context of linkset.linkset) {
    for (const [rel, targets] of Object.entries(context)) {
      if (rel === "anchor" || !Array.isArray(targets)) continue
      for (const target of targets) {
        let part = `<${asciiUri(target.href)}>; rel="${rel}"`
        if (target.type) part += `; type="${target.type}"`
        if (target.hreflang?.length) part += `; hreflang="${target.hreflang[0]}"`
        if (target.title) part += `; title*=${extValue(target.title)}`
        parts.push(part)
      }
    }
  }
  parts.push(`<${asciiUri(linksetUrl)}>; rel="linkset"; type="${LINKSET_TYPE}"`)
  return parts.join(", ")
}

/** The requested URI as the linkset's anchor: origin and path, with the resolver's own `linkType` dropped. */
export function anchorOf(url: URL): string {
  const query = new URLSearchParams(url.search)
  query.delete("linkType")
  const search = query.toString()
  return `${url.origin}${url.pathname}${search ? `?${search}` : ""}`
}

/** The URL that answers with the linkset whatever the Accept header says. */
export function linksetUrlOf(url: URL): string {
  const query = new URLSearchParams(url.search)
  query.set("linkType", "linkset")
  return `${url.origin}${url.pathname}?${query.toString()}`
}

export type MachineRequest = { kind: "linkset"; contentType: string } | { kind: "link"; type: string }

/**
 * Whether a resolver request is for a machine, and for what: `?linkType=` first (GS1's own
 * switch), then the Accept header. Null for a person (the HTML page).
 */
export function machineRequest(accept: string | null | undefined, url: URL): MachineRequest | null {
  const linkType = requestedLinkType(url)
  if (linkType?.kind === "link") return linkType
  const negotiated = negotiate(accept)
  if (linkType?.kind === "linkset") return { kind: "linkset", contentType: negotiated.kind === "linkset" ? negotiated.contentType : LINKSET_TYPE }
  return negotiated.kind === "linkset" ? negotiated : null
}
