import { counterfeitSignal, mergeScanSummary, placeKey, summarizeScans, type ScanPlace, type StoredScans } from "./counterfeit"

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

describe("stored and queued scans together", () => {
  const stored = [
    { country: "VN", region: "Quảng Ninh", city: "Hạ Long" },
    { country: "VN", region: "Quảng Ninh", city: "Hạ Long" },
    { country: "VN", region: "Quảng Ninh", city: "Cẩm Phả" },
    { country: null, region: null, city: null },
  ]
  /** What the database answers for `stored` when asked about `asked`. */
  const storedAnswer = (rows: ScanPlace[], asked: Set<string>): StoredScans => {
    const keys = new Set(rows.map(placeKey).filter((key): key is string => key !== null))
    return { ...summarizeScans(rows), known: new Set([...keys].filter((key) => asked.has(key))) }
  }

  it("adds queued scans to the stored count and counts a place already stored once", () => {
    const queued = [
      { country: "VN", region: "Quảng Ninh", city: "Hạ Long" },
      { country: "VN", region: "Quảng Ninh", city: "Móng Cái" },
      { country: "VN", region: "Quảng Ninh", city: "Móng Cái" },
      {},
    ]
    const asked = new Set(queued.map(placeKey).filter((key): key is string => key !== null))
    expect(mergeScanSummary(storedAnswer(stored, asked), queued)).toEqual({ scans: 8, places: 3 })
  })

  it("treats an empty part like a missing one, as the summary of all scans does", () => {
    const queued = [{ country: "VN", region: "", city: "" }, { country: "", region: "", city: "" }]
    const rows = [{ country: "VN", region: null, city: null }]
    const asked = new Set(queued.map(placeKey).filter((key): key is string => key !== null))
    expect(mergeScanSummary(storedAnswer(rows, asked), queued)).toEqual(summarizeScans([...rows, ...queued]))
    expect(summarizeScans([...rows, ...queued])).toEqual({ scans: 3, places: 1 })
  })

  it("gives the summary of all the scans, however they are split between stored and queued", () => {
    let seed = 7
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const cities = ["Hạ Long", "Cẩm Phả", "Móng Cái", "Uông Bí", null]
    for (let round = 0; round < 50; round++) {
      const scans = Array.from({ length: 40 }, () => ({ country: next() < 0.8 ? "VN" : null, region: next() < 0.5 ? "Quảng Ninh" : null, city: cities[Math.floor(next() * cities.length)] }))
      const cut = Math.floor(next() * scans.length)
      const queued = scans.slice(cut)
      const asked = new Set(queued.map(placeKey).filter((key): key is string => key !== null))
      expect(mergeScanSummary(storedAnswer(scans.slice(0, cut), asked), queued)).toEqual(summarizeScans(scans))
    }
  })
})
