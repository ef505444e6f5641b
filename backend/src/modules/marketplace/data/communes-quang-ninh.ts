/**
 * Commune-level units of Quảng Ninh since 1 July 2025 (Resolution
 * 1679/NQ-UBTVQH15 of 16 June 2025: 30 wards, 22 communes (21 formed by the
 * arrangement plus Cái Chiên, left as it was), 2 special zones), as a shopper
 * writes them in an address. Every commune the seed uses (seed/data/communes.ts)
 * is here.
 */
export const QUANG_NINH_COMMUNES: readonly string[] = [
  // Wards (phường)
  "Phường An Sinh",
  "Phường Bãi Cháy",
  "Phường Bình Khê",
  "Phường Cao Xanh",
  "Phường Cẩm Phả",
  "Phường Cửa Ông",
  "Phường Đông Mai",
  "Phường Đông Triều",
  "Phường Hà An",
  "Phường Hà Lầm",
  "Phường Hà Tu",
  "Phường Hạ Long",
  "Phường Hiệp Hòa",
  "Phường Hoàng Quế",
  "Phường Hoành Bồ",
  "Phường Hồng Gai",
  "Phường Liên Hòa",
  "Phường Mạo Khê",
  "Phường Mông Dương",
  "Phường Móng Cái 1",
  "Phường Móng Cái 2",
  "Phường Móng Cái 3",
  "Phường Phong Cốc",
  "Phường Quang Hanh",
  "Phường Quảng Yên",
  "Phường Tuần Châu",
  "Phường Uông Bí",
  "Phường Vàng Danh",
  "Phường Việt Hưng",
  "Phường Yên Tử",
  // Communes (xã)
  "Xã Ba Chẽ",
  "Xã Bình Liêu",
  "Xã Cái Chiên",
  "Xã Đầm Hà",
  "Xã Điền Xá",
  "Xã Đông Ngũ",
  "Xã Đường Hoa",
  "Xã Hải Hòa",
  "Xã Hải Lạng",
  "Xã Hải Ninh",
  "Xã Hải Sơn",
  "Xã Hoành Mô",
  "Xã Kỳ Thượng",
  "Xã Lục Hồn",
  "Xã Lương Minh",
  "Xã Quảng Đức",
  "Xã Quảng Hà",
  "Xã Quảng La",
  "Xã Quảng Tân",
  "Xã Thống Nhất",
  "Xã Tiên Yên",
  "Xã Vĩnh Thực",
  // Special zones (đặc khu)
  "Đặc khu Cô Tô",
  "Đặc khu Vân Đồn",
]

/** Communes that no longer exist as a unit, and the unit that took them over (for a helpful message). */
export const FORMER_COMMUNES: Readonly<Record<string, string>> = {
  "Xã Bằng Cả": "Xã Quảng La",
  "Xã Dân Chủ": "Xã Quảng La",
  "Xã Tân Dân": "Xã Quảng La",
  "Xã Vũ Oai": "Xã Thống Nhất",
  "Xã Hòa Bình": "Xã Thống Nhất",
  "Thị trấn Tiên Yên": "Xã Tiên Yên",
  "Xã Phong Dụ": "Xã Tiên Yên",
  "Xã Tiên Lãng": "Xã Tiên Yên",
  "Xã Hà Lâu": "Xã Điền Xá",
  "Xã Đông Hải": "Xã Đông Ngũ",
}
