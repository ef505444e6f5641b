/**
 * The 34 provinces and centrally-run cities of Việt Nam since 1 July 2025
 * (Resolution 202/2025/QH15): 6 cities and 28 provinces, with the former
 * provinces merged into each one (kept so an old address still finds its
 * province, e.g. "Bắc Giang" → "Bắc Ninh"). Names are NFC Unicode.
 */
export type Province = {
  /** The name as written on an address, without "Tỉnh"/"Thành phố". */
  name: string
  kind: "city" | "province"
  /** Provinces merged into this one on 1 July 2025 (their names no longer exist as a level). */
  merged: readonly string[]
}

const city = (name: string, merged: string[] = []): Province => ({ name, kind: "city", merged })
const province = (name: string, merged: string[] = []): Province => ({ name, kind: "province", merged })

export const PROVINCES: readonly Province[] = [
  city("Hà Nội"),
  city("Hồ Chí Minh", ["Bình Dương", "Bà Rịa - Vũng Tàu"]),
  city("Hải Phòng", ["Hải Dương"]),
  city("Đà Nẵng", ["Quảng Nam"]),
  city("Cần Thơ", ["Sóc Trăng", "Hậu Giang"]),
  city("Huế"),
  province("Quảng Ninh"),
  province("Cao Bằng"),
  province("Lạng Sơn"),
  province("Lai Châu"),
  province("Điện Biên"),
  province("Sơn La"),
  province("Thanh Hóa"),
  province("Nghệ An"),
  province("Hà Tĩnh"),
  province("Tuyên Quang", ["Hà Giang"]),
  province("Lào Cai", ["Yên Bái"]),
  province("Thái Nguyên", ["Bắc Kạn"]),
  province("Phú Thọ", ["Vĩnh Phúc", "Hòa Bình"]),
  province("Bắc Ninh", ["Bắc Giang"]),
  province("Hưng Yên", ["Thái Bình"]),
  province("Ninh Bình", ["Hà Nam", "Nam Định"]),
  province("Quảng Trị", ["Quảng Bình"]),
  province("Quảng Ngãi", ["Kon Tum"]),
  province("Gia Lai", ["Bình Định"]),
  province("Khánh Hòa", ["Ninh Thuận"]),
  province("Lâm Đồng", ["Đắk Nông", "Bình Thuận"]),
  province("Đắk Lắk", ["Phú Yên"]),
  province("Đồng Nai", ["Bình Phước"]),
  province("Tây Ninh", ["Long An"]),
  province("Vĩnh Long", ["Bến Tre", "Trà Vinh"]),
  province("Đồng Tháp", ["Tiền Giang"]),
  province("Cà Mau", ["Bạc Liêu"]),
  province("An Giang", ["Kiên Giang"]),
]
