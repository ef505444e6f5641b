/**
 * Pictures of the seed: SVG illustrations (seed/src/art.ts) rasterised by
 * sharp into WebP at several widths, cached on disk by content (a re-run, or a
 * seed into a fresh database, renders nothing again), then uploaded through
 * Medusa's file module with `uploadFilesWorkflow`.
 *
 * Every width of one picture gets the same name but for its suffix
 * (`<base>-400.webp`, `<base>-800.webp`, `<base>-1200.webp`), so a client that
 * has one URL can build the others.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { deleteFilesWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"

/** Widths of product pictures (4:3), as listed in `metadata.image_sizes`. */
export const IMAGE_WIDTHS = [400, 800, 1200] as const
/** Widths of producer logos (square). */
export const LOGO_WIDTHS = [400, 800] as const

const WEBP = { quality: 80, effort: 1 } as const
const RENDER_VERSION = `webp-q${WEBP.quality}-e${WEBP.effort}-sharp${sharp.versions.sharp}-1`

/** One picture to make: its file name base and its SVG at a given width. */
export type ImageJob = {
  base: string
  widths: readonly number[]
  svg: (width: number) => string
}

export type RenderedImage = { base: string; files: { width: number; webp: Buffer }[] }

/** Where rendered WebP files are kept between runs (ignored by git). */
export function imageCacheDir(): string {
  return process.env.OCOP_SEED_IMAGE_CACHE ?? path.resolve(__dirname, "..", ".cache", "images")
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

async function renderOne(svg: string, cacheDir: string): Promise<Buffer> {
  const key = crypto.createHash("sha256").update(RENDER_VERSION).update("\0").update(svg).digest("hex")
  const file = path.join(cacheDir, key.slice(0, 2), `${key}.webp`)
  try {
    return await fs.promises.readFile(file)
  } catch {
    // not cached yet
  }
  const webp = await sharp(Buffer.from(svg)).webp(WEBP).toBuffer()
  await fs.promises.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`
  await fs.promises.writeFile(temporary, webp)
  await fs.promises.rename(temporary, file)
  return webp
}

/** Renders every width of every job (or reads it from the cache). */
export async function renderImages(jobs: readonly ImageJob[], cacheDir = imageCacheDir()): Promise<RenderedImage[]> {
  const tasks = jobs.flatMap((job, j) => job.widths.map((width) => ({ j, width, svg: job.svg(width) })))
  const buffers = await mapLimit(tasks, 4, (task) => renderOne(task.svg, cacheDir))
  const out: RenderedImage[] = jobs.map((job) => ({ base: job.base, files: [] }))
  tasks.forEach((task, i) => out[task.j].files.push({ width: task.width, webp: buffers[i] }))
  return out
}

/** Picture URLs by base name: the URL of each width. */
export type UploadedImages = Map<string, Map<number, string>>

const widthSuffix = /-(\d+)\.webp$/

/**
 * Runs `work` with `Date.now()` returning one instant. The local file provider
 * names each file `<Date.now()>-<filename>`, reading the clock after an await
 * per file, so the widths of one picture uploaded together can straddle a
 * millisecond and get different prefixes (often, on a busy machine). Timers
 * are not affected (they use the monotonic clock); ids stay unique (ULIDs add
 * 80 random bits).
 */
async function withFrozenClock<T>(work: () => Promise<T>): Promise<T> {
  const realNow = Date.now
  const instant = realNow()
  Date.now = () => instant
  try {
    return await work()
  } finally {
    Date.now = realNow
  }
}

/**
 * Uploads rendered pictures through the file module, so that all widths of a
 * picture differ only by their `-<width>.webp` suffix: each batch is uploaded
 * with a frozen clock, and a picture whose names still differ (another file
 * provider) is deleted and uploaded again.
 */
export async function uploadImages(container: MedusaContainer, images: readonly RenderedImage[], batchSize = 40): Promise<UploadedImages> {
  const uploaded: UploadedImages = new Map()
  let pending = [...images]
  let lastMismatch: string[] = []
  for (let attempt = 1; pending.length; attempt++) {
    if (attempt > 6) throw new Error(`Could not upload ${pending.length} pictures with matching names: ${pending.map((p) => p.base).join(", ")} (${lastMismatch.join(" ")})`)
    const retry: RenderedImage[] = []
    for (let start = 0; start < pending.length; start += batchSize) {
      const batch = pending.slice(start, start + batchSize)
      const files = batch.flatMap((image) =>
        image.files.map((file) => ({
          filename: `${image.base}-${file.width}.webp`,
          mimeType: "image/webp",
          content: file.webp.toString("base64"),
          access: "public" as const,
        }))
      )
      const { result } = await withFrozenClock(() => uploadFilesWorkflow(container).run({ input: { files } }))
      let i = 0
      const strays: string[] = []
      for (const image of batch) {
        const urls = new Map<number, string>()
        const ids: string[] = []
        for (const file of image.files) {
          const dto = result[i++]
          urls.set(file.width, dto.url)
          ids.push(dto.id)
        }
        const stems = new Set([...urls.values()].map((url) => url.replace(widthSuffix, "")))
        if (stems.size === 1) uploaded.set(image.base, urls)
        else {
          lastMismatch = [...urls.values()]
          strays.push(...ids)
          retry.push(image)
        }
      }
      if (strays.length) await deleteFilesWorkflow(container).run({ input: { ids: strays } })
    }
    pending = retry
  }
  return uploaded
}

/** `OCOP_SEED_IMAGES=false` seeds without pictures (no thumbnails, logos or covers). */
export function picturesEnabled(): boolean {
  return process.env.OCOP_SEED_IMAGES !== "false"
}

/** Renders and uploads: the URL of each width of each picture (none when pictures are off). */
export async function makeImages(container: MedusaContainer, jobs: readonly ImageJob[]): Promise<UploadedImages | undefined> {
  if (!picturesEnabled()) return undefined
  if (!jobs.length) return new Map()
  return uploadImages(container, await renderImages(jobs))
}

/** The URL of one width of an uploaded picture. */
export function imageUrl(images: UploadedImages, base: string, width: number): string {
  const url = images.get(base)?.get(width)
  if (!url) throw new Error(`No ${width}px picture named ${base}`)
  return url
}
