import { describe, expect, it } from "vitest"
import {
  anchorOf,
  buildLinkset,
  certificationTitle,
  findLink,
  LINK_TYPES,
  linkHeader,
  linksetUrlOf,
  machineRequest,
  negotiate,
  requestedLinkType,
  type LinksetInput,
} from "./linkset"

const item: LinksetInput["item"] = {
  gtin: "08939999000017",
  variant: { id: "variant_1" },
  product: { id: "prod_1", handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", subtitle: null, thumbnail: null, origin: null },
  ocop: {
    star: 4,
    score: 82,
    product_group: "food",
    decision_number: "1234/QĐ-UBND",
    issuing_authority: "UBND tỉnh Quảng Ninh",
    decision_date: "2025-01-10T00:00:00.000Z",
    expires_at: "2028-01-10T00:00:00.000Z",
  },
}
const origin = "https://cho-ocop.example.vn"
const anchor = `${origin}/01/08939999000017/10/NM2609-A?17=280901`

describe("negotiate", () => {
  it.each([
    [undefined, "html"],
    ["", "html"],
    ["*/*", "html"],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "html"],
    ["application/linkset+json", "linkset"],
    ["application/json", "linkset"],
    ["application/linkset+json, text/html;q=0.5", "linkset"],
    ["text/html, application/linkset+json;q=0.9", "html"],
    ["application/json;q=0.5, text/html;q=0.5", "html"],
    ["application/linkset+json;q=0", "html"],
    ["application/*", "linkset"],
  ])("%s → %s", (accept, kind) => {
    expect(negotiate(accept).kind).toBe(kind)
  })

  it("answers in the JSON type the client named", () => {
    expect(negotiate("application/linkset+json")).toEqual({ kind: "linkset", contentType: "application/linkset+json" })
    expect(negotiate("application/json")).toEqual({ kind: "linkset", contentType: "application/json" })
    expect(negotiate("application/json, application/linkset+json")).toEqual({ kind: "linkset", contentType: "application/linkset+json" })
  })

  it("survives malformed Accept headers", () => {
    expect(negotiate("garbage, ;;, /")).toEqual({ kind: "html" })
    expect(negotiate("application/json;q=abc")).toEqual({ kind: "html" })
  })
})

describe("requestedLinkType and machineRequest", () => {
  const url = (query: string) => new URL(`${origin}/01/08939999000017${query}`)

  it("reads GS1's linkType query", () => {
    expect(requestedLinkType(url(""))).toBeNull()
    expect(requestedLinkType(url("?linkType=linkset"))).toEqual({ kind: "linkset" })
    expect(requestedLinkType(url("?linkType=all"))).toEqual({ kind: "linkset" })
    expect(requestedLinkType(url("?linkType=gs1:pip"))).toEqual({ kind: "link", type: LINK_TYPES.pip })
    expect(requestedLinkType(url("?linkType=certificationInfo"))).toEqual({ kind: "link", type: LINK_TYPES.certificationInfo })
    expect(requestedLinkType(url(`?linkType=${encodeURIComponent(LINK_TYPES.traceability)}`))).toEqual({ kind: "link", type: LINK_TYPES.traceability })
  })

  it("lets linkType override a browser's Accept, and Accept decide otherwise", () => {
    const browser = "text/html,*/*;q=0.8"
    expect(machineRequest(browser, url(""))).toBeNull()
    expect(machineRequest(browser, url("?linkType=linkset"))).toEqual({ kind: "linkset", contentType: "application/linkset+json" })
    expect(machineRequest("application/json", url("?linkType=linkset"))).toEqual({ kind: "linkset", contentType: "application/json" })
    expect(machineRequest("application/linkset+json", url("?17=280901"))).toEqual({ kind: "linkset", contentType: "application/linkset+json" })
    expect(machineRequest(browser, url("?linkType=gs1:pip"))).toEqual({ kind: "link", type: LINK_TYPES.pip })
  })
})

