/**
 * Growing areas of the seed: crop areas, aquaculture and fishing areas, and
 * packing houses of the producers whose products come from land or water.
 *
 * Codes follow the shapes seen on Vietnamese export documents: a crop area is
 * `VN-QN{XX}-{0000}` (country, province QN and the letters of the former
 * district, a 4-digit serial), an aquaculture area `VN-QN{XX}-TS-{0000}`
 * (TS: thủy sản) and a packing house `VNQNPH-{0000}`. Crop areas and packing
 * houses are issued by the Cục Trồng trọt và Bảo vệ thực vật, aquaculture
 * areas by the Chi cục Thủy sản Quảng Ninh (kept as data, not checked).
 * Quảng Ninh reportedly has 63 crop-area and 9 packing-house codes; the seed
 * registers a few dozen. Deterministic: serials, coordinates and dates come
 * from seeded PRNGs.
 */
import { communeNamed } from "./communes"
import { communeCenter } from "./geo"
import { createRng } from "./prng"
import { PRODUCERS } from "./producers"

export type AreaType = "crop_area" | "aquaculture_area" | "packing_house"

export type SeedGrowingArea = {
  code: string
  area_type: AreaType
  name: string
  /** Crop or species, e.g. "Chè hoa vàng", "Ngán". */
  crop: string
  area_ha: number | null
  province: "Quảng Ninh"
  commune: string
  latitude: number
  longitude: number
  issuer: string
  /** YYYY-MM-DD */
  valid_from: string
  /** YYYY-MM-DD */
  valid_to: string
  certifications: string[]
  /** Handle of the producer that holds the code. */
  producer: string
  /** Product kinds (seed/data/kinds.ts) whose raw material comes from here or that are packed here. */
  kinds: string[]
}

export const CROP_ISSUER = "Cục Trồng trọt và Bảo vệ thực vật"
export const AQUACULTURE_ISSUER = "Chi cục Thủy sản Quảng Ninh"

/** Crop and aquaculture codes: VN-QNBC-0012, VN-QNVD-TS-0007; packing houses: VNQNPH-0003. */
export const AREA_CODE_SHAPE = /^(VN-QN[A-Z]{2}-(TS-)?\d{4}|VNQNPH-\d{4})$/

type Row = {
  producer: string
  type: AreaType
  name: string
  crop: string
  kinds: string[]
  /** Hectares; null for a fishing ground, whose extent is not a plot. */
  ha: number | null
  certifications?: string[]
  /** A neighbouring commune when the area is not in the producer's own. */
  commune?: string
  /** Shift from the commune's centre in degrees (out to sea for fishing grounds); otherwise a small random one. */
  offset?: [number, number]
}

const crop = (producer: string, name: string, cropName: string, kinds: string[], ha: number, extra: Partial<Row> = {}): Row => ({
  producer, type: "crop_area", name, crop: cropName, kinds, ha, ...extra,
})
const water = (producer: string, name: string, species: string, kinds: string[], ha: number | null, extra: Partial<Row> = {}): Row => ({
  producer, type: "aquaculture_area", name, crop: species, kinds, ha, ...extra,
})
const packing = (producer: string, name: string, what: string, kinds: string[], ha: number, extra: Partial<Row> = {}): Row => ({
  producer, type: "packing_house", name, crop: what, kinds, ha, ...extra,
})

