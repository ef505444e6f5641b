import { describe, expect, it } from "vitest"
import { decodeEntities, highlightSegments, highlightText, sanitizeHighlight } from "./highlight"

describe("highlightSegments", () => {
  it("reads the search API's fragments", () => {
    expect(highlightSegments("<mark>Nước</mark> <mark>mắm</mark> Cái Rồng")).toEqual([
      { text: "Nước", mark: true },
      { text: " ", mark: false },
      { text: "mắm", mark: true },
      { text: " Cái Rồng", mark: false },
    ])
    expect(highlightSegments("Trà hoa vàng")).toEqual([{ text: "Trà hoa vàng", mark: false }])
  })

  it("gives nothing for no fragment", () => {
    expect(highlightSegments(null)).toEqual([])
    expect(highlightSegments(undefined)).toEqual([])
    expect(highlightSegments("")).toEqual([])
    expect(highlightSegments("<mark></mark>")).toEqual([])
  })

  it("decodes the escaped text into plain text, which React escapes again", () => {
    expect(highlightSegments("Tôm &amp; cá &lt;b&gt;tươi&lt;/b&gt; &quot;ngon&quot; &#39;lắm&#39;")).toEqual([
      { text: `Tôm & cá <b>tươi</b> "ngon" 'lắm'`, mark: false },
    ])
  })

  it("strips every tag but <mark>, keeping the words", () => {
    expect(highlightText('<b>Chả</b> <a href="javascript:alert(1)">mực</a><img src=x onerror=alert(1)><br/> Hạ Long')).toBe("Chả mực Hạ Long")
    expect(highlightSegments('<mark class="x" onclick="alert(1)">mực</mark>')).toEqual([{ text: "mực", mark: true }])
  })

  it("drops script-like elements with their content, and comments", () => {
    expect(highlightText("a<script>alert(1)</script>b<style>*{}</style>c<!-- hidden -->d<SCRIPT type=x>x</SCRIPT>e")).toBe("abcde")
    expect(highlightText("<svg><script>alert(1)</script></svg>ok")).toBe("ok")
  })

  it("treats a lone < as text", () => {
    expect(highlightText("giá < 100.000 ₫ & > 50.000 ₫")).toBe("giá < 100.000 ₫ & > 50.000 ₫")
    expect(highlightText("<script")).toBe("<script")
  })

  it("copes with unbalanced and nested marks", () => {
    expect(highlightSegments("<mark>mắm")).toEqual([{ text: "mắm", mark: true }])
    expect(highlightSegments("mắm</mark> tôm")).toEqual([{ text: "mắm tôm", mark: false }])
    expect(highlightSegments("<mark><mark>a</mark>b</mark>c")).toEqual([
      { text: "ab", mark: true },
      { text: "c", mark: false },
    ])
  })
})

describe("sanitizeHighlight", () => {
  it("keeps bare <mark> elements and escaped text only", () => {
    expect(sanitizeHighlight("<mark>Nước</mark> mắm &amp; <i>muối</i>")).toBe("<mark>Nước</mark> mắm &amp; muối")
    expect(sanitizeHighlight('<mark onmouseover="x">a</mark><iframe src="//evil"></iframe>&lt;script&gt;')).toBe(
      "<mark>a</mark>&lt;script&gt;",
    )
    expect(sanitizeHighlight("<img src=x onerror=alert(1)>")).toBe("")
  })
})

describe("decodeEntities", () => {
  it("decodes named and numeric entities, and leaves unknown ones", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#39;&#x1EA1;&#7841;&copy;")).toBe(`&<>"''ạạ&copy;`)
    expect(decodeEntities("&#0;&#xD800;&#99999999;")).toBe("\ufffd\ufffd&#99999999;")
  })
})
