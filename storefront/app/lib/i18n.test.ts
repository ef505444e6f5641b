import { describe, expect, it } from "vitest"
import {
  MESSAGES,
  groupLabel,
  langCookie,
  langFromCookie,
  legalFormLabel,
  resolveLang,
  safeRedirectPath,
  t,
  translator,
  type Lang,
  type MessageKey,
} from "./i18n"
import { LEGAL_FORMS, PRODUCT_GROUPS } from "./ocop"

describe("messages", () => {
  it("has the same keys in Vietnamese and English, none empty", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.vi).sort())
    for (const lang of ["vi", "en"] as const) {
      for (const [key, value] of Object.entries(MESSAGES[lang])) {
        expect(value.trim(), `${lang}:${key}`).not.toBe("")
      }
    }
  })

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const key of Object.keys(MESSAGES.vi) as MessageKey[]) {
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.vi[key]))
    }
  })
})

describe("t", () => {
  it("fills placeholders", () => {
    expect(t("vi", "price.from", { price: "220.000 ₫" })).toBe("từ 220.000 ₫")
    expect(t("en", "listing.count", { count: 212 })).toBe("212 products")
  })

  it("leaves an unknown placeholder visible rather than inventing a value", () => {
    expect(t("vi", "price.from")).toBe("từ {price}")
  })

  it("falls back to Vietnamese, then to the key", () => {
    const broken = "fr" as Lang
    expect(t(broken, "nav.products")).toBe("Sản phẩm")
    expect(t("en", "no.such.key" as MessageKey)).toBe("no.such.key")
  })

  it("binds a language with translator()", () => {
    expect(translator("en")("nav.producers")).toBe("Producers")
  })
})

describe("labels", () => {
  it("names the six product groups in both languages", () => {
    expect(PRODUCT_GROUPS.map((g) => groupLabel("vi", g))).toEqual([
      "Thực phẩm",
      "Đồ uống",
      "Dược liệu và sản phẩm từ dược liệu",
      "Thủ công mỹ nghệ",
      "Sinh vật cảnh",
      "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    ])
    for (const g of PRODUCT_GROUPS) expect(groupLabel("en", g)).not.toBe(groupLabel("vi", g))
  })

  it("names the legal forms", () => {
    expect(LEGAL_FORMS.map((f) => legalFormLabel("vi", f))).toEqual(["Doanh nghiệp", "Hợp tác xã", "Hộ kinh doanh"])
    expect(legalFormLabel("en", "cooperative")).toBe("Cooperative")
  })

  it("shows an unknown value as it is", () => {
    expect(groupLabel("vi", "textiles")).toBe("textiles")
    expect(legalFormLabel("en", "ngo")).toBe("ngo")
  })
})

describe("the language cookie", () => {
  it("defaults to Vietnamese", () => {
    expect(langFromCookie(null)).toBe("vi")
    expect(langFromCookie("")).toBe("vi")
    expect(langFromCookie("other=1")).toBe("vi")
    expect(langFromCookie("lang=fr")).toBe("vi")
  })

  it("reads lang among other cookies", () => {
    expect(langFromCookie("a=1; lang=en; b=2")).toBe("en")
    expect(langFromCookie("language=en; lang=vi")).toBe("vi")
  })

  it("accepts region tags", () => {
    expect(resolveLang("en-GB")).toBe("en")
    expect(resolveLang("vi_VN")).toBe("vi")
    expect(resolveLang(undefined)).toBe("vi")
  })

  it("is set for the whole site for a year", () => {
    expect(langCookie("en")).toBe("lang=en; Path=/; Max-Age=31536000; SameSite=Lax")
    expect(langCookie("vi", true)).toMatch(/; Secure$/)
  })
})

describe("safeRedirectPath", () => {
  it("keeps a local path with its query", () => {
    expect(safeRedirectPath("/san-pham?min_stars=5&page=2")).toBe("/san-pham?min_stars=5&page=2")
  })

  it("refuses other origins and odd values", () => {
    for (const value of ["//evil.example", "https://evil.example/", "/\\evil.example", "san-pham", "", null, "/a\nb"]) {
      expect(safeRedirectPath(value)).toBe("/")
    }
  })
})