const ROWS: Row[] = [
  // Hạ Long
  water("Công ty TNHH Thực phẩm Hạ Long Xanh", "Vùng khai thác hải sản vịnh Hạ Long", "Mực ống, cá thu, tôm he", ["cha-muc", "muc-mot-nang", "cha-ca", "tom-kho"], null, { offset: [-0.06, 0.07] }),
  packing("Công ty TNHH Thực phẩm Hạ Long Xanh", "Xưởng chế biến chả mực Hạ Long Xanh", "Chả mực, hải sản chế biến", ["cha-muc", "muc-mot-nang", "cha-ca", "tom-kho"], 0.6, { certifications: ["HACCP"] }),
  water("Hộ kinh doanh Chả mực Bà Hải", "Vùng khai thác mực ống Hòn Gai", "Mực ống", ["cha-muc", "muc-mot-nang", "cha-ca", "tom-kho"], null, { offset: [-0.05, 0.04] }),
  water("Công ty Cổ phần Hải sản Bãi Cháy", "Vùng khai thác hải sản ven bờ Bãi Cháy", "Mực ống, cá thu, tôm he, cá cơm", ["cha-muc", "muc-mot-nang", "ca-thu-mot-nang", "tom-kho", "nuoc-mam"], null, { offset: [-0.05, -0.03] }),
  crop("Hợp tác xã Nông nghiệp Hoành Bồ", "Cánh đồng nếp cái hoa vàng Hoành Bồ", "Lúa nếp cái hoa vàng", ["gao-nep", "ruou-nep"], 18.5, { certifications: ["VietGAP"] }),
  crop("Hợp tác xã Dược liệu Quảng La", "Vùng trồng ba kích tím Khe Cát", "Ba kích tím", ["ba-kich-kho"], 12.4, { certifications: ["GACP-WHO"] }),
  crop("Hộ kinh doanh Vườn lan Thống Nhất", "Vườn ươm lan và trà hoa vàng Đồng Vang", "Lan kim điệp, trà hoa vàng, tùng la hán", ["lan-rung", "bonsai", "cay-tra-hoa-vang"], 1.8),
  crop("Hợp tác xã Ong mật Đồng Sơn", "Vùng nuôi ong dưới tán rừng Đồng Sơn", "Ong nội (Apis cerana)", ["mat-ong", "ba-kich-mat-ong"], 65),

  // Móng Cái
  water("Công ty TNHH Hải sản Trà Cổ", "Vùng khai thác ven bờ Trà Cổ", "Cá cơm, mực ống, tôm moi, cá thu", ["cha-muc", "tom-kho", "ca-thu-mot-nang", "nuoc-mam", "mam-tom"], null, { offset: [-0.07, 0.02] }),
  packing("Công ty TNHH Hải sản Trà Cổ", "Xưởng chế biến hải sản Trà Cổ", "Hải sản chế biến, nước mắm", ["cha-muc", "tom-kho", "ca-thu-mot-nang", "nuoc-mam", "mam-tom"], 0.9, { certifications: ["HACCP", "ISO 22000:2018"] }),
  crop("Hợp tác xã Chè Hải Sơn", "Đồi chè Pò Hèn", "Chè trung du", ["che-xanh"], 32, { certifications: ["VietGAP"] }),
  water("Hợp tác xã Thủy sản Hải Ninh", "Bãi triều và vùng khai thác ven bờ Hải Ninh", "Sá sùng, tôm he, cá thu", ["sa-sung", "tom-kho", "cha-ca"], 85, { offset: [-0.03, 0.02] }),
  water("Hộ kinh doanh Sá sùng Vĩnh Thực", "Bãi triều sá sùng Vĩnh Thực", "Sá sùng", ["sa-sung", "muc-mot-nang"], 120, { offset: [-0.02, -0.02] }),
  water("Hộ kinh doanh Sá sùng Vĩnh Thực", "Bè nuôi hàu Vĩnh Thực", "Hàu Thái Bình Dương (hàu sữa)", ["hau-sua"], 6.5, { offset: [-0.03, 0.01], certifications: ["VietGAP"] }),

  // Cẩm Phả
  water("Hợp tác xã Hải sản Cửa Ông", "Vùng khai thác hải sản Cửa Ông", "Mực ống, cá cơm, cá thu", ["cha-muc", "muc-mot-nang", "nuoc-mam", "ca-thu-mot-nang"], null, { offset: [-0.05, 0.06] }),
  water("Hợp tác xã Hải sản Cửa Ông", "Bãi ngán rừng ngập mặn Cẩm Hải", "Ngán", ["ngan"], 22, { offset: [0.02, 0.05] }),

  // Uông Bí
  crop("Công ty Cổ phần Rượu mơ Yên Tử", "Vùng trồng mơ lông Yên Tử", "Mơ lông", ["ruou-mo"], 28, { certifications: ["VietGAP"] }),
  crop("Hợp tác xã Mai vàng Yên Tử", "Vườn ươm mai vàng Nam Mẫu", "Mai vàng Yên Tử", ["mai-vang", "bonsai"], 3.5),
  crop("Hợp tác xã Vải chín sớm Phương Nam", "Vùng trồng vải chín sớm Phương Nam", "Vải chín sớm", ["vai-chin-som"], 46, { certifications: ["VietGAP"] }),
  packing("Hợp tác xã Vải chín sớm Phương Nam", "Cơ sở đóng gói vải Phương Nam", "Vải quả tươi", ["vai-chin-som"], 0.4),
  crop("Hợp tác xã Nông lâm Vàng Danh", "Rừng nứa và giảo cổ lam Vàng Danh", "Măng nứa, giảo cổ lam", ["mang-kho", "tra-giao-co-lam", "mat-ong"], 40),

  // Đông Triều
  crop("Hợp tác xã Nông nghiệp An Sinh", "Cánh đồng nếp cái hoa vàng An Sinh", "Lúa nếp cái hoa vàng", ["gao-nep", "ruou-nep", "mat-ong"], 22, { certifications: ["VietGAP"] }),

  // Quảng Yên
  water("Hợp tác xã Ngán Quảng Yên", "Bãi nuôi ngán Hà Nam", "Ngán", ["ngan"], 38, { offset: [0.01, 0.03], certifications: ["VietGAP"] }),
  water("Hợp tác xã Ngán Quảng Yên", "Bè nuôi hàu sông Chanh", "Hàu Thái Bình Dương (hàu sữa)", ["hau-sua"], 12, { offset: [0.02, -0.01] }),
  water("Hợp tác xã Thủy sản Hiệp Hòa", "Vùng khai thác tôm moi cửa Bạch Đằng", "Tôm moi, cá cơm, tôm he", ["mam-tom", "nuoc-mam", "tom-kho"], null, { offset: [-0.02, -0.03] }),
  packing("Công ty TNHH Chế biến thủy sản Đông Mai", "Xưởng chế biến thủy sản Đông Mai", "Chả cá, chả mực, ngán sơ chế", ["cha-ca", "cha-muc", "ngan"], 0.7, { certifications: ["HACCP"] }),

  // Ba Chẽ
  crop("Hợp tác xã Trà hoa vàng Ba Chẽ", "Rừng trà hoa vàng Khe Nà", "Chè hoa vàng", ["tra-hoa-vang", "tra-hoa-vang-tui-loc", "cao-tra-hoa-vang", "cay-tra-hoa-vang"], 26, { certifications: ["VietGAP"] }),
  crop("Hợp tác xã Trà hoa vàng Ba Chẽ", "Vùng trà hoa vàng Làng Mới", "Chè hoa vàng", ["tra-hoa-vang", "tra-hoa-vang-tui-loc", "cao-tra-hoa-vang"], 14.5),
  packing("Hợp tác xã Trà hoa vàng Ba Chẽ", "Cơ sở sơ chế, đóng gói trà hoa vàng Ba Chẽ", "Trà hoa vàng", ["tra-hoa-vang", "tra-hoa-vang-tui-loc", "cao-tra-hoa-vang"], 0.3),
  crop("Hợp tác xã Ba kích Thanh Sơn", "Vùng trồng ba kích tím Thanh Sơn", "Ba kích tím", ["ba-kich-kho", "ruou-ba-kich", "ba-kich-mat-ong"], 31, { certifications: ["GACP-WHO"] }),
  crop("Hộ kinh doanh Trà hoa vàng Khe Lương", "Vườn trà hoa vàng Khe Lương", "Chè hoa vàng", ["tra-hoa-vang", "thuoc-tam-dao"], 3.8),
  crop("Hợp tác xã Dược liệu Lương Minh", "Vùng dược liệu người Dao Lương Minh", "Cây thuốc người Dao, giảo cổ lam", ["thuoc-tam-dao", "dau-xoa-bop", "tra-giao-co-lam", "mat-ong"], 19),
  crop("Công ty Cổ phần Dược liệu Đạp Thanh", "Rừng lim xanh Đạp Thanh", "Nấm lim xanh", ["nam-lim-xanh"], 52, { commune: "Xã Lương Minh" }),
  crop("Công ty Cổ phần Dược liệu Đạp Thanh", "Vùng trồng ba kích tím và trà hoa vàng Đạp Thanh", "Ba kích tím, chè hoa vàng", ["ba-kich-kho", "cao-tra-hoa-vang", "tra-hoa-vang-tui-loc"], 21, { certifications: ["GACP-WHO"] }),
  crop("Hộ kinh doanh Mật ong rừng Nam Sơn", "Vùng nuôi ong Nam Sơn", "Ong nội (Apis cerana)", ["mat-ong", "ba-kich-mat-ong"], 40),

  // Tiên Yên
  crop("Hợp tác xã Gà Tiên Yên", "Nương khoai sọ Đông Ngũ", "Khoai sọ", ["khoai-so"], 7.5),
  crop("Hợp tác xã Nông sản Điền Xá", "Vùng trồng khoai sọ và dong riềng Khe Tiền", "Khoai sọ, dong riềng", ["khoai-so", "mien-dong"], 16),
  crop("Công ty TNHH Nấm lim xanh Đông Ngũ", "Rừng lim Đông Ngũ", "Nấm lim xanh, giảo cổ lam, ba kích tím", ["nam-lim-xanh", "tra-giao-co-lam", "ba-kich-kho"], 48),

  // Bình Liêu
  crop("Hợp tác xã Miến dong Bình Liêu", "Vùng trồng dong riềng Sú Cáu", "Dong riềng, khoai sọ", ["mien-dong", "khoai-so"], 62, { certifications: ["VietGAP"] }),
  crop("Hợp tác xã Miến dong Bình Liêu", "Rừng sở Nà Áng", "Cây sở", ["dau-so"], 110),
  packing("Hợp tác xã Miến dong Bình Liêu", "Xưởng miến dong Bình Liêu", "Miến dong, dầu sở", ["mien-dong", "dau-so"], 0.5),
  crop("Hợp tác xã Dầu sở Hoành Mô", "Rừng sở Đồng Thắng", "Cây sở", ["dau-so", "mat-ong"], 145),
  crop("Hộ kinh doanh Miến dong Lục Hồn", "Vùng dong riềng Khe Vằn", "Dong riềng, măng nứa", ["mien-dong", "mang-kho"], 12),

  // Hải Hà
  crop("Hợp tác xã Chè Đường Hoa", "Đồi chè Đường Hoa", "Chè trung du", ["che-xanh"], 84, { certifications: ["VietGAP"] }),
  packing("Hợp tác xã Chè Đường Hoa", "Xưởng sao chè Đường Hoa", "Chè búp", ["che-xanh"], 0.4),
  crop("Hợp tác xã Nông lâm Quảng Đức", "Vùng dược liệu Pạt Cạp", "Cây thuốc người Dao, ong nội", ["thuoc-tam-dao", "mat-ong"], 17),

  // Đầm Hà
  crop("Hợp tác xã Bánh gật gù Đầm Hà", "Cánh đồng lúa Tân Hoa", "Lúa tẻ, lúa nếp", ["banh-gat-gu", "gao-nep"], 13),
  water("Hợp tác xã Thủy sản Đầm Hà Xanh", "Bãi triều và vùng khai thác ven bờ Đầm Hà", "Ngán, sá sùng, tôm he, cá thu", ["ngan", "sa-sung", "tom-kho", "cha-ca"], 64, { offset: [-0.05, 0.02] }),

  // Vân Đồn
  water("Công ty Cổ phần Nước mắm Cái Rồng", "Vùng khai thác cá cơm Cái Rồng", "Cá cơm", ["nuoc-mam", "mam-tom", "ca-thu-mot-nang"], null, { offset: [-0.05, 0.08], certifications: ["VietGAP"] }),
  packing("Công ty Cổ phần Nước mắm Cái Rồng", "Nhà thùng ủ chượp Cái Rồng", "Nước mắm, mắm tôm", ["nuoc-mam", "mam-tom", "ca-thu-mot-nang"], 1.1, { certifications: ["HACCP", "ISO 22000:2018"] }),
  water("Hợp tác xã Sá sùng Quan Lạn", "Bãi sá sùng Quan Lạn", "Sá sùng", ["sa-sung"], 210, { offset: [-0.17, 0.08], certifications: ["VietGAP"] }),
  water("Hợp tác xã Sá sùng Quan Lạn", "Vùng khai thác mực ống Quan Lạn", "Mực ống", ["muc-mot-nang"], null, { offset: [-0.2, 0.12] }),
  water("Hộ kinh doanh Hải sản Minh Châu", "Bè nuôi hàu Minh Châu", "Hàu Thái Bình Dương (hàu sữa)", ["hau-sua"], 8, { offset: [-0.19, 0.12] }),
  water("Công ty TNHH Ngọc trai Bái Tử Long", "Trại nuôi cấy ngọc trai Bái Tử Long", "Trai ngọc (Pinctada martensii)", ["ngoc-trai"], 45, { offset: [-0.04, 0.05] }),
  water("Hộ kinh doanh Hàu sữa Bản Sen", "Bè nuôi hàu và bãi ngán Bản Sen", "Hàu Thái Bình Dương (hàu sữa), ngán", ["hau-sua", "ngan"], 10, { offset: [-0.08, 0.01], certifications: ["VietGAP"] }),

  // Cô Tô
  water("Hợp tác xã Hải sâm Cô Tô", "Vùng nuôi hải sâm Cô Tô", "Hải sâm đen", ["hai-sam"], 30, { offset: [-0.02, 0.03] }),
  water("Hợp tác xã Hải sâm Cô Tô", "Vùng khai thác mực ống Cô Tô", "Mực ống, sá sùng", ["muc-mot-nang", "sa-sung"], null, { offset: [-0.06, 0.05] }),
  water("Hộ kinh doanh Hải sản Thanh Lân", "Vùng khai thác hải sản Thanh Lân", "Mực ống, cá thu, sá sùng", ["muc-mot-nang", "ca-thu-mot-nang", "sa-sung"], null, { offset: [0.03, -0.07] }),
]