describe("buildLinkset", () => {
  it("gives a batch its product page, OCOP certificate, EPCIS events and default link", () => {
    const { linkset } = buildLinkset({ anchor, origin, item, batch: { lot: "NM2609-A", status: "published" } })
    expect(linkset).toHaveLength(1)
    const context = linkset[0]
    expect(context.anchor).toBe(anchor)
    expect(context[LINK_TYPES.pip]).toEqual([
      { href: `${origin}/san-pham/nuoc-mam-cai-rong?variant=variant_1`, title: "Nước mắm Cái Rồng", hreflang: ["vi"], type: "text/html" },
    ])
    expect(context[LINK_TYPES.certificationInfo]).toEqual([
      { href: `${origin}/san-pham/nuoc-mam-cai-rong#ocop`, title: "OCOP 4★ — 1234/QĐ-UBND", hreflang: ["vi"], type: "text/html" },
    ])
    expect(context[LINK_TYPES.traceability]).toEqual([expect.objectContaining({ href: `${origin}/01/08939999000017/10/NM2609-A/epcis`, type: "application/ld+json" })])
    expect(context[LINK_TYPES.defaultLink]).toEqual([expect.objectContaining({ href: `${origin}/01/08939999000017/10/NM2609-A`, type: "text/html" })])
    expect(context[LINK_TYPES.recallStatus]).toBeUndefined()
  })

  it("has no certification link once the certificate has expired", () => {
    const { linkset } = buildLinkset({ anchor, origin, item: { ...item, ocop: null } })
    expect(linkset[0][LINK_TYPES.certificationInfo]).toBeUndefined()
    expect(linkset[0][LINK_TYPES.pip]).toBeDefined()
  })

  it("has no traceability link for a product without a lot, and a recall link for a withdrawn batch", () => {
    expect(buildLinkset({ anchor, origin, item }).linkset[0][LINK_TYPES.traceability]).toBeUndefined()
    const withdrawn = buildLinkset({ anchor, origin, item, batch: { lot: "NM2603-R", status: "withdrawn", withdrawal_reason: "Nhãn in sai hạn dùng" } })
    expect(withdrawn.linkset[0][LINK_TYPES.recallStatus]).toEqual([expect.objectContaining({ title: "Thu hồi: Nhãn in sai hạn dùng" })])
  })

  it("encodes a lot with characters outside the GS1 path set", () => {
    const { linkset } = buildLinkset({ anchor, origin, item, batch: { lot: "A/B 1", status: "published" } })
    expect(findLink({ linkset }, LINK_TYPES.traceability)?.href).toBe(`${origin}/01/08939999000017/10/A%2FB%201/epcis`)
  })

  it("titles a certificate with its stars and decision number", () => {
    expect(certificationTitle({ star: 5, decision_number: "1847/QĐ-BNNMT" })).toBe("OCOP 5★ — 1847/QĐ-BNNMT")
  })
})

describe("linkHeader", () => {
  const linkset = buildLinkset({ anchor, origin, item, batch: { lot: "NM2609-A", status: "published" } })
  const header = linkHeader(linkset, linksetUrlOf(new URL(anchor)))

  it("is plain ASCII, so Node can send it", () => {
    expect(header).toMatch(/^[\x20-\x7e]+$/)
  })

  it("names every link type and points to the JSON linkset", () => {
    for (const rel of [LINK_TYPES.pip, LINK_TYPES.certificationInfo, LINK_TYPES.traceability, LINK_TYPES.defaultLink]) {
      expect(header).toContain(`rel="${rel}"`)
    }
    expect(header).toContain(`<${origin}/01/08939999000017/10/NM2609-A?17=280901&linkType=linkset>; rel="linkset"; type="application/linkset+json"`)
  })

  it("keeps Vietnamese titles as RFC 8187 values", () => {
    expect(header).toContain(`title*=UTF-8''N%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20C%C3%A1i%20R%E1%BB%93ng`)
    const encoded = /rel="https:\/\/gs1.org\/voc\/certificationInfo"[^,]*title\*=UTF-8''([^,;]+)/.exec(header)?.[1]
    expect(decodeURIComponent(encoded ?? "")).toBe("OCOP 4★ — 1234/QĐ-UBND")
  })
})

describe("anchorOf", () => {
  it("keeps the Digital Link and its expiry, drops the resolver's own linkType", () => {
    expect(anchorOf(new URL(`${origin}/01/08939999000017/10/NM2609-A?17=280901&linkType=all`))).toBe(`${origin}/01/08939999000017/10/NM2609-A?17=280901`)
    expect(anchorOf(new URL(`${origin}/01/08939999000017?linkType=linkset`))).toBe(`${origin}/01/08939999000017`)
  })
})
