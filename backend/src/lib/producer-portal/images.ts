/**
 * Pictures uploaded by producers: only JPEG, PNG or WebP (by content), at most 8 MB and
 * 40 megapixels, turned by sharp into WebP files named for 400, 800
 * and 1200 px (the shop asks for all three, docs/catalog-api.md; a smaller picture is never
 * enlarged, so its larger names hold its own width), turned upright from EXIF, metadata
 * dropped, under generated names.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import sharp from "sharp"

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024
export const MAX_IMAGES_PER_UPLOAD = 6
export const IMAGE_WIDTHS = [400, 800, 1200] as const
const MAX_PIXELS = 40_000_000
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"])

export type ProcessedImage = { name: string; width: number; height: number; sizes: { width: number; filename: string; content: Buffer }[] }

/** Decodes one upload and makes its WebP sizes; 400 in plain words for anything else. */
export async function processProducerImage(buffer: Buffer): Promise<ProcessedImage> {
  let format: string | undefined
  try {
    format = (await sharp(buffer, { limitInputPixels: MAX_PIXELS }).metadata()).format
  } catch {
    format = undefined
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only JPEG, PNG or WebP pictures can be uploaded")
  }
  const name = `pimg-${randomBytes(12).toString("hex")}`
  let upright: { data: Buffer; info: { width: number; height: number } }
  try {
    upright = await sharp(buffer, { limitInputPixels: MAX_PIXELS }).rotate().toBuffer({ resolveWithObject: true })
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This picture could not be read; please try another one (JPEG, PNG or WebP)")
  }
  const { width, height } = upright.info
  try {
    const sizes = await Promise.all(
      IMAGE_WIDTHS.map(async (w) => ({
        width: Math.min(w, width),
        filename: `${name}-${w}.webp`,
        content: await sharp(upright.data).resize({ width: w, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
      }))
    )
    const largest = Math.min(IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], width)
    return { name, width: largest, height: Math.round((height * largest) / width), sizes }
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This picture could not be read; please try another one (JPEG, PNG or WebP)")
  }
}
