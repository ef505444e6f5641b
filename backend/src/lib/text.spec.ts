import { foldVietnamese, slugify } from "./text"

describe("Vietnamese text folding", () => {
  it("removes tone marks and maps đ to d, so unaccented typing matches", () => {
    expect(foldVietnamese("Nước mắm Cái Rồng")).toBe("nuoc mam cai rong")
    expect(foldVietnamese("ĐẶC SẢN Đông Triều")).toBe("dac san dong trieu")
    expect(foldVietnamese("Nước mắm".normalize("NFD"))).toBe("nuoc mam")
  })

  it("makes handles from names", () => {
    expect(slugify("HTX Trà hoa vàng Ba Chẽ")).toBe("htx-tra-hoa-vang-ba-che")
    expect(slugify("  Gốm -- Đông Triều! ")).toBe("gom-dong-trieu")
    expect(slugify("a".repeat(120)).length).toBe(100)
  })
})
