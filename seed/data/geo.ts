/**
 * Rough centres of the seed's communes (WGS 84), for placing growing areas
 * near the producer that owns them. Approximate to about a kilometre: enough
 * for a map pin, not for a survey.
 */
export const COMMUNE_CENTERS: Record<string, [latitude: number, longitude: number]> = {
  "Phường Hạ Long": [20.951, 107.08],
  "Phường Bãi Cháy": [20.958, 107.04],
  "Phường Hồng Gai": [20.952, 107.09],
  "Phường Tuần Châu": [20.93, 106.99],
  "Phường Việt Hưng": [20.995, 106.985],
  "Phường Hoành Bồ": [21.02, 107.035],
  "Xã Quảng La": [21.115, 106.9],
  "Xã Thống Nhất": [21.005, 107.125],
  "Phường Móng Cái 1": [21.525, 107.965],
  "Xã Hải Sơn": [21.61, 107.83],
  "Xã Hải Ninh": [21.495, 107.915],
  "Xã Vĩnh Thực": [21.405, 107.965],
  "Phường Cẩm Phả": [21.01, 107.29],
  "Phường Quang Hanh": [21.0, 107.225],
  "Phường Cửa Ông": [21.03, 107.36],
  "Phường Uông Bí": [21.035, 106.775],
  "Phường Yên Tử": [21.125, 106.73],
  "Phường Vàng Danh": [21.1, 106.8],
  "Phường Đông Triều": [21.085, 106.515],
  "Phường Mạo Khê": [21.055, 106.6],
  "Phường An Sinh": [21.13, 106.55],
  "Phường Hoàng Quế": [21.04, 106.63],
  "Phường Quảng Yên": [20.94, 106.81],
  "Phường Đông Mai": [20.99, 106.845],
  "Phường Hiệp Hòa": [20.92, 106.86],
  "Phường Phong Cốc": [20.895, 106.82],
  "Xã Ba Chẽ": [21.27, 107.285],
  "Xã Kỳ Thượng": [21.17, 107.07],
  "Xã Lương Minh": [21.22, 107.185],
  "Xã Tiên Yên": [21.33, 107.4],
  "Xã Điền Xá": [21.38, 107.36],
  "Xã Hải Lạng": [21.26, 107.47],
  "Xã Bình Liêu": [21.53, 107.4],
  "Xã Hoành Mô": [21.6, 107.5],
  "Xã Lục Hồn": [21.5, 107.46],
  "Xã Đầm Hà": [21.35, 107.6],
  "Xã Quảng Hà": [21.45, 107.75],
  "Xã Đường Hoa": [21.48, 107.655],
  "Xã Quảng Đức": [21.565, 107.7],
  "Đặc khu Vân Đồn": [21.06, 107.42],
  "Đặc khu Cô Tô": [20.975, 107.765],
}

export function communeCenter(name: string): [number, number] {
  const center = COMMUNE_CENTERS[name]
  if (!center) throw new Error(`No map centre for the commune ${name}`)
  return center
}
