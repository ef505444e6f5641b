import sharp from "sharp"
import { IMAGE_WIDTHS, processProducerImage } from "./images"

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#2f7d32" } }).jpeg().toBuffer()

describe("processProducerImage", () => {
  it("makes every width the shop asks for, never enlarging a small picture", async () => {
    const small = await processProducerImage(await picture(640, 480))
    expect(small.sizes.map((s) => s.filename.replace(small.name, ""))).toEqual(IMAGE_WIDTHS.map((w) => `-${w}.webp`))
    const widths = await Promise.all(small.sizes.map(async (s) => (await sharp(s.content).metadata()).width))
    expect(widths).toEqual([400, 640, 640])
    expect(small).toMatchObject({ width: 640, height: 480 })

    const tiny = await processProducerImage(await picture(96, 96))
    expect(tiny.sizes.map((s) => s.filename.replace(tiny.name, ""))).toEqual(["-400.webp", "-800.webp", "-1200.webp"])

    const large = await processProducerImage(await picture(3000, 2000))
    const largeWidths = await Promise.all(large.sizes.map(async (s) => (await sharp(s.content).metadata()).width))
    expect(largeWidths).toEqual([400, 800, 1200])
    expect(large).toMatchObject({ width: 1200, height: 800 })
  })

  it("refuses a file that is not a JPEG, PNG or WebP picture", async () => {
    await expect(processProducerImage(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).rejects.toThrow(/Only JPEG, PNG or WebP/)
  })
})
