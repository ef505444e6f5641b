/**
 * The producer's listing form (create and edit, `/producer/products/…`): what the person
 * typed → the body of `POST /producer/products(/:id)` (docs/producer-api.md, "Listings").
 * Errors are message keys, translated by the page. Pure.
 */
import type { MessageKey } from "./i18n"
import { formatPriceInput, optionsFor, readVariantRows, type PortalProduct, type VariantRow } from "./producer-portal"

export const DEFAULT_OPTION_TITLE = "Quy cách"
/** Blank rows the form offers for new variants (without JavaScript there is no "add a row" button). */
export const BLANK_VARIANT_ROWS = 2
export const UPLOAD_LIMITS = { maxFiles: 6, maxMegabytes: 8, types: ["image/jpeg", "image/png", "image/webp"] } as const

export type ListingValues = {
  title: string
  subtitle: string
  description: string
  option_title: string
  variants: { id: string; title: string; price: string; stock: string }[]
}
export type ListingErrors = Record<string, MessageKey>

type FormLike = { get(name: string): unknown }

/** The form as typed, to show it back after a refusal. */
export function listingValues(form: FormLike, rows: number): ListingValues {
  const text = (name: string) => String(form.get(name) ?? "").normalize("NFC")
  return {
    title: text("title"),
    subtitle: text("subtitle"),
    description: text("description"),
    option_title: text("option_title"),
    variants: Array.from({ length: rows }, (_, row) => ({
      id: text(`variant-${row}-id`),
      title: text(`variant-${row}-title`),
      price: text(`variant-${row}-price`),
      stock: text(`variant-${row}-stock`),
    })),
  }
}

/** A stored product as the form shows it, with blank rows for new variants. */
export function productValues(product: PortalProduct | null): ListingValues {
  const rows = (product?.variants ?? []).map((v) => ({ id: v.id, title: v.title, price: formatPriceInput(v.price), stock: v.stock == null ? "" : String(v.stock) }))
  const blank = rows.length ? BLANK_VARIANT_ROWS : BLANK_VARIANT_ROWS + 1
  for (let i = 0; i < blank; i++) rows.push({ id: "", title: "", price: "", stock: "" })
  return {
    title: product?.title ?? "",
    subtitle: product?.subtitle ?? "",
    description: product?.description ?? "",
    option_title: product?.options[0]?.title ?? DEFAULT_OPTION_TITLE,
    variants: rows,
  }
}

export type ListingRead = { errors: ListingErrors; title: string; subtitle: string; description: string; optionTitle: string; variants: VariantRow[] }

/** Checks the form; errors are keyed by field name (`title`, `variant-0-price`, …). */
export function readListingForm(form: FormLike): ListingRead {
  const rows = Math.min(60, Math.max(1, Number(form.get("variant-rows")) || 1))
  const text = (name: string) => String(form.get(name) ?? "").normalize("NFC").trim()
  const title = text("title")
  const subtitle = text("subtitle")
  const description = text("description")
  const optionTitle = text("option_title") || DEFAULT_OPTION_TITLE
  const errors: ListingErrors = {}
  if (!title) errors.title = "portal.invalid.required"
  else if (title.length > 200) errors.title = "portal.listing.invalid.title"
  if (subtitle.length > 200) errors.subtitle = "portal.listing.invalid.subtitle"
  if (description.length > 5000) errors.description = "portal.listing.invalid.description"
  if (optionTitle.length > 100) errors.option_title = "portal.listing.invalid.subtitle"
  const { variants, errors: rowErrors } = readVariantRows(form, rows)
  for (const e of rowErrors) {
    errors[`variant-${e.row}-${e.field}`] =
      e.problem === "price" ? "portal.listing.invalid.price" : e.problem === "stock" ? "portal.listing.invalid.stock" : e.problem === "duplicate" ? "portal.listing.invalid.duplicate" : "portal.invalid.required"
  }
  if (variants.length === 0 && rowErrors.length === 0) errors["variant-0-title"] = "portal.listing.invalid.noVariant"
  return { errors, title, subtitle, description, optionTitle, variants }
}

/** The body that creates a listing (status draft). */
export function createBody(read: ListingRead, images: string[]) {
  return {
    title: read.title,
    ...(read.subtitle ? { subtitle: read.subtitle } : {}),
    ...(read.description ? { description: read.description } : {}),
    ...(images.length ? { images } : {}),
    options: optionsFor(read.optionTitle, read.variants),
    variants: read.variants.map((v) => ({ title: v.title, price: v.price, stock: v.stock, options: { [read.optionTitle]: v.title } })),
  }
}

/**
 * The body that edits a listing: only what changed, so that changing a price or the stock
 * of a published product does not send it back to review (changing its words or options does).
 */
export function updateBody(read: ListingRead, product: PortalProduct) {
  const body: Record<string, unknown> = {}
  if (read.title !== product.title) body.title = read.title
  if (read.subtitle !== (product.subtitle ?? "")) body.subtitle = read.subtitle
  if (read.description !== (product.description ?? "")) body.description = read.description
  const optionTitle = product.options[0]?.title ?? read.optionTitle
  const stored = new Map(product.variants.map((v) => [v.id, v]))
  const variants = read.variants.filter((v) => !v.id || stored.has(v.id))
  const titlesBefore = product.variants.map((v) => v.title).join("\u0000")
  const titlesAfter = variants.map((v) => (v.id ? v.title : null)).filter(Boolean).join("\u0000")
  const optionsChanged = variants.some((v) => !v.id) || titlesBefore !== titlesAfter
  if (optionsChanged) {
    const values = [...new Set([...product.variants.map((v) => v.title), ...variants.map((v) => v.title)])]
    body.options = [{ title: optionTitle, values }]
  }
  const changed = variants.filter((v) => {
    const before = v.id ? stored.get(v.id) : undefined
    return !before || before.title !== v.title || before.price !== v.price || before.stock !== v.stock
  })
  if (changed.length) {
    body.variants = changed.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      title: v.title,
      price: v.price,
      stock: v.stock,
      ...(!v.id || stored.get(v.id)?.title !== v.title ? { options: { [optionTitle]: v.title } } : {}),
    }))
  }
  return body
}

/** The kind of picture a file's first bytes say it is (its name and declared type are not trusted). */
export function pictureKind(head: Uint8Array): "jpeg" | "png" | "webp" | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg"
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return "png"
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to))
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp"
  return null
}

/**
 * What is wrong with the pictures chosen, said in the person's language before uploading
 * them (the backend checks the same limits and has the last word); null when nothing is.
 */
export function picturesProblem(files: readonly { size: number; head: Uint8Array }[]): MessageKey | null {
  if (files.length > UPLOAD_LIMITS.maxFiles) return "portal.listing.upload.tooMany"
  if (files.some((f) => f.size > UPLOAD_LIMITS.maxMegabytes * 1024 * 1024)) return "portal.listing.upload.tooBig"
  if (files.some((f) => pictureKind(f.head) === null)) return "portal.listing.upload.type"
  return null
}
