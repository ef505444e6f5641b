/**
 * How each product kind is made, as the trace events of one batch (EPCIS
 * shape, seed/data/batches.ts): where the raw material was caught, harvested
 * or bought, how it was transformed, inspected, packed, stored and shipped.
 * Also what a batch of the kind's first variant is counted in, its size, its
 * shelf life and the months it is made in.
 *
 * Read points and business locations are identifiers: a growing-area code,
 * a packing-house code, the producer's facility code (`CS-{HANDLE}`) or the
 * marketplace warehouse `KHO-HALONG`. Human text goes in `note`.
 */
import type { TraceEventInput, TraceItem } from "../../traceability/src/lib/trace-event"
import type { Rng } from "./prng"

/** The marketplace's warehouse (seed/src/inventory.ts, "Kho Hạ Long") as a place code. */
export const WAREHOUSE = "KHO-HALONG"
export const TIMEZONE = "+07:00"

export type ProcessContext = {
  /** Production (packing) date, YYYY-MM-DD. */
  production: string
  /** Units of the batch (bottles, boxes, pieces). */
  units: number
  /** What the units hold in all, in the kind's net unit (kg or litres); the number of pieces for crafts. */
  amount: number
  /** Where the raw material comes from: a growing-area code, or null when it is bought in. */
  source: string | null
  /** Where the batch is processed and packed: a packing-house code or the producer's facility code. */
  facility: string
  rng: Rng
}

export type Shelf = { months: number } | { days: number } | null

export type Process = {
  /** What the batch is counted in (the first variant's unit), e.g. "chai", "hộp". */
  unit: string
  /** What one unit holds: [amount, UN/ECE Rec 20 code]; null for pieces. */
  net: [number, "KGM" | "LTR"] | null
  /** Units per batch: [min, max]. */
  quantity: [number, number]
  /** Shelf life from the production date; null when it has none (crafts, plants). */
  shelf: Shelf
  /** Months (1–12) in which batches are made. */
  season: number[]
  /** Fresh food: the newest batch is made in the last days before the seed's today. */
  fresh?: boolean
  /** Standards every batch of the kind declares (besides the producer's own TCCS). */
  standards?: string[]
  events: (c: ProcessContext) => TraceEventInput[]
}

/** An instant on `date` + `days` at local time `hhmm`, written with the +07:00 offset. */
export function localTime(date: string, days: number, hhmm: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return `${d.toISOString().slice(0, 10)}T${hhmm}:00${TIMEZONE}`
}

const r1 = (n: number) => Math.max(0.1, Math.round(n * 10) / 10)
const item = (description: string, quantity: number, uom: string): TraceItem => ({ description, quantity: uom === "H87" ? Math.max(1, Math.round(quantity)) : r1(quantity), uom })
const thisBatch = (c: ProcessContext): TraceItem => ({ quantity: c.units, uom: "H87" })

type Extra = Partial<TraceEventInput>
const event = (type: TraceEventInput["event_type"], time: string, biz_step: string, extra: Extra): TraceEventInput => ({
  event_type: type,
  event_time: time,
  event_timezone: TIMEZONE,
  biz_step,
  ...extra,
})

type Source = { step: "fishing" | "harvesting"; what: string; quantity: number; uom: string; own: string; bought: string }

/** The raw material: caught or harvested in the producer's own area, or bought in and received at the facility. */
function source(c: ProcessContext, day: number, hhmm: string, s: Source): TraceEventInput {
  const outputs = [item(s.what, s.quantity, s.uom)]
  return c.source
    ? event("ObjectEvent", localTime(c.production, day, hhmm), s.step, { action: "ADD", disposition: "active", read_point: c.source, biz_location: c.source, outputs, note: s.own })
    : event("ObjectEvent", localTime(c.production, day, hhmm), "receiving", { action: "ADD", disposition: "active", read_point: c.facility, biz_location: c.facility, outputs, note: s.bought })
}
const transform = (c: ProcessContext, day: number, hhmm: string, inputs: TraceItem[], outputs: TraceItem[], note: string) =>
  event("TransformationEvent", localTime(c.production, day, hhmm), "processing", { disposition: "active", read_point: c.facility, biz_location: c.facility, inputs, outputs, note })
const inspect = (c: ProcessContext, day: number, hhmm: string, note: string) =>
  event("ObjectEvent", localTime(c.production, day, hhmm), "inspecting", { action: "OBSERVE", disposition: "conformant", read_point: c.facility, biz_location: c.facility, note })
const pack = (c: ProcessContext, day: number, hhmm: string, note: string, action: "ADD" | "OBSERVE" = "ADD") =>
  event("ObjectEvent", localTime(c.production, day, hhmm), "packing", { action, disposition: "active", read_point: c.facility, biz_location: c.facility, outputs: [thisBatch(c)], note })
const store = (c: ProcessContext, day: number, hhmm: string, note: string) =>
  event("ObjectEvent", localTime(c.production, day, hhmm), "storing", { action: "OBSERVE", disposition: "sellable_not_accessible", read_point: c.facility, biz_location: c.facility, note })
const ship = (c: ProcessContext, day: number, hhmm: string, note: string) =>
  event("ObjectEvent", localTime(c.production, day, hhmm), "shipping", { action: "OBSERVE", disposition: "in_transit", read_point: c.facility, biz_location: WAREHOUSE, note })
const commission = (c: ProcessContext, day: number, hhmm: string, note: string) =>
  event("ObjectEvent", localTime(c.production, day, hhmm), "commissioning", { action: "ADD", disposition: "active", read_point: c.facility, biz_location: c.facility, outputs: [thisBatch(c)], note })
