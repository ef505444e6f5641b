import { counterfeitSignal, summarizeScans } from "./counterfeit"

describe("counterfeit signal", () => {
  it("stays quiet for a batch scanned a few times per jar in one town", () => {
    const scans = Array.from({ length: 250 }, () => ({ country: "VN", region: "Quảng Ninh", city: "Hạ Long" }))
    expect(counterfeitSignal(summarizeScans(scans), 100)).toEqual({ suspicious: false, reasons: [] })
  })

  it("warns when one code is scanned far beyond the batch's quantity", () => {
    const scans = Array.from({ length: 301 }, () => ({ country: "VN", region: null, city: null }))
    expect(counterfeitSignal(summarizeScans(scans), 100).reasons).toEqual(["too_many_scans"])
  })

  it("warns when a small batch is scanned from too many places", () => {
    const scans = Array.from({ length: 16 }, (_, i) => ({ country: "VN", region: null, city: `Thành phố ${i}` }))
    expect(counterfeitSignal(summarizeScans(scans), 100)).toEqual({ suspicious: true, reasons: ["too_many_places"] })
  })

  it("does not count scans without a place as places", () => {
    expect(summarizeScans([{}, { country: null }, { country: "VN" }])).toEqual({ scans: 3, places: 1 })
  })
})
