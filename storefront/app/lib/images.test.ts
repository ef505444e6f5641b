import { describe, expect, it } from "vitest"
import { buildSrcSet, imageAtWidth, largestImage, responsiveImage } from "./images"

const base = "http://127.0.0.1:9000/static/cha-muc-ha-long-1"

describe("buildSrcSet", () => {
  it("lists the three widths from any of them", () => {
    const expected = `${base}-400.webp 400w, ${base}-800.webp 800w, ${base}-1200.webp 1200w`
    expect(buildSrcSet(`${base}-400.webp`)).toBe(expected)
    expect(buildSrcSet(`${base}-1200.webp`)).toBe(expected)
  })

  it("uses the widths the product declares", () => {
    expect(buildSrcSet(`${base}-400.webp`, [800, 400])).toBe(`${base}-400.webp 400w, ${base}-800.webp 800w`)
    expect(buildSrcSet(`${base}-400.webp`, [])).toContain("1200w")
  })

  it("has no srcset for an image outside the naming", () => {
    expect(buildSrcSet("http://x/static/photo.jpg")).toBeUndefined()
    expect(buildSrcSet("http://x/static/photo.webp")).toBeUndefined()
    expect(buildSrcSet(null)).toBeUndefined()
  })

  it("only touches the width at the end of the name", () => {
    expect(imageAtWidth("http://x/static/gom-400-nam-800.webp", 1200)).toBe("http://x/static/gom-400-nam-1200.webp")
    expect(imageAtWidth("http://x/a-400.webp?v=2", 800)).toBe("http://x/a-800.webp?v=2")
  })
})

describe("responsiveImage", () => {
  it("picks the closest width not below the wish", () => {
    expect(responsiveImage(`${base}-1200.webp`, 400)?.src).toBe(`${base}-400.webp`)
    expect(responsiveImage(`${base}-400.webp`, 600)?.src).toBe(`${base}-800.webp`)
    expect(responsiveImage(`${base}-400.webp`, 2000)?.src).toBe(`${base}-1200.webp`)
  })

  it("passes other URLs through", () => {
    expect(responsiveImage("http://x/a.png")).toEqual({ src: "http://x/a.png" })
    expect(responsiveImage(null)).toBeNull()
  })

  it("gives the largest for sharing", () => {
    expect(largestImage(`${base}-400.webp`)).toBe(`${base}-1200.webp`)
    expect(largestImage("http://x/a.png")).toBe("http://x/a.png")
  })
})