const plant = (c: ProcessContext, day: number, what: string, note: string) =>
  event("ObjectEvent", localTime(c.production, day, "08:00"), "planting", { action: "ADD", disposition: "active", read_point: c.source ?? c.facility, biz_location: c.source ?? c.facility, outputs: [item(what, c.units * 1.2, "H87")], note })
const care = (c: ProcessContext, day: number, note: string) =>
  event("ObjectEvent", localTime(c.production, day, "07:30"), "caring", { action: "OBSERVE", disposition: "active", read_point: c.source ?? c.facility, biz_location: c.source ?? c.facility, note })

const ALL_YEAR = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const SQUID_SEASON = [3, 4, 5, 6, 7, 8, 9, 10, 11]
const FOOD_SAFETY = "QCVN 8-3:2012/BYT"
const SPIRITS = "QCVN 6-3:2010/BYT"

/** Seafood cakes: catch, pounding or kneading by hand, packing, freezing, shipping. */
function seafoodCake(species: string, caught: string, yieldRatio: number, making: string, product: string): Process["events"] {
  return (c) => [
    source(c, -1, "04:30", { step: "fishing", what: species, quantity: c.amount / yieldRatio, uom: "KGM", own: caught, bought: `Thu mua ${species.toLowerCase()} từ tàu cá cập cảng trong đêm, ướp đá ngay` }),
    transform(c, 0, "07:30", [item(species, c.amount / yieldRatio, "KGM")], [item(product, c.amount, "KGM")], making),
    pack(c, 0, "14:00", "Nặn bánh, đóng hộp và hút chân không"),
    store(c, 0, "16:00", "Cấp đông nhanh, bảo quản kho lạnh −18 °C"),
    ship(c, c.rng.int(1, 3), "08:00", "Xe lạnh −18 °C chở về kho Hạ Long"),
  ]
}

/** Fish and squid dried for one sun: catch, cleaning and drying, vacuum packing, freezing. */
function oneSun(species: string, caught: string, yieldRatio: number, drying: string, product: string): Process["events"] {
  return (c) => {
    const events = [
      source(c, -1, "05:00", { step: "fishing", what: species, quantity: c.amount / yieldRatio, uom: "KGM", own: caught, bought: `Thu mua ${species.toLowerCase()} tại cảng cá lúc rạng sáng` }),
      transform(c, 0, "07:00", [item(species, c.amount / yieldRatio, "KGM")], [item(product, c.amount, "KGM")], drying),
      pack(c, 0, "17:30", "Hút chân không từng túi"),
      store(c, 0, "19:00", "Cấp đông, bảo quản −18 °C"),
    ]
    if (c.rng.chance(0.6)) events.push(ship(c, c.rng.int(1, 4), "08:30", "Xe lạnh chở về kho Hạ Long"))
    return events
  }
}

/** Dried produce: harvest, processing and drying, packing (optionally a quality check). */
function dried(o: { what: string; ratio: number; lead: [number, number]; own: string; bought: string; making: string; product: string; packing: string; check?: string; step?: "harvesting" | "fishing" }): Process["events"] {
  return (c) => {
    const lead = c.rng.int(o.lead[0], o.lead[1])
    const raw = c.amount * o.ratio
    const events = [
      source(c, -lead, "06:30", { step: o.step ?? "harvesting", what: o.what, quantity: raw, uom: "KGM", own: o.own, bought: o.bought }),
      transform(c, -Math.min(lead - 1, c.rng.int(1, 3)), "08:00", [item(o.what, raw, "KGM")], [item(o.product, c.amount, "KGM")], o.making),
    ]
    if (o.check) events.push(inspect(c, 0, "11:00", o.check))
    events.push(pack(c, 0, "14:00", o.packing))
    return events
  }
}

/** Spirits and infusions: raw material, steeping in rice spirit, a laboratory check, bottling. */
function steeped(o: { what: string; perLitre: number; lead: [number, number]; own: string; bought: string; making: string; product: string; extra?: (litres: number) => TraceItem[] }): Process["events"] {
  return (c) => {
    const lead = c.rng.int(o.lead[0], o.lead[1])
    const raw = c.amount * o.perLitre
    return [
      source(c, -lead, "07:00", { step: "harvesting", what: o.what, quantity: raw, uom: "KGM", own: o.own, bought: o.bought }),
      transform(c, -c.rng.int(8, 15), "09:00", [item(o.what, raw, "KGM"), ...(o.extra?.(c.amount) ?? [])], [item(o.product, c.amount * 1.02, "LTR")], o.making),
      inspect(c, -c.rng.int(2, 6), "10:00", "Mẫu lô gửi kiểm nghiệm: độ cồn đúng công bố, methanol và aldehyde dưới giới hạn của QCVN 6-3:2010/BYT"),
      pack(c, 0, "08:30", "Chiết chai thủy tinh, đóng nút, dán tem truy xuất"),
    ]
  }
}

/** Crafts: making (optionally from a weighed raw material), commissioning of the pieces, packing. */
function craft(o: { material?: string; perPiece?: number; making?: string; finished: string; packing: string }): Process["events"] {
  return (c) => {
    const events: TraceEventInput[] = []
    if (o.material && o.perPiece) {
      events.push(transform(c, -c.rng.int(10, 20), "08:00", [item(o.material, c.units * o.perPiece, "KGM")], [item("Bán thành phẩm", c.units * 1.1, "H87")], o.making ?? "Chế tác thủ công"))
    }
    events.push(commission(c, -c.rng.int(1, 3), "09:00", o.finished))
    events.push(pack(c, 0, "14:00", o.packing, "OBSERVE"))
    return events
  }
}

/** Plants: propagation, years of care, lifting and packing for sale. */
function plant_(o: { what: string; age: [number, number]; propagation: string; caring: string; packing: string }): Process["events"] {
  return (c) => [
    plant(c, -c.rng.int(o.age[0], o.age[1]), o.what, o.propagation),
    care(c, -c.rng.int(20, 60), o.caring),
    pack(c, 0, "07:00", o.packing, "OBSERVE"),
  ]
}

