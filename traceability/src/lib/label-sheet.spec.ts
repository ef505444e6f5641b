// Unit tests of label-sheet.ts.
import { TraceInputError } from "./errors"
import { escapeHtml, labelSheetHtml, type LabelInput } from "./label-sheet"

const label: LabelInput = {
  uri: "https://truyxuat.example.vn/01/08931234567897/10/CM-01",
  productTitle: "Chả mực Hạ Long",
  lot: "CM-01",
  expiry: "2027-03-05",
  stars: 4,
  producerName: "HTX Thủy sản Hạ Long",
}

describe("labelSheetHtml", () => {
  it("renders an A4 page with QR, product, lot, expiry, stars and producer", async () => {
    const html = await labelSheetHtml({ labels: [label] })
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain("@page { size: A4; margin: 8mm }")
    expect(html).toContain("<svg")
    expect(html).toContain("Chả mực Hạ Long")
    expect(html).toContain("Lô: CM-01")
    expect(html).toContain("HSD: 05/03/2027")
    expect(html).toContain(">★★★★<")
    expect(html).toContain("HTX Thủy sản Hạ Long")
    expect(html.match(/class="page"/g)).toHaveLength(1)
  })
  it("leaves out stars and expiry when not given", async () => {
    const html = await labelSheetHtml({ labels: [{ ...label, stars: null, expiry: undefined }] })
    expect(html).not.toContain("★")
    expect(html).not.toContain("HSD")
    expect(html).not.toContain('class="stars"')
  })
  it("escapes every text", async () => {
    const html = await labelSheetHtml({
      labels: [{ ...label, productTitle: '<script>alert("x")</script>', producerName: "A & B <b>", lot: "L<1>" }],
    })
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(html).toContain("A &amp; B &lt;b&gt;")
    expect(html).toContain("Lô: L&lt;1&gt;")
    expect(escapeHtml(`'"&<>`)).toBe("&#39;&quot;&amp;&lt;&gt;")
  })
  it("puts 24 labels on a page", async () => {
    const labels = Array.from({ length: 50 }, (_, i) => ({ ...label, lot: `CM-${i}` }))
    const html = await labelSheetHtml({ labels })
    expect(html.match(/<section class="page">/g)).toHaveLength(3)
    expect(html.match(/class="label"/g)).toHaveLength(50)
    const pages = html.split('<section class="page">').slice(1)
    expect(pages.map((p) => (p.match(/class="label"/g) ?? []).length)).toEqual([24, 24, 2])
  })
  it("prints GS1 expiry dates as dd/mm/yyyy and refuses bad stars", async () => {
    expect(await labelSheetHtml({ labels: [{ ...label, expiry: "270200" }] })).toContain("HSD: 28/02/2027")
    await expect(labelSheetHtml({ labels: [{ ...label, stars: 6 }] })).rejects.toBeInstanceOf(TraceInputError)
    await expect(labelSheetHtml({ labels: [{ ...label, expiry: "5/3/2027" }] })).rejects.toBeInstanceOf(TraceInputError)
  })
})