/** Letters of the former district in area codes: "UBND huyện Ba Chẽ" → BC. */
function districtLetters(committee: string): string {
  const place = committee.replace(/^UBND (huyện|thị xã|thành phố) /, "")
  return place
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .split(/\s+/)
    .map((word) => word[0].toUpperCase())
    .join("")
}

const PACKING_HOUSE_SERIALS = [1, 2, 3, 4, 5, 6, 7, 8, 9]
const round = (value: number, digits: number) => Number(value.toFixed(digits))

function build(): SeedGrowingArea[] {
  const producerByName = new Map(PRODUCERS.map((p) => [p.name, p]))
  const serials = new Map<string, number>()
  let packingHouses = 0
  return ROWS.map((row) => {
    const producer = producerByName.get(row.producer)
    if (!producer) throw new Error(`Growing area ${row.name}: unknown producer ${row.producer}`)
    const commune = row.commune ?? producer.commune
    const letters = districtLetters(communeNamed(producer.commune).district)
    const rng = createRng(`area:${row.name}`)
    let code: string
    if (row.type === "packing_house") {
      code = `VNQNPH-${String(PACKING_HOUSE_SERIALS[packingHouses++]).padStart(4, "0")}`
    } else {
      const series = `VN-QN${letters}-${row.type === "aquaculture_area" ? "TS-" : ""}`
      // Serials are issued in turn to everyone in the district: ours have gaps between them.
      const previous = serials.get(series) ?? createRng(`series:${series}`).int(0, 6)
      const serial = previous + rng.int(1, 4)
      serials.set(series, serial)
      code = `${series}${String(serial).padStart(4, "0")}`
    }
    const [lat, lng] = communeCenter(commune)
    const [dLat, dLng] = row.offset
      ? [row.offset[0] + (rng.next() - 0.5) * 0.01, row.offset[1] + (rng.next() - 0.5) * 0.01]
      : [(rng.next() - 0.5) * 0.04, (rng.next() - 0.5) * 0.04]
    const from = new Date(Date.UTC(2022, 0, 1) + rng.int(0, 3 * 365 + 150) * 86_400_000)
    const to = new Date(Date.UTC(from.getUTCFullYear() + 5, from.getUTCMonth(), from.getUTCDate()))
    return {
      code,
      area_type: row.type,
      name: row.name,
      crop: row.crop,
      area_ha: row.ha,
      province: "Quảng Ninh" as const,
      commune,
      latitude: round(lat + dLat, 5),
      longitude: round(lng + dLng, 5),
      issuer: row.type === "aquaculture_area" ? AQUACULTURE_ISSUER : CROP_ISSUER,
      valid_from: from.toISOString().slice(0, 10),
      valid_to: to.toISOString().slice(0, 10),
      certifications: row.certifications ?? [],
      producer: producer.handle,
      kinds: row.kinds,
    }
  })
}

export const GROWING_AREAS: SeedGrowingArea[] = build()

export const GROWING_AREA_BY_CODE: ReadonlyMap<string, SeedGrowingArea> = new Map(GROWING_AREAS.map((a) => [a.code, a]))

/** The areas of a producer that supply (or pack) a product kind. */
export function areasFor(producerHandle: string, kind: string): SeedGrowingArea[] {
  return GROWING_AREAS.filter((a) => a.producer === producerHandle && a.kinds.includes(kind))
}
