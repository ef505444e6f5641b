/**
 * Responsive product images. The backend stores each image as WebP in several
 * widths named `…-400.webp`, `…-800.webp`, `…-1200.webp` (docs/catalog-api.md).
 */
export const DEFAULT_IMAGE_WIDTHS = [400, 800, 1200] as const

const SIZED_WEBP = /-(\d+)\.webp(?=$|[?#])/

/** Whether `url` follows the `-<width>.webp` naming. */
export function isSizedImage(url: string | null | undefined): url is string {
  return typeof url === "string" && SIZED_WEBP.test(url)
}

/** The same image at another width; `url` unchanged when it does not follow the naming. */
export function imageAtWidth(url: string, width: number): string {
  return url.replace(SIZED_WEBP, `-${width}.webp`)
}

function cleanWidths(widths: readonly number[] | null | undefined): number[] {
  const valid = (widths ?? []).filter((w) => Number.isInteger(w) && w > 0)
  return [...new Set(valid.length ? valid : DEFAULT_IMAGE_WIDTHS)].sort((a, b) => a - b)
}

/** A `srcset` of every width, e.g. `…-400.webp 400w, …-800.webp 800w, …-1200.webp 1200w`. */
export function buildSrcSet(url: string | null | undefined, widths?: readonly number[] | null): string | undefined {
  if (!isSizedImage(url)) return undefined
  return cleanWidths(widths)
    .map((w) => `${imageAtWidth(url, w)} ${w}w`)
    .join(", ")
}

export type ResponsiveImage = { src: string; srcSet?: string }

/**
 * `src` (the width closest to `preferredWidth`, not below it when possible) and `srcSet`
 * for an `<img>`; `null` without a URL.
 */
export function responsiveImage(
  url: string | null | undefined,
  preferredWidth = 800,
  widths?: readonly number[] | null,
): ResponsiveImage | null {
  if (!url) return null
  if (!isSizedImage(url)) return { src: url }
  const sorted = cleanWidths(widths)
  const width = sorted.find((w) => w >= preferredWidth) ?? sorted[sorted.length - 1]
  return { src: imageAtWidth(url, width), srcSet: buildSrcSet(url, sorted) }
}

/** The largest width, for Open Graph and JSON-LD. */
export function largestImage(url: string | null | undefined, widths?: readonly number[] | null): string | null {
  if (!url) return null
  if (!isSizedImage(url)) return url
  const sorted = cleanWidths(widths)
  return imageAtWidth(url, sorted[sorted.length - 1])
}
