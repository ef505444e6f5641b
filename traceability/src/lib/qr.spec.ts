// Unit tests of qr.ts.
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { formatDigitalLink } from "./digital-link"
import { qrPng, qrSvg } from "./qr"

function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null
}

describe("QR codes", () => {
  const uri = formatDigitalLink({ base: "https://truyxuat.example.vn", gtin: "8931234567897", lot: "CM/2025-03", serial: "A%1", expiry: "2027-12-31" })

  it("renders a PNG that decodes back to exactly the URI", async () => {
    const png = await qrPng(uri)
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG")
    const image = PNG.sync.read(png)
    expect(image.width).toBe(300)
    expect(decodePng(png)).toBe(uri)
  })
  it("keeps a white quiet zone of 4 modules around the code", async () => {
    const image = PNG.sync.read(await qrPng(uri, 300))
    const dark = (x: number, y: number) => image.data[(y * image.width + x) * 4] < 128
    // QR versions here are ≥ 3 (29 modules) + 8 quiet modules: 4 modules ≥ 300/45*4 ≈ 26 px
    for (let i = 0; i < 20; i++) {
      for (let j = 0; j < image.width; j += 7) {
        expect(dark(i, j) || dark(j, i) || dark(image.width - 1 - i, j) || dark(j, image.height - 1 - i)).toBe(false)
      }
    }
  })
  it("decodes at other sizes and for long lots", async () => {
    const long = formatDigitalLink({ base: "https://truyxuat.example.vn", gtin: "8931234567897", lot: `!"%&'()*+,-./:;<=>?_` })
    expect(decodePng(await qrPng(long, 220))).toBe(long)
  })
  it("renders an inline SVG", async () => {
    const svg = await qrSvg(uri)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain('fill="#ffffff"')
    expect(await qrSvg(uri)).toBe(svg) // deterministic
  })
})
