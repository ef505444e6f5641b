/**
 * The seed's pictures: deterministic text-free SVG, rendered by sharp to WebP
 * at the listed widths (4:3 for products and covers, square for logos), and
 * read back from the cache on a second run.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import { PRODUCERS } from "../data/producers"
import { PRODUCTS } from "../data/products"
import { KINDS } from "../data/kinds"
import { coverSvg, hsl, logoSvg, productSvg } from "./art"
import { IMAGE_WIDTHS, LOGO_WIDTHS, mapLimit, renderImages } from "./images"
import { producerPictures, productPictures } from "./pictures"

describe("seed pictures", () => {
  it("draws every motif without text, the same way every time", () => {
    for (const kind of KINDS) {
      for (const index of [0, 1, 2]) {
        const svg = productSvg({ motif: kind.motif, kind: kind.key, seed: kind.key, index }, 400)
        expect(svg).toBe(productSvg({ motif: kind.motif, kind: kind.key, seed: kind.key, index }, 400))
        expect(svg).not.toMatch(/<text|<image|href=|NaN|undefined/)
        expect(svg).toMatch(/^<svg [^>]*width="400" height="300" viewBox="0 0 1200 900">/)
      }
      expect(logoSvg({ motif: kind.motif, kind: kind.key, seed: kind.key }, 400)).toMatch(/width="400" height="400"/)
      expect(coverSvg({ motif: kind.motif, kind: kind.key, seed: kind.key, coastal: true }, 800)).toMatch(/width="800" height="600"/)
    }
  })

  it("gives products 1–3 pictures at 400, 800 and 1200 px, producers a logo and a cover", () => {
    const jobs = PRODUCTS.flatMap(productPictures)
    expect(jobs.length).toBe(PRODUCTS.reduce((n, p) => n + p.imageCount, 0))
    expect(jobs.every((j) => j.widths === IMAGE_WIDTHS)).toBe(true)
    expect(new Set(jobs.map((j) => j.base)).size).toBe(jobs.length)
    const producerJobs = PRODUCERS.flatMap(producerPictures)
    expect(producerJobs.map((j) => j.widths)).toEqual(PRODUCERS.flatMap(() => [LOGO_WIDTHS, IMAGE_WIDTHS]))
  })

  it("renders WebP at each width and reuses the cache", async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-seed-images-"))
    try {
      const jobs = [...productPictures(PRODUCTS[0]).slice(0, 1), ...producerPictures(PRODUCERS[0]).slice(0, 1)]
      const first = await renderImages(jobs, cache)
      const metadata = await Promise.all(first.flatMap((image) => image.files.map((file) => sharp(file.webp).metadata())))
      expect(metadata.map((m) => [m.format, m.width, m.height])).toEqual([
        ["webp", 400, 300],
        ["webp", 800, 600],
        ["webp", 1200, 900],
        ["webp", 400, 400],
        ["webp", 800, 800],
      ])
      const cached = fs.readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith(".webp"))
      expect(cached).toHaveLength(5)
      const again = await renderImages(jobs, cache)
      expect(again.map((i) => i.files.map((f) => f.webp.equals(first[again.indexOf(i)].files[i.files.indexOf(f)].webp)))).toEqual([
        [true, true, true],
        [true, true],
      ])
    } finally {
      fs.rmSync(cache, { recursive: true, force: true })
    }
  })

  it("converts HSL colours to hex", () => {
    expect(hsl(0, 100, 50)).toBe("#ff0000")
    expect(hsl(120, 100, 25)).toBe("#008000")
    expect(hsl(-120, 100, 50)).toBe("#0000ff")
  })

  it("keeps results in order when work runs a few at a time", async () => {
    const out = await mapLimit([5, 1, 3, 2], 2, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n))
      return n * 10
    })
    expect(out).toEqual([50, 10, 30, 20])
  })
})
