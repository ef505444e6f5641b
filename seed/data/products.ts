/**
 * Products of the seed. Prices in VND (no minor unit: 125000 is 125.000 ₫).
 */
export type SeedProduct = {
  handle: string
  title: string
  subtitle?: string
  description: string
  optionTitle: string
  variants: { option: string; sku: string; price: number }[]
}

export const PRODUCTS: SeedProduct[] = [
  {
    handle: "cha-muc-ha-long",
    title: "Chả mực Hạ Long",
    subtitle: "Giã tay từ mực tươi vịnh Hạ Long",
    description:
      "Chả mực giã tay truyền thống, làm từ mực ống tươi đánh bắt trong ngày ở vịnh Hạ Long. Bảo quản ngăn đá, rán vàng trước khi ăn.",
    optionTitle: "Khối lượng",
    variants: [
      { option: "500 g", sku: "CMHL-500", price: 220000 },
      { option: "1 kg", sku: "CMHL-1000", price: 420000 },
    ],
  },
  {
    handle: "nuoc-mam-cai-rong",
    title: "Nước mắm Cái Rồng",
    subtitle: "Ủ chượp cá cơm theo cách truyền thống",
    description:
      "Nước mắm cốt ủ từ cá cơm và muối biển trong thùng gỗ ít nhất 12 tháng, độ đạm cao, vị ngọt hậu, đặc sản Vân Đồn.",
    optionTitle: "Dung tích",
    variants: [
      { option: "500 ml", sku: "NMCR-500", price: 125000 },
      { option: "1 lít", sku: "NMCR-1000", price: 230000 },
    ],
  },
  {
    handle: "tra-hoa-vang-ba-che",
    title: "Trà hoa vàng Ba Chẽ",
    subtitle: "Hoa trà vàng sấy lạnh",
    description:
      "Hoa trà vàng hái từ rừng Ba Chẽ, sấy lạnh giữ màu vàng và hương thơm nhẹ. Pha với nước 85 °C.",
    optionTitle: "Quy cách",
    variants: [
      { option: "Hộp 50 g", sku: "THV-50", price: 350000 },
      { option: "Hộp 100 g", sku: "THV-100", price: 650000 },
    ],
  },
  {
    handle: "mien-dong-binh-lieu",
    title: "Miến dong Bình Liêu",
    subtitle: "Sợi miến dai, trong, từ củ dong riềng",
    description:
      "Miến làm từ tinh bột dong riềng trồng ở Bình Liêu, phơi nắng tự nhiên, không chất tẩy trắng.",
    optionTitle: "Khối lượng",
    variants: [
      { option: "500 g", sku: "MDBL-500", price: 65000 },
      { option: "1 kg", sku: "MDBL-1000", price: 120000 },
    ],
  },
]
