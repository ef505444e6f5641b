/**
 * Communes, wards and special zones of Quảng Ninh used by the seed, with the
 * unit names in force since 1 July 2025 (province → commune level, no district).
 * `former` is the locality people still write on labels (kept as free text on
 * producers, never as an address level); `place` is the short place name used
 * in product names ("Ba Chẽ", "Vân Đồn"); `streets` are street or village lines.
 */
export type CommuneKind = "phuong" | "xa" | "dac-khu"

export type SeedCommune = {
  name: string
  kind: CommuneKind
  place: string
  former: string
  coastal: boolean
  /** The district-level people's committee that recognised 3★ products before the 2025 reform. */
  district: string
  streets: string[]
}

const DISTRICTS: [needle: string, committee: string][] = [
  ["Hạ Long", "UBND thành phố Hạ Long"],
  ["Hoành Bồ", "UBND thành phố Hạ Long"],
  ["Móng Cái", "UBND thành phố Móng Cái"],
  ["Cẩm Phả", "UBND thành phố Cẩm Phả"],
  ["Uông Bí", "UBND thành phố Uông Bí"],
  ["Đông Triều", "UBND thị xã Đông Triều"],
  ["Quảng Yên", "UBND thị xã Quảng Yên"],
  ["Ba Chẽ", "UBND huyện Ba Chẽ"],
  ["Tiên Yên", "UBND huyện Tiên Yên"],
  ["Bình Liêu", "UBND huyện Bình Liêu"],
  ["Đầm Hà", "UBND huyện Đầm Hà"],
  ["Hải Hà", "UBND huyện Hải Hà"],
  ["Vân Đồn", "UBND huyện Vân Đồn"],
  ["Cô Tô", "UBND huyện Cô Tô"],
]

function districtOf(former: string): string {
  const found = DISTRICTS.find(([needle]) => former.includes(needle))
  if (!found) throw new Error(`No former district for "${former}"`)
  return found[1]
}

const c = (name: string, place: string, former: string, coastal: boolean, streets: string[]): SeedCommune => ({
  name,
  kind: name.startsWith("Phường") ? "phuong" : name.startsWith("Đặc khu") ? "dac-khu" : "xa",
  place,
  former,
  coastal,
  district: districtOf(former),
  streets,
})

