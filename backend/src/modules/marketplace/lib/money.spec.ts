import { allocate, dong } from "./money"

describe("allocate (largest remainder, whole đồng)", () => {
  it("gives back whole weights that already add up to the total", () => {
    expect(allocate(355000, [125000, 230000])).toEqual([125000, 230000])
    expect(allocate(60000, [30000, 0, 30000])).toEqual([30000, 0, 30000])
  })

  it("shares a total that does not divide evenly so the shares add up exactly, ties to the first", () => {
    expect(allocate(100000, [1, 1, 1])).toEqual([33334, 33333, 33333])
    expect(allocate(10, [1, 1, 1, 1])).toEqual([3, 3, 2, 2])
    const shares = allocate(99999, [12345.5, 67890.25, 19763.25])
    expect(shares.reduce((a, b) => a + b, 0)).toBe(99999)
    expect(shares.every(Number.isInteger)).toBe(true)
  })

  it("splits evenly when every weight is 0, and is exact for large totals", () => {
    expect(allocate(30001, [0, 0])).toEqual([15001, 15000])
    expect(allocate(9_000_000_000_001, [3, 7])).toEqual([2_700_000_000_000, 6_300_000_000_001])
  })

  it("refuses what is not whole đồng", () => {
    expect(() => allocate(10.5, [1])).toThrow(/whole/)
    expect(() => allocate(10, [-1, 2])).toThrow(/non-negative/)
    expect(() => allocate(10, [])).toThrow(/nothing/)
    expect(allocate(0, [])).toEqual([])
  })

  it("rounds Medusa amounts to whole đồng", () => {
    expect(dong(125000.4)).toBe(125000)
    expect(dong("230000.5")).toBe(230001)
    expect(dong({ numeric: 30000 })).toBe(30000)
    expect(dong(null)).toBe(0)
  })
})
