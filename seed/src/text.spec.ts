import { createRng, hashString } from "../data/prng"
import { roundPrice } from "../data/products"
import { producerHandle } from "../data/producers"
import { nfc, slugify } from "./text"

describe("seed helpers", () => {
  it("slugifies Vietnamese without tone marks, đ becoming d", () => {
    expect(slugify("Nước mắm Cái Rồng")).toBe("nuoc-mam-cai-rong")
    expect(slugify("Đặc khu Cô Tô")).toBe("dac-khu-co-to")
    expect(slugify("Nước mắm Cái Rồng".normalize("NFD"))).toBe("nuoc-mam-cai-rong")
    expect(slugify("  Trà  hoa vàng – Ba Chẽ! ")).toBe("tra-hoa-vang-ba-che")
  })

  it("shortens legal forms in producer handles", () => {
    expect(producerHandle("Hợp tác xã Trà hoa vàng Ba Chẽ")).toBe("htx-tra-hoa-vang-ba-che")
    expect(producerHandle("Công ty Cổ phần Nước mắm Cái Rồng")).toBe("cty-cp-nuoc-mam-cai-rong")
    expect(producerHandle("Công ty TNHH Gốm Hồng Phong")).toBe("cty-gom-hong-phong")
    expect(producerHandle("Hộ kinh doanh Chả mực Bà Hải")).toBe("hkd-cha-muc-ba-hai")
  })

  it("normalises to NFC", () => {
    const decomposed = "Quảng Ninh".normalize("NFD")
    expect(decomposed).not.toBe("Quảng Ninh")
    expect(nfc(decomposed)).toBe("Quảng Ninh")
  })

  it("rounds prices to whole thousands of đồng the way shops do", () => {
    expect(roundPrice(123456)).toBe(125000)
    expect(roundPrice(61234)).toBe(61000)
    expect(roundPrice(1_234_567)).toBe(1_250_000)
    expect(roundPrice(200)).toBe(1000)
  })

  it("draws the same numbers from the same seed", () => {
    const a = createRng("ocop")
    const b = createRng("ocop")
    const draws = Array.from({ length: 20 }, () => a.int(1, 100))
    expect(Array.from({ length: 20 }, () => b.int(1, 100))).toEqual(draws)
    expect(draws.every((n) => n >= 1 && n <= 100)).toBe(true)
    expect(createRng("other").int(1, 1_000_000)).not.toBe(createRng("ocop").int(1, 1_000_000))
    expect(hashString("Quảng Ninh")).toBe(hashString("Quảng Ninh"))
    expect(createRng(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5])
  })
})