export const COMMUNES: SeedCommune[] = [
  c("Phường Hạ Long", "Hạ Long", "thành phố Hạ Long (cũ)", true, ["Số 12 đường Nguyễn Văn Cừ", "Tổ 4, khu 6", "Số 38 phố Lê Lợi"]),
  c("Phường Bãi Cháy", "Bãi Cháy", "phường Bãi Cháy, thành phố Hạ Long (cũ)", true, ["Số 25 đường Hạ Long", "Tổ 7, khu 3", "Số 9 đường Hậu Cần"]),
  c("Phường Hồng Gai", "Hạ Long", "phường Hồng Gai, thành phố Hạ Long (cũ)", true, ["Số 18 phố Cao Thắng", "Số 6 phố Bến Đoan", "Tổ 2, khu 5"]),
  c("Phường Tuần Châu", "Tuần Châu", "phường Tuần Châu, thành phố Hạ Long (cũ)", true, ["Tổ 3, khu 1", "Tổ 6, khu 2"]),
  c("Phường Việt Hưng", "Việt Hưng", "phường Việt Hưng, thành phố Hạ Long (cũ)", true, ["Tổ 5, khu 8", "Số 14 đường Vườn Đào"]),
  c("Phường Hoành Bồ", "Hoành Bồ", "huyện Hoành Bồ (cũ), thành phố Hạ Long", false, ["Tổ 2, khu 4", "Số 21 đường Trới", "Tổ 9, khu 3"]),
  c("Xã Quảng La", "Quảng La", "xã Quảng La, thành phố Hạ Long (cũ)", false, ["Thôn Khe Cát", "Thôn 3"]),
  c("Xã Thống Nhất", "Thống Nhất", "xã Thống Nhất, thành phố Hạ Long (cũ)", false, ["Thôn Đồng Vang", "Thôn 5"]),
  c("Phường Móng Cái 1", "Móng Cái", "thành phố Móng Cái (cũ)", true, ["Số 45 đường Hùng Vương", "Số 8 đường Trần Phú", "Khu 2, Trà Cổ"]),
  c("Xã Hải Sơn", "Hải Sơn", "xã Hải Sơn, thành phố Móng Cái (cũ)", false, ["Thôn Pò Hèn", "Thôn Lục Phủ"]),
  c("Xã Hải Ninh", "Hải Ninh", "thành phố Móng Cái (cũ)", true, ["Thôn 4", "Thôn Tràng Vinh"]),
  c("Xã Vĩnh Thực", "Vĩnh Thực", "xã Vĩnh Thực, thành phố Móng Cái (cũ)", true, ["Thôn 1", "Thôn 3"]),
  c("Phường Cẩm Phả", "Cẩm Phả", "thành phố Cẩm Phả (cũ)", true, ["Số 70 đường Trần Phú", "Tổ 3, khu Diêm Thủy"]),
  c("Phường Quang Hanh", "Quang Hanh", "phường Quang Hanh, thành phố Cẩm Phả (cũ)", true, ["Tổ 6, khu 5", "Số 11 đường Nguyễn Văn Cừ"]),
  c("Phường Cửa Ông", "Cửa Ông", "phường Cửa Ông, thành phố Cẩm Phả (cũ)", true, ["Tổ 2, khu 7", "Số 5 phố Đền"]),
  c("Phường Uông Bí", "Uông Bí", "thành phố Uông Bí (cũ)", false, ["Số 30 đường Quang Trung", "Tổ 8, khu Phương Nam", "Tổ 4, khu 2"]),
  c("Phường Yên Tử", "Yên Tử", "thành phố Uông Bí (cũ)", false, ["Thôn Nam Mẫu", "Thôn Khe Sú", "Tổ 3, khu 2"]),
  c("Phường Vàng Danh", "Vàng Danh", "phường Vàng Danh, thành phố Uông Bí (cũ)", false, ["Tổ 5, khu 3", "Tổ 1, khu 9"]),
  c("Phường Đông Triều", "Đông Triều", "thành phố Đông Triều (cũ)", false, ["Số 16 đường Nguyễn Bình", "Khu Hồng Phong", "Tổ 3, khu Vĩnh Hòa"]),
  c("Phường Mạo Khê", "Mạo Khê", "phường Mạo Khê, thành phố Đông Triều (cũ)", false, ["Tổ 5, khu Vĩnh Sơn", "Số 22 đường Lê Lai"]),
  c("Phường An Sinh", "An Sinh", "xã An Sinh, thành phố Đông Triều (cũ)", false, ["Thôn Bảo Thái", "Thôn Trại Lốc"]),
  c("Phường Hoàng Quế", "Hoàng Quế", "phường Hoàng Quế, thành phố Đông Triều (cũ)", false, ["Khu Xuân Sơn", "Tổ 2, khu Bình Sơn"]),
  c("Phường Quảng Yên", "Quảng Yên", "thị xã Quảng Yên (cũ)", true, ["Số 9 phố Ngô Quyền", "Tổ 3, khu 6"]),
  c("Phường Đông Mai", "Đông Mai", "phường Đông Mai, thị xã Quảng Yên (cũ)", true, ["Tổ 4, khu 2", "Số 17 đường 18A"]),
  c("Phường Hiệp Hòa", "Hiệp Hòa", "xã Hiệp Hòa, thị xã Quảng Yên (cũ)", true, ["Thôn 2", "Tổ 1, khu Cửa Lục"]),
  c("Phường Phong Cốc", "Phong Cốc", "phường Phong Cốc, thị xã Quảng Yên (cũ)", true, ["Tổ 6, khu 4", "Khu Bến Giang"]),
  c("Xã Ba Chẽ", "Ba Chẽ", "huyện Ba Chẽ (cũ)", false, ["Thôn Làng Mới", "Khu 5", "Thôn Khe Nà"]),
  c("Xã Kỳ Thượng", "Kỳ Thượng", "xã Kỳ Thượng, thành phố Hạ Long (cũ)", false, ["Thôn Khe Lương", "Thôn Đồng Dạ"]),
  c("Xã Lương Minh", "Lương Minh", "xã Lương Minh, huyện Ba Chẽ (cũ)", false, ["Thôn Bắc Xa", "Thôn Khe Giấy"]),
  c("Xã Tiên Yên", "Tiên Yên", "huyện Tiên Yên (cũ)", true, ["Phố Long Tiên", "Thôn Đông Ngũ", "Thôn Khe Cát"]),
  c("Xã Điền Xá", "Điền Xá", "xã Điền Xá, huyện Tiên Yên (cũ)", false, ["Thôn Khe Tiền", "Thôn Bản Cầu"]),
  c("Xã Hải Lạng", "Hải Lạng", "xã Hải Lạng, huyện Tiên Yên (cũ)", true, ["Thôn Thanh Y", "Thôn Khe Mằn"]),
  c("Xã Bình Liêu", "Bình Liêu", "huyện Bình Liêu (cũ)", false, ["Khu Bình Công", "Thôn Sú Cáu", "Thôn Nà Áng"]),
  c("Xã Hoành Mô", "Hoành Mô", "xã Hoành Mô, huyện Bình Liêu (cũ)", false, ["Thôn Đồng Thắng", "Thôn Cao Sơn"]),
  c("Xã Lục Hồn", "Lục Hồn", "xã Lục Hồn, huyện Bình Liêu (cũ)", false, ["Thôn Khe Vằn", "Thôn Nà Ếch"]),
  c("Xã Đầm Hà", "Đầm Hà", "huyện Đầm Hà (cũ)", true, ["Phố Lý Thường Kiệt", "Thôn Đồng Tâm", "Thôn Tân Hoa"]),
  c("Xã Quảng Hà", "Hải Hà", "huyện Hải Hà (cũ)", true, ["Phố Lê Lợi", "Khu 4"]),
  c("Xã Đường Hoa", "Đường Hoa", "xã Đường Hoa, huyện Hải Hà (cũ)", false, ["Thôn 4", "Thôn Quảng Long"]),
  c("Xã Quảng Đức", "Quảng Đức", "xã Quảng Đức, huyện Hải Hà (cũ)", false, ["Thôn Pạt Cạp", "Thôn Tài Chi"]),
  c("Đặc khu Vân Đồn", "Vân Đồn", "huyện Vân Đồn (cũ)", true, ["Khu 3, Cái Rồng", "Thôn Quan Lạn", "Thôn Minh Châu", "Thôn Đài Van"]),
  c("Đặc khu Cô Tô", "Cô Tô", "huyện Cô Tô (cũ)", true, ["Khu 1, Cô Tô", "Thôn Thanh Lân", "Thôn Hải Tiến"]),
]

export const COMMUNE_BY_NAME: ReadonlyMap<string, SeedCommune> = new Map(COMMUNES.map((commune) => [commune.name, commune]))

export function communeNamed(name: string): SeedCommune {
  const commune = COMMUNE_BY_NAME.get(name)
  if (!commune) throw new Error(`Unknown commune in the seed: ${name}`)
  return commune
}
