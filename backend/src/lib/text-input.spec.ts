import { findNulCharacter, toNfc } from "./text-input"

describe("request text", () => {
  it("is composed to NFC everywhere in a body, keys included", () => {
    const nfd = "Nước mắm Cái Rồng".normalize("NFD")
    const body = toNfc({ name: nfd, areas: [{ name: nfd, quantity: 3 }], [nfd]: true, none: null })
    expect(body.name).toBe("Nước mắm Cái Rồng")
    expect(body.name).not.toBe(nfd)
    expect(body.areas[0]).toEqual({ name: "Nước mắm Cái Rồng", quantity: 3 })
    expect(Object.keys(body)).toContain("Nước mắm Cái Rồng")
    expect(body.none).toBeNull()
  })

  it("keeps emoji and right-to-left marks as they are", () => {
    expect(toNfc("Mực một nắng 🦑 \u200f")).toBe("Mực một nắng 🦑 \u200f")
  })

  it("finds a NUL character and says where", () => {
    expect(findNulCharacter({ areas: [{ name: "ok" }, { name: "Đồi\u0000chè" }] })).toBe("areas[1].name")
    expect(findNulCharacter({ q: "a\u0000" })).toBe("q")
    expect(findNulCharacter("\u0000")).toBe("The request body")
    expect(findNulCharacter({ name: "Trà hoa vàng", star: 5 })).toBeUndefined()
  })
})
