// Print-ready A4 sheet of trace labels (3 × 8 per page): QR code, product, lot, expiry, OCOP stars, producer.
import { TraceInputError } from "./errors"
import { formatViDate } from "./gs1-date"
import { qrSvg } from "./qr"

export interface LabelInput {
  /** the GS1 Digital Link URI the QR code holds */
  uri: string
  productTitle: string
  lot: string
  /** YYYY-MM-DD, a GS1 YYMMDD or an ISO date-time; printed as dd/mm/yyyy */
  expiry?: string
  /** OCOP rating 1-5; printed as ★ only when given */
  stars?: number | null
  producerName: string
}

export const LABELS_PER_PAGE = 24 // 3 columns × 8 rows

const CSS = `@page { size: A4; margin: 8mm }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0 }
body { font-family: "Noto Sans", "Be Vietnam Pro", Arial, sans-serif; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact }
.page { width: 194mm; height: 281mm; display: grid; grid-template-columns: repeat(3, 1fr); grid-template-rows: repeat(8, 1fr); break-after: page; page-break-after: always; overflow: hidden }
.page:last-child { break-after: auto; page-break-after: auto }
.label { display: flex; align-items: center; gap: 2mm; padding: 1.5mm 2mm; border: 0.2mm dashed #bbb; overflow: hidden; break-inside: avoid }
.qr { flex: none; width: 30mm; height: 30mm }
.qr svg { display: block; width: 100%; height: 100% }
.text { min-width: 0; font-size: 7pt; line-height: 1.25 }
.title { font-size: 8.5pt; font-weight: 700; max-height: 3.9em; overflow: hidden; margin-bottom: 0.5mm }
.stars { color: #b8860b; font-size: 9pt; letter-spacing: 0.3mm }
.producer { color: #333; max-height: 2.6em; overflow: hidden }
@media screen { body { background: #eee } .page { background: #fff; margin: 8mm auto; box-shadow: 0 0 2mm #999 } }`

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string)
}

/** A full HTML document of the labels, 24 per A4 page; every text is escaped. */
export async function labelSheetHtml({ labels, lang = "vi" }: { labels: LabelInput[]; lang?: "vi" }): Promise<string> {
  const svgs = new Map<string, string>()
  for (const label of labels) {
    if (typeof label.uri !== "string" || label.uri === "") throw new TraceInputError("uri", "Every label needs the URI its QR code holds")
    if (!svgs.has(label.uri)) svgs.set(label.uri, await qrSvg(label.uri))
  }
  const pages: string[] = []
  for (let start = 0; start < labels.length; start += LABELS_PER_PAGE) {
    const cells = labels.slice(start, start + LABELS_PER_PAGE).map((l) => labelHtml(l, svgs.get(l.uri) as string))
    pages.push(`<section class="page">${cells.join("")}</section>`)
  }
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<title>Tem truy xuất nguồn gốc</title><style>${CSS}</style></head>` +
    `<body>${pages.join("\n")}</body></html>`
  )
}

function labelHtml(label: LabelInput, svg: string): string {
  const lines = [
    `<div class="title">${escapeHtml(String(label.productTitle ?? ""))}</div>`,
    `<div>Lô: ${escapeHtml(String(label.lot ?? ""))}</div>`,
  ]
  if (label.expiry) lines.push(`<div>HSD: ${formatViDate(label.expiry, "expiry")}</div>`)
  if (label.stars != null) {
    if (!Number.isInteger(label.stars) || label.stars < 1 || label.stars > 5) {
      throw new TraceInputError("stars", `OCOP stars must be a whole number from 1 to 5, not ${label.stars}`)
    }
    lines.push(`<div class="stars" aria-label="OCOP ${label.stars} sao">${"★".repeat(label.stars)}</div>`)
  }
  lines.push(`<div class="producer">${escapeHtml(String(label.producerName ?? ""))}</div>`)
  return `<div class="label"><div class="qr" role="img" aria-label="${escapeHtml(label.uri)}">${svg}</div><div class="text">${lines.join("")}</div></div>`
}
