import { describe, expect, it } from "vitest"
import { encodeAiValue, epcisPath, producerPath, productPath, tracePath } from "./paths"

describe("paths", () => {
  it("writes shop paths", () => {
    expect(productPath("nuoc-mam-cai-rong")).toBe("/san-pham/nuoc-mam-cai-rong")
    expect(producerPath("htx cai rong")).toBe("/nha-san-xuat/htx%20cai%20rong")
  })

  it("percent-encodes a GS1 value like the Digital Link standard", () => {
    expect(encodeAiValue("NM2609-A.1_x")).toBe("NM2609-A.1_x")
    expect(encodeAiValue("A/B 1+%")).toBe("A%2FB%201%2B%25")
    expect(encodeAiValue("LÔ")).toBe("L%C3%94")
  })

  it("writes Digital Link paths", () => {
    expect(tracePath("08939999000017")).toBe("/01/08939999000017")
    expect(tracePath("08939999000017", "NM2609-A")).toBe("/01/08939999000017/10/NM2609-A")
    expect(epcisPath("08939999000017", "A/B")).toBe("/01/08939999000017/10/A%2FB/epcis")
  })
})