export const PROCESSES: Record<string, Process> = {
  // ── Seafood ────────────────────────────────────────────────────────────────
  "cha-muc": {
    unit: "hộp", net: [0.5, "KGM"], quantity: [150, 500], shelf: { months: 6 }, season: SQUID_SEASON, standards: [FOOD_SAFETY],
    events: seafoodCake("Mực ống tươi", "Mực ống câu đêm bằng đèn, ướp đá ngay trên tàu", 0.82, "Bóc da, bỏ nội tạng, giã tay bằng cối đá đến khi dẻo quánh; không hàn the, không chất bảo quản", "Chả mực giã tay"),
  },
  "cha-ca": {
    unit: "hộp", net: [0.5, "KGM"], quantity: [150, 450], shelf: { months: 6 }, season: ALL_YEAR, standards: [FOOD_SAFETY],
    events: seafoodCake("Cá thu tươi", "Cá thu câu vàng ven bờ, ướp đá trên tàu", 0.55, "Lọc thịt, quết tay với thì là và hạt tiêu, nặn bánh, rán sơ", "Chả cá thu"),
  },
  "muc-mot-nang": {
    unit: "túi", net: [0.5, "KGM"], quantity: [100, 400], shelf: { months: 6 }, season: SQUID_SEASON,
    events: oneSun("Mực ống tươi", "Mực câu đêm, làm sạch bằng nước biển ngay trên thuyền", 0.5, "Mổ, bỏ nội tạng, phơi đúng một nắng trên giàn tre ven biển", "Mực một nắng"),
  },
  "ca-thu-mot-nang": {
    unit: "túi", net: [0.5, "KGM"], quantity: [100, 350], shelf: { months: 6 }, season: ALL_YEAR,
    events: oneSun("Cá thu tươi", "Cá thu câu vàng, ướp đá trên tàu", 0.6, "Cắt khoanh, ướp muối nhạt, phơi một nắng trên giàn tre", "Cá thu một nắng"),
  },
  "tom-kho": {
    unit: "túi", net: [0.2, "KGM"], quantity: [150, 500], shelf: { months: 12 }, season: ALL_YEAR,
    events: dried({
      what: "Tôm he biển tươi", ratio: 3.6, lead: [1, 3], step: "fishing",
      own: "Tôm he đánh bắt bằng lưới kéo ven bờ", bought: "Thu mua tôm he biển còn sống tại bến cá",
      making: "Luộc nước muối, sấy than hoa, đập vỏ, loại con gãy", product: "Tôm he khô",
      packing: "Túi zip 200 g có gói hút ẩm",
    }),
  },
  "nuoc-mam": {
    unit: "chai", net: [0.5, "LTR"], quantity: [800, 3000], shelf: { months: 24 }, season: ALL_YEAR, standards: ["TCVN 5107:2018"],
    events: (c) => {
      const fish = c.amount * 2.4
      const fished = -c.rng.int(375, 420)
      return [
        source(c, fished, "04:00", { step: "fishing", what: "Cá cơm than tươi", quantity: fish, uom: "KGM", own: "Cá cơm than đánh bắt bằng lưới vây đêm, đưa về nhà thùng trong ngày", bought: "Thu mua cá cơm than tươi từ tàu lưới vây" }),
        transform(c, -c.rng.int(12, 20), "07:00", [item("Cá cơm than", fish, "KGM"), item("Muối biển", fish / 3, "KGM")], [item("Nước mắm cốt nhĩ", c.amount * 1.04, "LTR")], "Cá trộn muối biển tỉ lệ 3:1, ủ chượp 12 tháng trong thùng gỗ; kéo rút nước mắm cốt nhĩ"),
        inspect(c, -c.rng.int(5, 8), "09:00", "Độ đạm 40 °N, không chất điều vị; mẫu lô đạt TCVN 5107:2018"),
        pack(c, 0, "08:00", "Lọc, đóng chai thủy tinh 500 ml, dán tem truy xuất"),
        ship(c, c.rng.int(2, 4), "07:30", "Xuất kho về kho Hạ Long"),
      ]
    },
  },
  "mam-tom": {
    unit: "hũ", net: [0.25, "LTR"], quantity: [300, 1200], shelf: { months: 12 }, season: ALL_YEAR,
    events: (c) => {
      const shrimp = c.amount * 1.3
      return [
        source(c, -c.rng.int(110, 140), "05:00", { step: "fishing", what: "Tôm moi tươi", quantity: shrimp, uom: "KGM", own: "Tôm moi kéo lưới ven bờ lúc nước lên", bought: "Thu mua tôm moi tươi của ngư dân ven bờ" }),
        transform(c, -c.rng.int(3, 8), "08:00", [item("Tôm moi", shrimp, "KGM"), item("Muối hạt", shrimp / 4, "KGM")], [item("Mắm tôm", c.amount * 1.02, "LTR")], "Muối tôm, giã nhuyễn, ủ nắng trong chum sành 4 tháng, khuấy đảo hằng ngày"),
        pack(c, 0, "09:00", "Đóng hũ nhựa thực phẩm 250 ml, màng co nắp"),
      ]
    },
  },
  "sa-sung": {
    unit: "hộp", net: [0.1, "KGM"], quantity: [80, 250], shelf: { months: 12 }, season: [4, 5, 6, 7, 8, 9, 10], standards: [FOOD_SAFETY],
    events: dried({
      what: "Sá sùng tươi", ratio: 8.5, lead: [4, 10],
      own: "Đào sá sùng ở bãi triều lúc nước ròng", bought: "Thu mua sá sùng tươi của người đào bãi triều",
      making: "Lộn ruột, rửa sạch cát, phơi khô rồi sấy trên than hoa", product: "Sá sùng khô",
      check: "Kiểm tra độ khô và tạp chất cát, loại con gãy", packing: "Hộp giấy 100 g, túi hút chân không bên trong",
    }),
  },
  "hai-sam": {
    unit: "hộp", net: [0.1, "KGM"], quantity: [60, 200], shelf: { months: 24 }, season: [4, 5, 6, 9, 10],
    events: dried({
      what: "Hải sâm đen tươi", ratio: 12, lead: [12, 20],
      own: "Thu hải sâm đen nuôi đáy, đạt cỡ thương phẩm", bought: "Thu mua hải sâm đen tươi",
      making: "Mổ bỏ ruột, luộc sơ, sấy khô tự nhiên 10 ngày", product: "Hải sâm khô",
      packing: "Hộp giấy 100 g có gói hút ẩm",
    }),
  },
  ngan: {
    unit: "túi", net: [1, "KGM"], quantity: [100, 300], shelf: { days: 5 }, season: ALL_YEAR, fresh: true, standards: [FOOD_SAFETY],
    events: (c) => [
      source(c, 0, "05:30", { step: "harvesting", what: "Ngán tươi", quantity: c.amount * 1.1, uom: "KGM", own: "Cào ngán ở bãi triều rừng ngập mặn lúc nước ròng, chỉ lấy con từ 4 cm", bought: "Thu mua ngán tươi của người cào bãi" }),
      inspect(c, 0, "10:00", "Ngâm nước biển sạch cho nhả cát, tuyển chọn, loại con vỡ vỏ"),
      pack(c, 0, "13:30", "Túi lưới 1 kg, ướp đá"),
      ship(c, 0, "15:00", "Xe lạnh chở về kho Hạ Long, giao trong ngày"),
    ],
  },
  "hau-sua": {
    unit: "túi", net: [2, "KGM"], quantity: [80, 250], shelf: { days: 7 }, season: ALL_YEAR, fresh: true, standards: [FOOD_SAFETY],
    events: (c) => [
      source(c, 0, "06:00", { step: "harvesting", what: "Hàu sữa nguyên con", quantity: c.amount * 1.05, uom: "KGM", own: "Thu hàu trên bè, hàu nuôi 12–18 tháng", bought: "Thu mua hàu sữa của hộ nuôi bè" }),
      inspect(c, 0, "11:00", "Làm sạch vỏ, lưu nước sạch 12 giờ, tuyển chọn hàu còn sống"),
      pack(c, 0, "15:00", "Túi lưới 2 kg, thùng xốp có đá gel"),
      ship(c, 1, "06:00", "Xe lạnh chở về kho Hạ Long"),
    ],
  },
  "ngoc-trai": {
    unit: "đôi", net: null, quantity: [30, 80], shelf: null, season: [10, 11],
    events: (c) => [
      source(c, -c.rng.int(20, 40), "08:00", { step: "harvesting", what: "Ngọc trai nước mặn", quantity: c.units * 2.6, uom: "H87", own: "Thu hoạch ngọc từ trai cấy nhân 18–24 tháng trên bè", bought: "Nhận ngọc trai từ trại nuôi" }),
      transform(c, -c.rng.int(3, 8), "09:00", [item("Ngọc trai nước mặn", c.units * 2, "H87"), item("Bạc 925", c.units * 3.5, "GRM")], [thisBatch(c)], "Phân loại ngọc theo độ tròn và độ bóng, khoan, gắn móc bạc 925"),
      pack(c, 0, "14:00", "Hộp nhung có giấy chứng nhận ngọc trai", "OBSERVE"),
    ],
  },

  // ── Farm produce and food ──────────────────────────────────────────────────
  "mien-dong": {
    unit: "gói", net: [0.5, "KGM"], quantity: [400, 1500], shelf: { months: 12 }, season: [1, 2, 3, 4, 11], standards: [FOOD_SAFETY],
    events: (c) => [
      source(c, -c.rng.int(25, 40), "07:00", { step: "harvesting", what: "Củ dong riềng", quantity: c.amount * 5.5, uom: "KGM", own: "Thu hoạch củ dong riềng trồng 10 tháng", bought: "Thu mua củ dong riềng của nông hộ trong xã" }),
      transform(c, -c.rng.int(15, 22), "08:00", [item("Củ dong riềng", c.amount * 5.5, "KGM")], [item("Tinh bột dong riềng", c.amount * 1.05, "KGM")], "Nghiền củ, lọc lấy tinh bột, phơi khô"),
      transform(c, -c.rng.int(2, 6), "06:00", [item("Tinh bột dong riềng", c.amount * 1.05, "KGM")], [item("Miến dong", c.amount, "KGM")], "Tráng bánh, phơi, thái sợi, phơi khô tự nhiên; không chất tẩy trắng"),
      pack(c, 0, "09:00", "Gói 500 g"),
    ],
  },
  "dau-so": {
    unit: "chai", net: [0.25, "LTR"], quantity: [300, 900], shelf: { months: 18 }, season: [1, 2, 3, 11],
    events: (c) => [
      source(c, -c.rng.int(45, 80), "07:30", { step: "harvesting", what: "Hạt sở khô", quantity: c.amount * 4.2, uom: "KGM", own: "Nhặt quả sở chín rụng dưới tán rừng, tách và phơi hạt", bought: "Thu mua hạt sở đã phơi của nông hộ" }),
      transform(c, -c.rng.int(8, 15), "08:00", [item("Hạt sở khô", c.amount * 4.2, "KGM")], [item("Dầu sở ép lạnh", c.amount * 1.03, "LTR")], "Sấy nhẹ, nghiền, ép lạnh; lắng lọc tự nhiên 7 ngày"),
      inspect(c, -c.rng.int(1, 3), "10:00", "Chỉ số acid và peroxide đạt mức công bố"),
      pack(c, 0, "09:00", "Chai thủy tinh 250 ml"),
    ],
  },
  "ga-tien-yen": {
    unit: "con", net: [1.7, "KGM"], quantity: [40, 150], shelf: { months: 6 }, season: ALL_YEAR, standards: [FOOD_SAFETY],
    events: (c) => [
      care(c, -c.rng.int(150, 170), "Thả đồi gà giống chân vàng Tiên Yên từ 30 ngày tuổi; ăn ngô, thóc và rau đồi"),
      inspect(c, -1, "15:00", "Thú y kiểm tra trước giết mổ, gà đạt 150 ngày tuổi và 1,5–2 kg"),
      transform(c, 0, "05:00", [item("Gà đồi sống", c.units, "H87")], [item("Gà làm sẵn", c.amount, "KGM")], "Giết mổ tại cơ sở giết mổ tập trung, làm sạch, để nguyên con"),
      pack(c, 0, "09:00", "Hút chân không từng con, cấp đông −18 °C"),
    ],
  },
  "ga-u-muoi": {
    unit: "hộp", net: [0.7, "KGM"], quantity: [60, 200], shelf: { months: 3 }, season: ALL_YEAR, standards: [FOOD_SAFETY],
    events: (c) => [
      event("ObjectEvent", localTime(c.production, -1, "15:00"), "receiving", { action: "ADD", disposition: "active", read_point: c.facility, biz_location: c.facility, outputs: [item("Gà đồi làm sẵn", c.amount * 1.4, "KGM")], note: "Nhận gà đồi nuôi thả 5 tháng tuổi, đã giết mổ và làm sạch" }),
      transform(c, 0, "07:00", [item("Gà đồi làm sẵn", c.amount * 1.4, "KGM"), item("Muối hạt", c.amount * 2, "KGM")], [item("Gà ủ muối hoa tiêu", c.amount, "KGM")], "Ướp hoa tiêu, gừng, lá chanh; ủ trong muối hạt rang nóng 3 giờ"),
      pack(c, 0, "13:00", "Chặt đôi, hút chân không, cấp đông −18 °C"),
    ],
  },
  "khoai-so": {
    unit: "túi", net: [2, "KGM"], quantity: [150, 500], shelf: { months: 2 }, season: [8, 9, 10, 11],
    events: (c) => [
      source(c, -c.rng.int(1, 3), "06:30", { step: "harvesting", what: "Khoai sọ nương", quantity: c.amount * 1.1, uom: "KGM", own: "Thu hoạch khoai sọ nương trồng 7 tháng", bought: "Thu mua khoai sọ nương của nông hộ" }),
      inspect(c, 0, "08:00", "Phân loại củ, loại củ sâu và củ dập"),
      pack(c, 0, "10:00", "Túi lưới 2 kg"),
    ],
  },
  "mat-ong": {
    unit: "chai", net: [0.5, "LTR"], quantity: [200, 800], shelf: { months: 24 }, season: [3, 4, 5, 6, 10, 11], standards: ["TCVN 5267-1:2008"],
    events: (c) => [
      source(c, -c.rng.int(8, 20), "06:00", { step: "harvesting", what: "Mật ong tươi", quantity: c.amount * 1.08, uom: "LTR", own: "Quay mật từ đàn ong nội nuôi dưới tán rừng, mùa hoa rừng", bought: "Thu mua mật ong tươi của hộ nuôi ong" }),
      transform(c, -c.rng.int(3, 6), "08:00", [item("Mật ong tươi", c.amount * 1.08, "LTR")], [item("Mật ong thành phẩm", c.amount * 1.01, "LTR")], "Lọc và hạ thủy phần bằng máy cô chân không ở nhiệt độ thấp"),
      inspect(c, -c.rng.int(1, 2), "10:00", "Thủy phần dưới 20 %, HMF đạt mức công bố"),
      pack(c, 0, "08:30", "Chai thủy tinh 500 ml, nút có màng seal"),
    ],
  },
  "mang-kho": {
    unit: "gói", net: [0.5, "KGM"], quantity: [200, 700], shelf: { months: 12 }, season: [7, 8, 9, 10, 11],
    events: dried({
      what: "Măng nứa tươi", ratio: 10, lead: [12, 20],
      own: "Bẻ măng nứa rừng mùa mưa", bought: "Thu mua măng nứa tươi của người đi rừng",
      making: "Luộc kỹ, ngâm xả nước, phơi nắng rồi hun gác bếp", product: "Măng khô",
      packing: "Gói 500 g",
    }),
  },
  "gao-nep": {
    unit: "túi", net: [2, "KGM"], quantity: [300, 1200], shelf: { months: 12 }, season: [6, 7, 10, 11],
    events: dried({
      what: "Thóc nếp cái hoa vàng", ratio: 1.5, lead: [10, 25],
      own: "Gặt lúa nếp cái hoa vàng, tuốt và phơi thóc", bought: "Thu mua thóc nếp cái hoa vàng của xã viên",
      making: "Xay xát, tách trấu, giữ lớp cám lụa", product: "Gạo nếp cái hoa vàng",
      packing: "Túi 2 kg hút chân không",
    }),
  },
  "banh-gat-gu": {
    unit: "túi", net: [0.5, "KGM"], quantity: [200, 700], shelf: { months: 6 }, season: ALL_YEAR,
    events: (c) => [
      source(c, -c.rng.int(5, 20), "07:00", { step: "harvesting", what: "Gạo tẻ", quantity: c.amount * 1.3, uom: "KGM", own: "Gạo tẻ xay từ thóc của cánh đồng hợp tác xã", bought: "Thu mua gạo tẻ của nông hộ" }),
      transform(c, -1, "05:00", [item("Gạo tẻ", c.amount * 1.3, "KGM")], [item("Bánh gật gù", c.amount, "KGM")], "Ngâm gạo, xay bột nước, tráng mỏng, phơi trên phên tre"),
      pack(c, 0, "10:00", "Túi 500 g"),
    ],
  },
  "banh-chung-den": {
    unit: "chiếc", net: [0.5, "KGM"], quantity: [100, 400], shelf: { days: 10 }, season: [1, 2, 11],
    events: (c) => [
      transform(c, -1, "06:00",
        [item("Gạo nếp nương", c.amount * 0.6, "KGM"), item("Tro rơm nếp", c.amount * 0.05, "KGM"), item("Đỗ xanh", c.amount * 0.15, "KGM"), item("Thịt lợn", c.amount * 0.15, "KGM")],
        [item("Bánh chưng đen", c.units, "H87")],
        "Trộn nếp với tro rơm nếp, gói lá dong, luộc 10 giờ"),
      pack(c, 0, "07:00", "Để ráo, hút chân không từng chiếc"),
    ],
  },
  "vai-chin-som": {
    unit: "hộp", net: [2, "KGM"], quantity: [300, 900], shelf: { days: 7 }, season: [6],
    events: (c) => [
      source(c, 0, "05:00", { step: "harvesting", what: "Vải chín sớm", quantity: c.amount * 1.08, uom: "KGM", own: "Thu hái vải chín sớm lúc sáng sớm, cắt cả chùm", bought: "Thu mua vải chín sớm của nhà vườn" }),
      inspect(c, 0, "09:00", "Phân loại quả, loại quả nứt và sâu; kiểm tra nhanh dư lượng thuốc bảo vệ thực vật"),
      pack(c, 0, "12:00", "Hộp carton 2 kg, làm lạnh sơ bộ 5 °C"),
      ship(c, 0, "17:00", "Xe lạnh chở về kho Hạ Long"),
    ],
  },

  // ── Tea and beverages ──────────────────────────────────────────────────────
  "tra-hoa-vang": {
    unit: "hộp", net: [0.05, "KGM"], quantity: [150, 500], shelf: { months: 18 }, season: [1, 2, 3],
    events: dried({
      what: "Hoa trà vàng tươi", ratio: 6.5, lead: [1, 3],
      own: "Hái hoa trà vàng vừa nở vào buổi sáng", bought: "Thu mua hoa trà vàng tươi của nông hộ",
      making: "Sơ chế, sấy lạnh ở nhiệt độ thấp 48 giờ để giữ màu và hương", product: "Hoa trà vàng sấy lạnh",
      packing: "Hộp giấy 50 g, túi nhôm có gói hút ẩm",
    }),
  },
  "tra-hoa-vang-tui-loc": {
    unit: "hộp", net: [0.04, "KGM"], quantity: [200, 600], shelf: { months: 18 }, season: ALL_YEAR,
    events: dried({
      what: "Lá và hoa trà vàng tươi", ratio: 5, lead: [2, 5],
      own: "Hái lá bánh tẻ và hoa trà vàng", bought: "Thu mua lá và hoa trà vàng của nông hộ",
      making: "Sao, sấy khô, nghiền thô", product: "Trà hoa vàng nghiền",
      packing: "Đóng túi lọc 2 g, hộp 20 túi",
    }),
  },
  "che-xanh": {
    unit: "gói", net: [0.2, "KGM"], quantity: [300, 1000], shelf: { months: 18 }, season: [3, 4, 5, 6, 7, 8, 9, 10],
    events: dried({
      what: "Búp chè tươi (1 tôm 2 lá)", ratio: 4.5, lead: [1, 2],
      own: "Hái búp chè một tôm hai lá buổi sáng", bought: "Thu mua búp chè tươi của nông hộ",
      making: "Diệt men, vò, sao suốt bằng chảo gang", product: "Chè búp khô",
      packing: "Gói 200 g hút chân không",
    }),
  },
  "ruou-mo": {
    unit: "chai", net: [0.5, "LTR"], quantity: [300, 1200], shelf: { months: 36 }, season: [1, 2, 3, 10, 11], standards: [SPIRITS],
    events: steeped({
      what: "Quả mơ lông chín", perLitre: 0.4, lead: [180, 300],
      own: "Hái mơ lông chín vàng trên núi", bought: "Thu mua mơ lông chín của nhà vườn",
      making: "Ngâm mơ trong rượu nếp cái hoa vàng và đường phèn, ủ chum sành ít nhất 6 tháng, chiết lọc", product: "Rượu mơ",
      extra: (litres) => [item("Rượu nếp cái hoa vàng", litres * 0.9, "LTR"), item("Đường phèn", litres * 0.1, "KGM")],
    }),
  },
  "ruou-nep": {
    unit: "chai", net: [0.5, "LTR"], quantity: [300, 1200], shelf: { months: 36 }, season: ALL_YEAR, standards: [SPIRITS],
    events: steeped({
      what: "Gạo nếp cái hoa vàng", perLitre: 0.9, lead: [100, 160],
      own: "Gạo nếp cái hoa vàng từ cánh đồng của hợp tác xã", bought: "Thu mua gạo nếp cái hoa vàng",
      making: "Đồ xôi, ủ men lá 7 ngày, chưng cất nồi đồng, hạ thổ 3 tháng", product: "Rượu nếp cái hoa vàng",
    }),
  },
  "ruou-ba-kich": {
    unit: "chai", net: [0.5, "LTR"], quantity: [200, 800], shelf: { months: 36 }, season: ALL_YEAR, standards: [SPIRITS],
    events: steeped({
      what: "Củ ba kích tím", perLitre: 0.15, lead: [200, 300],
      own: "Đào củ ba kích tím trồng 3 năm dưới tán rừng", bought: "Thu mua củ ba kích tím",
      making: "Rửa, rút lõi, ngâm trong rượu nếp 6 tháng, chiết lọc", product: "Rượu ba kích",
      extra: (litres) => [item("Rượu nếp", litres, "LTR")],
    }),
  },
  "ruou-sim": {
    unit: "chai", net: [0.5, "LTR"], quantity: [200, 700], shelf: { months: 36 }, season: [2, 3, 4, 5], standards: [SPIRITS],
    events: steeped({
      what: "Quả sim chín", perLitre: 0.35, lead: [200, 260],
      own: "Hái sim chín trên đồi đảo", bought: "Thu mua sim rừng chín của người dân trên đảo",
      making: "Ngâm sim với rượu nếp trong chum, chiết lọc sau 6 tháng", product: "Rượu sim",
      extra: (litres) => [item("Rượu nếp", litres, "LTR")],
    }),
  },

  // ── Herbs ──────────────────────────────────────────────────────────────────
  "ba-kich-kho": {
    unit: "túi", net: [0.5, "KGM"], quantity: [100, 400], shelf: { months: 24 }, season: ALL_YEAR,
    events: dried({
      what: "Củ ba kích tím tươi", ratio: 3, lead: [10, 25],
      own: "Đào củ ba kích tím trồng 3 năm dưới tán rừng", bought: "Thu mua củ ba kích tím tươi",
      making: "Rửa sạch, đồ chín, rút lõi, cắt khúc, sấy khô", product: "Ba kích tím khô",
      check: "Kiểm tra độ ẩm và tạp chất, loại khúc mốc", packing: "Túi 500 g",
    }),
  },
  "ba-kich-mat-ong": {
    unit: "hũ", net: [0.5, "KGM"], quantity: [100, 350], shelf: { months: 24 }, season: ALL_YEAR,
    events: (c) => [
      source(c, -c.rng.int(100, 130), "07:00", { step: "harvesting", what: "Củ ba kích tím tươi", quantity: c.amount * 0.8, uom: "KGM", own: "Đào củ ba kích tím trồng 3 năm", bought: "Thu mua củ ba kích tím tươi" }),
      transform(c, -c.rng.int(3, 8), "08:00", [item("Ba kích đã rút lõi", c.amount * 0.45, "KGM"), item("Mật ong rừng", c.amount * 0.6, "KGM")], [item("Ba kích ngâm mật ong", c.amount, "KGM")], "Rút lõi, sao vàng, ngâm trong mật ong rừng 3 tháng"),
      pack(c, 0, "09:00", "Hũ thủy tinh 500 g"),
    ],
  },
  "cao-tra-hoa-vang": {
    unit: "lọ", net: [0.1, "KGM"], quantity: [80, 300], shelf: { months: 24 }, season: ALL_YEAR,
    events: dried({
      what: "Lá và hoa trà vàng tươi", ratio: 12, lead: [6, 12],
      own: "Hái lá bánh tẻ và hoa trà vàng", bought: "Thu mua lá trà hoa vàng",
      making: "Chiết bằng nước nóng, cô đặc chân không thành cao", product: "Cao trà hoa vàng",
      check: "Kiểm nghiệm vi sinh và độ ẩm đạt mức công bố", packing: "Lọ thủy tinh 100 g",
    }),
  },
  "nam-lim-xanh": {
    unit: "hộp", net: [0.25, "KGM"], quantity: [60, 200], shelf: { months: 24 }, season: [4, 5, 6, 7, 8, 9],
    events: dried({
      what: "Nấm lim xanh tươi", ratio: 5, lead: [10, 25],
      own: "Thu hái nấm lim xanh mọc trên gốc lim mục", bought: "Thu mua nấm lim xanh tươi của người đi rừng",
      making: "Làm sạch, thái lát, sấy ở 50 °C", product: "Nấm lim xanh khô",
      check: "Định danh nấm, kiểm tra độ ẩm", packing: "Hộp 250 g",
    }),
  },
  "thuoc-tam-dao": {
    unit: "gói", net: [0.2, "KGM"], quantity: [300, 1000], shelf: { months: 24 }, season: ALL_YEAR,
    events: dried({
      what: "Lá thuốc rừng tươi (hơn 20 loại)", ratio: 4, lead: [5, 12],
      own: "Thu hái lá thuốc theo bài thuốc gia truyền của người Dao", bought: "Thu mua lá thuốc rừng",
      making: "Phân loại, rửa, phơi khô và phối trộn theo bài thuốc", product: "Thuốc tắm người Dao",
      packing: "Gói 200 g",
    }),
  },
  "tra-giao-co-lam": {
    unit: "túi", net: [0.2, "KGM"], quantity: [200, 700], shelf: { months: 24 }, season: [4, 5, 6, 7, 8, 9, 10],
    events: dried({
      what: "Giảo cổ lam 5 lá tươi", ratio: 5, lead: [2, 5],
      own: "Cắt dây giảo cổ lam 5 lá trồng dưới tán rừng", bought: "Thu mua giảo cổ lam tươi",
      making: "Rửa, thái, sao và sấy khô", product: "Trà giảo cổ lam",
      packing: "Túi 200 g",
    }),
  },
  "dau-xoa-bop": {
    unit: "chai", net: [0.05, "LTR"], quantity: [300, 1000], shelf: { months: 24 }, season: ALL_YEAR,
    events: (c) => [
      source(c, -c.rng.int(100, 120), "07:00", { step: "harvesting", what: "Quế, gừng, hồi và lá rừng", quantity: c.amount * 0.6, uom: "KGM", own: "Thu hái dược liệu trong vùng trồng", bought: "Thu mua dược liệu khô" }),
      transform(c, -c.rng.int(5, 10), "08:00", [item("Dược liệu", c.amount * 0.6, "KGM"), item("Rượu 45 độ", c.amount, "LTR")], [item("Dầu xoa bóp", c.amount * 1.02, "LTR")], "Ngâm dược liệu 3 tháng, lọc, phối tinh dầu quế và hồi"),
      pack(c, 0, "09:00", "Chai thủy tinh 50 ml"),
    ],
  },

  // ── Crafts ─────────────────────────────────────────────────────────────────
  "gom-lo-hoa": {
    unit: "chiếc", net: null, quantity: [40, 150], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Đất sét trắng", perPiece: 1.3, making: "Luyện đất, vuốt trên bàn xoay, phơi mộc, tráng men rạn", finished: "Nung lò củi 36 giờ ở khoảng 1.250 °C, chọn sản phẩm đạt men rạn", packing: "Bọc xốp, đóng thùng carton" }),
  },
  "gom-am-chen": {
    unit: "bộ", net: null, quantity: [30, 100], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Đất sét trắng", perPiece: 2, making: "Tạo hình, vẽ lam bằng tay, tráng men", finished: "Nung lò ga 1.280 °C, ghép bộ ấm và chén", packing: "Hộp giấy có lót xốp" }),
  },
  "gom-binh-ruou": {
    unit: "chiếc", net: null, quantity: [20, 80], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Đất sét sành", perPiece: 4.5, making: "Vuốt tay, gắn vòi, tráng men nâu da lươn", finished: "Nung lò củi, thử nước không rò", packing: "Bọc rơm, đóng thùng" }),
  },
  "tranh-than-da": {
    unit: "bức", net: null, quantity: [20, 60], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Than đá antraxit", perPiece: 2.5, making: "Chọn khối than, cắt tấm, chạm khắc phong cảnh vịnh Hạ Long, đánh bóng", finished: "Phủ keo bảo vệ, lắp khung gỗ", packing: "Bọc xốp, hộp carton" }),
  },
  "tuong-than-da": {
    unit: "chiếc", net: null, quantity: [20, 60], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Than đá antraxit", perPiece: 1.4, making: "Tạc từ khối than nguyên, mài, đánh bóng", finished: "Phủ keo bảo vệ, gắn đế gỗ", packing: "Hộp giấy có lót xốp" }),
  },
  "theu-tho-cam": {
    unit: "chiếc", net: null, quantity: [30, 100], shelf: null, season: ALL_YEAR,
    events: craft({ finished: "Thêu tay hoa văn người Dao trên vải chàm, may thành túi", packing: "Túi giấy có thẻ tên người thêu" }),
  },
  "may-tre-dan": {
    unit: "chiếc", net: null, quantity: [40, 150], shelf: null, season: ALL_YEAR,
    events: craft({ material: "Tre, mây rừng", perPiece: 0.5, making: "Chẻ nan, luộc và phơi chống mối mọt, đan tay", finished: "Quét dầu bóng, kiểm tra mối đan", packing: "Xếp chồng, bọc màng" }),
  },

  // ── Plants ─────────────────────────────────────────────────────────────────
  "mai-vang": {
    unit: "chậu", net: null, quantity: [20, 80], shelf: null, season: [1, 2, 11],
    events: plant_({ what: "Cây mai vàng giống", age: [370, 420], propagation: "Ươm và ghép mắt mai vàng 5 cánh Yên Tử", caring: "Tỉa cành, bón phân hữu cơ, tuốt lá để ra hoa đúng Tết", packing: "Xuất vườn, đóng chậu, bọc rơm" }),
  },
  "lan-rung": {
    unit: "chậu", net: null, quantity: [30, 100], shelf: null, season: ALL_YEAR,
    events: plant_({ what: "Giò lan kim điệp", age: [300, 500], propagation: "Tách giò lan kim điệp nhân giống trong vườn", caring: "Tưới phun sương, bón phân hữu cơ loãng", packing: "Ghép chậu, xuất vườn" }),
  },
  bonsai: {
    unit: "chậu", net: null, quantity: [10, 40], shelf: null, season: ALL_YEAR,
    events: plant_({ what: "Cây tùng la hán", age: [1500, 1900], propagation: "Giâm cành tùng la hán", caring: "Uốn dáng trực, cắt tỉa, thay đất", packing: "Xuất vườn, đóng chậu sứ" }),
  },
  "cay-tra-hoa-vang": {
    unit: "cây", net: null, quantity: [50, 200], shelf: null, season: ALL_YEAR,
    events: plant_({ what: "Cành giâm trà hoa vàng", age: [700, 760], propagation: "Giâm cành trà hoa vàng trong vườn ươm", caring: "Che bóng, tưới ẩm, bón phân chuồng hoai", packing: "Đóng bầu, xuất vườn" }),
  },

  // ── Tourism: printed entrance tickets ─────────────────────────────────────
  "diem-sinh-thai": {
    unit: "vé", net: null, quantity: [2000, 5000], shelf: null, season: [3, 4, 5, 6],
    events: (c) => [
      commission(c, -c.rng.int(3, 7), "09:00", "In vé vào cửa có mã truy xuất cho mùa du lịch 2026"),
      event("ObjectEvent", localTime(c.production, 0, "08:00"), "stocking", { action: "OBSERVE", disposition: "active", read_point: c.facility, biz_location: c.facility, note: "Nhập vé về quầy bán vé" }),
    ],
  },
}

/** Kinds that never get a batch: services sold as bookings. */
export const UNTRACED_KINDS = ["tour-cong-dong", "homestay", "kayak", "lang-chai", "tour-trai-nghiem"]
