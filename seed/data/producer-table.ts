/**
 * The producers of the seed as a compact table: name, legal form, commune,
 * brand (used in their product names), founding year and the products they
 * make (a kind key from seed/data/kinds.ts, or a kind with overrides for the
 * flagship products). seed/data/producers.ts and seed/data/products.ts expand
 * it into full records.
 */
import type { LegalForm, StarLevel } from "../../backend/src/modules/ocop/lib/domain"

export type ProductEntry =
  | string
  | {
      kind: string
      handle?: string
      title?: string
      /** SKU prefix instead of kind code + producer number. */
      sku?: string
      /** Exact prices, one per variant of the kind (no per-producer adjustment). */
      prices?: number[]
      /** Fixed star of the current certificate. */
      star?: StarLevel
    }

export type ProducerRow = {
  name: string
  legal_form: LegalForm
  commune: string
  brand: string
  founded: number
  products: ProductEntry[]
  /** The founder or owner, when the producer's name says who it is: [form of address, full name]. */
  founder?: [title: "ông" | "bà", name: string]
}

const row = (
  name: string,
  legal_form: LegalForm,
  commune: string,
  brand: string,
  founded: number,
  products: ProductEntry[],
  founder?: ProducerRow["founder"]
): ProducerRow => ({ name, legal_form, commune, brand, founded, products, founder })

export const PRODUCER_ROWS: ProducerRow[] = [
  // Hạ Long
  row("Công ty TNHH Thực phẩm Hạ Long Xanh", "enterprise", "Phường Hồng Gai", "Hạ Long Xanh", 2008, [
    { kind: "cha-muc", handle: "cha-muc-ha-long", title: "Chả mực Hạ Long", sku: "CMHL", prices: [220000, 420000], star: 5 },
    "muc-mot-nang",
    "cha-ca",
    "tom-kho",
  ]),
  row("Hộ kinh doanh Chả mực Bà Hải", "household", "Phường Hạ Long", "Bà Hải", 2012, ["cha-muc", "cha-ca", "muc-mot-nang", "tom-kho"], [
    "bà",
    "Nguyễn Thị Hải",
  ]),
  row("Công ty Cổ phần Hải sản Bãi Cháy", "enterprise", "Phường Bãi Cháy", "Bãi Cháy", 2005, [
    "cha-muc",
    "muc-mot-nang",
    "ca-thu-mot-nang",
    "tom-kho",
    "nuoc-mam",
  ]),
  row("Hộ kinh doanh Chả mực Cô Tư", "household", "Phường Bãi Cháy", "Cô Tư", 2016, ["cha-muc", "muc-mot-nang"], ["bà", "Đỗ Thị Tư"]),
  row("Hợp tác xã Dịch vụ du lịch Cửa Vạn", "cooperative", "Phường Tuần Châu", "Cửa Vạn", 2017, ["lang-chai", "kayak", "homestay"]),
  row("Công ty TNHH Du lịch sinh thái Tuần Châu", "enterprise", "Phường Tuần Châu", "Tuần Châu", 2011, ["kayak", "diem-sinh-thai", "homestay"]),
  row("Hộ kinh doanh Tranh than đá Minh Tâm", "household", "Phường Hồng Gai", "Minh Tâm", 2003, ["tranh-than-da", "tuong-than-da"], ["ông", "Phạm Minh Tâm"]),
  row("Công ty TNHH Mỹ nghệ than đá Việt Hưng", "enterprise", "Phường Việt Hưng", "Việt Hưng", 2009, [
    "tranh-than-da",
    "tuong-than-da",
    { kind: "tour-trai-nghiem", title: "Tour trải nghiệm chạm khắc than đá Việt Hưng" },
  ]),
  row("Hợp tác xã Nông nghiệp Hoành Bồ", "cooperative", "Phường Hoành Bồ", "Hoành Bồ", 2014, [
    "mat-ong",
    "ruou-nep",
    "khoai-so",
    "gao-nep",
    "ga-tien-yen",
  ]),
  row("Hợp tác xã Dược liệu Quảng La", "cooperative", "Xã Quảng La", "Quảng La", 2018, ["tra-giao-co-lam", "dau-xoa-bop", "ba-kich-kho", "thuoc-tam-dao"]),
  row("Hộ kinh doanh Vườn lan Thống Nhất", "household", "Xã Thống Nhất", "Thống Nhất", 2015, ["lan-rung", "bonsai", "cay-tra-hoa-vang"]),
  row("Hợp tác xã Ong mật Đồng Sơn", "cooperative", "Xã Kỳ Thượng", "Đồng Sơn", 2016, ["mat-ong", "ba-kich-mat-ong", "tour-cong-dong"]),

  // Móng Cái
  row("Công ty TNHH Hải sản Trà Cổ", "enterprise", "Phường Móng Cái 1", "Trà Cổ", 2007, [
    "cha-muc",
    "tom-kho",
    "ca-thu-mot-nang",
    "nuoc-mam",
    "mam-tom",
  ]),
  row("Hợp tác xã Chè Hải Sơn", "cooperative", "Xã Hải Sơn", "Pò Hèn", 2015, ["che-xanh", "thuoc-tam-dao", "mat-ong", "theu-tho-cam"]),
  row("Hợp tác xã Thủy sản Hải Ninh", "cooperative", "Xã Hải Ninh", "Hải Ninh", 2013, ["tom-kho", "cha-ca", "sa-sung"]),
  row("Hộ kinh doanh Sá sùng Vĩnh Thực", "household", "Xã Vĩnh Thực", "Vĩnh Thực", 2010, ["sa-sung", "muc-mot-nang", "hau-sua"]),

  // Cẩm Phả
  row("Công ty TNHH Than mỹ nghệ Cẩm Phả", "enterprise", "Phường Cẩm Phả", "Cẩm Phả", 2006, ["tranh-than-da", "tuong-than-da"]),
  row("Hợp tác xã Hải sản Cửa Ông", "cooperative", "Phường Cửa Ông", "Cửa Ông", 2012, [
    "cha-muc",
    "muc-mot-nang",
    "ngan",
    "nuoc-mam",
    "ca-thu-mot-nang",
  ]),
  row("Công ty Cổ phần Du lịch Suối khoáng Quang Hanh", "enterprise", "Phường Quang Hanh", "Quang Hanh", 2010, ["diem-sinh-thai", "homestay"]),
  row("Hộ kinh doanh Hải sản Bà Lan", "household", "Phường Quang Hanh", "Bà Lan", 2014, ["cha-ca", "cha-muc", "mam-tom", "ca-thu-mot-nang"], ["bà", "Vũ Thị Lan"]),

  // Uông Bí
  row("Công ty Cổ phần Rượu mơ Yên Tử", "enterprise", "Phường Yên Tử", "Yên Tử Sơn", 2004, [
    { kind: "ruou-mo", handle: "ruou-mo-yen-tu", title: "Rượu mơ Yên Tử", star: 4 },
    "ruou-nep",
    "ruou-ba-kich",
  ]),
  row("Hộ kinh doanh Rượu mơ Thượng Yên Công", "household", "Phường Yên Tử", "Thượng Yên Công", 2013, ["ruou-mo", "mat-ong"]),
  row("Hợp tác xã Mai vàng Yên Tử", "cooperative", "Phường Yên Tử", "Nam Mẫu", 2016, ["mai-vang", "bonsai", { kind: "tour-trai-nghiem", title: "Tour trải nghiệm vườn mai vàng Nam Mẫu" }]),
  row("Hợp tác xã Vải chín sớm Phương Nam", "cooperative", "Phường Uông Bí", "Phương Nam", 2009, ["vai-chin-som", "mat-ong", "gao-nep"]),
  row("Hợp tác xã Nông lâm Vàng Danh", "cooperative", "Phường Vàng Danh", "Vàng Danh", 2017, ["mang-kho", "mat-ong", "tra-giao-co-lam"]),
  row("Công ty TNHH Du lịch Xanh Yên Tử", "enterprise", "Phường Yên Tử", "Yên Tử Xanh", 2015, ["homestay", "diem-sinh-thai", "tour-cong-dong"]),

  // Đông Triều
  row("Công ty TNHH Gốm Hồng Phong", "enterprise", "Phường Đông Triều", "Hồng Phong", 1998, [
    { kind: "gom-lo-hoa", star: 4 },
    "gom-am-chen",
    "gom-binh-ruou",
    { kind: "tour-trai-nghiem", title: "Tour trải nghiệm làm gốm Hồng Phong" },
  ]),
  row("Hộ kinh doanh Gốm Xuân Sơn", "household", "Phường Hoàng Quế", "Xuân Sơn", 2002, ["gom-lo-hoa", "gom-am-chen", "gom-binh-ruou"]),
  row("Công ty Cổ phần Gốm sứ Mạo Khê", "enterprise", "Phường Mạo Khê", "Mạo Khê", 2001, ["gom-binh-ruou", "gom-lo-hoa", "gom-am-chen"]),
  row("Hợp tác xã Nông nghiệp An Sinh", "cooperative", "Phường An Sinh", "An Sinh", 2012, ["gao-nep", "ruou-nep", "mat-ong"]),
  row("Hộ kinh doanh Cây cảnh Kim Sơn", "household", "Phường Đông Triều", "Kim Sơn", 2008, ["bonsai", "lan-rung", "mai-vang"]),
  row("Hợp tác xã Dịch vụ nông nghiệp Hoàng Quế", "cooperative", "Phường Hoàng Quế", "Hoàng Quế", 2014, ["gao-nep", "ga-tien-yen", "mat-ong"]),

  // Quảng Yên
  row("Hợp tác xã Ngán Quảng Yên", "cooperative", "Phường Phong Cốc", "Phong Cốc", 2015, [
    { kind: "ngan", handle: "ngan-quang-yen", title: "Ngán Quảng Yên", star: 4 },
    "hau-sua",
    "lang-chai",
  ]),
  row("Hợp tác xã Thủy sản Hiệp Hòa", "cooperative", "Phường Hiệp Hòa", "Hiệp Hòa", 2016, ["mam-tom", "nuoc-mam", "tom-kho"]),
  row("Công ty TNHH Chế biến thủy sản Đông Mai", "enterprise", "Phường Đông Mai", "Đông Mai", 2010, ["cha-ca", "cha-muc", "ngan"]),
  row("Hợp tác xã Du lịch Bạch Đằng", "cooperative", "Phường Quảng Yên", "Bạch Đằng", 2019, ["tour-cong-dong", "lang-chai"]),

  // Ba Chẽ
  row("Hợp tác xã Trà hoa vàng Ba Chẽ", "cooperative", "Xã Ba Chẽ", "Ba Chẽ", 2011, [
    { kind: "tra-hoa-vang", handle: "tra-hoa-vang-ba-che", title: "Trà hoa vàng Ba Chẽ", sku: "THV", prices: [350000, 650000], star: 5 },
    "tra-hoa-vang-tui-loc",
    "cao-tra-hoa-vang",
    "cay-tra-hoa-vang",
    { kind: "tour-trai-nghiem", title: "Tour trải nghiệm rừng trà hoa vàng Ba Chẽ" },
  ]),
  row("Hợp tác xã Ba kích Thanh Sơn", "cooperative", "Xã Ba Chẽ", "Thanh Sơn", 2012, [
    { kind: "ba-kich-kho", star: 4 },
    { kind: "ruou-ba-kich", star: 5 },
    "ba-kich-mat-ong",
  ]),
  row("Hộ kinh doanh Trà hoa vàng Khe Lương", "household", "Xã Kỳ Thượng", "Khe Lương", 2017, ["tra-hoa-vang", "thuoc-tam-dao"]),
  row("Hợp tác xã Dược liệu Lương Minh", "cooperative", "Xã Lương Minh", "Lương Minh", 2016, [
    "thuoc-tam-dao",
    "dau-xoa-bop",
    "tra-giao-co-lam",
    "mat-ong",
  ]),
  row("Công ty Cổ phần Dược liệu Đạp Thanh", "enterprise", "Xã Ba Chẽ", "Đạp Thanh", 2013, [
    "nam-lim-xanh",
    "ba-kich-kho",
    "cao-tra-hoa-vang",
    "tra-hoa-vang-tui-loc",
  ]),
  row("Hộ kinh doanh Mật ong rừng Nam Sơn", "household", "Xã Ba Chẽ", "Nam Sơn", 2014, ["mat-ong", "ba-kich-mat-ong"]),

  // Tiên Yên
  row("Hợp tác xã Gà Tiên Yên", "cooperative", "Xã Tiên Yên", "Tiên Yên", 2010, [
    { kind: "ga-tien-yen", handle: "ga-tien-yen", title: "Gà Tiên Yên", star: 4 },
    "ga-u-muoi",
    "khoai-so",
  ]),
  row("Hộ kinh doanh Gà đồi Hải Lạng", "household", "Xã Hải Lạng", "Hải Lạng", 2015, ["ga-tien-yen", "ga-u-muoi"]),
  row("Hợp tác xã Nông sản Điền Xá", "cooperative", "Xã Điền Xá", "Điền Xá", 2014, ["khoai-so", "mien-dong", "mang-kho", "mat-ong"]),
  row("Công ty TNHH Nấm lim xanh Đông Ngũ", "enterprise", "Xã Tiên Yên", "Đông Ngũ", 2012, ["nam-lim-xanh", "tra-giao-co-lam", "ba-kich-kho"]),
  row("Hộ kinh doanh Homestay Khe Tiền", "household", "Xã Điền Xá", "Khe Tiền", 2018, ["homestay", "tour-cong-dong"]),

  // Bình Liêu
  row("Hợp tác xã Miến dong Bình Liêu", "cooperative", "Xã Bình Liêu", "Bình Liêu", 2008, [
    { kind: "mien-dong", handle: "mien-dong-binh-lieu", title: "Miến dong Bình Liêu", sku: "MDBL", prices: [65000, 120000], star: 4 },
    "dau-so",
    "banh-chung-den",
    "khoai-so",
  ]),
  row("Hợp tác xã Dầu sở Hoành Mô", "cooperative", "Xã Hoành Mô", "Hoành Mô", 2013, ["dau-so", "mien-dong", "mat-ong", "khoai-so"]),
  row("Hộ kinh doanh Miến dong Lục Hồn", "household", "Xã Lục Hồn", "Lục Hồn", 2011, ["mien-dong", "banh-chung-den", "mang-kho"]),
  row("Hợp tác xã Du lịch cộng đồng Khe Vằn", "cooperative", "Xã Lục Hồn", "Khe Vằn", 2018, ["tour-cong-dong", "homestay", "diem-sinh-thai"]),
  row("Hộ kinh doanh Thổ cẩm Dao Cao Sơn", "household", "Xã Hoành Mô", "Cao Sơn", 2012, ["theu-tho-cam", "thuoc-tam-dao", "may-tre-dan"]),

  // Hải Hà
  row("Hợp tác xã Chè Đường Hoa", "cooperative", "Xã Đường Hoa", "Đường Hoa", 2009, [
    "che-xanh",
    "tra-giao-co-lam",
    "mat-ong",
    { kind: "tour-trai-nghiem", title: "Tour trải nghiệm hái chè Đường Hoa" },
  ]),
  row("Công ty TNHH Thương mại Quảng Hà", "enterprise", "Xã Quảng Hà", "Quảng Hà", 2011, ["che-xanh", "tom-kho", "mam-tom"]),
  row("Hợp tác xã Nông lâm Quảng Đức", "cooperative", "Xã Quảng Đức", "Quảng Đức", 2015, ["thuoc-tam-dao", "theu-tho-cam", "may-tre-dan", "mat-ong"]),

  // Đầm Hà
  row("Hợp tác xã Bánh gật gù Đầm Hà", "cooperative", "Xã Đầm Hà", "Đầm Hà", 2016, ["banh-gat-gu", "gao-nep"]),
  row("Hợp tác xã Thủy sản Đầm Hà Xanh", "cooperative", "Xã Đầm Hà", "Đầm Hà Xanh", 2012, ["tom-kho", "ngan", "sa-sung", "cha-ca"]),

  // Vân Đồn
  row("Công ty Cổ phần Nước mắm Cái Rồng", "enterprise", "Đặc khu Vân Đồn", "Cái Rồng", 1996, [
    { kind: "nuoc-mam", handle: "nuoc-mam-cai-rong", title: "Nước mắm Cái Rồng", sku: "NMCR", prices: [125000, 230000, 700000], star: 5 },
    "mam-tom",
    "ca-thu-mot-nang",
  ]),
  row("Hợp tác xã Sá sùng Quan Lạn", "cooperative", "Đặc khu Vân Đồn", "Quan Lạn", 2014, [
    { kind: "sa-sung", handle: "sa-sung-quan-lan", title: "Sá sùng Quan Lạn", star: 4 },
    "muc-mot-nang",
    "homestay",
  ]),
  row("Hộ kinh doanh Hải sản Minh Châu", "household", "Đặc khu Vân Đồn", "Minh Châu", 2013, ["muc-mot-nang", "hau-sua", "ruou-sim"]),
  row("Công ty TNHH Ngọc trai Bái Tử Long", "enterprise", "Đặc khu Vân Đồn", "Bái Tử Long", 2007, [
    { kind: "ngoc-trai", star: 4 },
    { kind: "tour-trai-nghiem", title: "Tour tham quan trại ngọc trai Bái Tử Long" },
  ]),
  row("Hợp tác xã Du lịch Vân Đồn Xanh", "cooperative", "Đặc khu Vân Đồn", "Vân Đồn Xanh", 2018, ["kayak", "lang-chai", "homestay"]),
  row("Hộ kinh doanh Hàu sữa Bản Sen", "household", "Đặc khu Vân Đồn", "Bản Sen", 2016, ["hau-sua", "ngan"]),

  // Cô Tô
  row("Hợp tác xã Hải sâm Cô Tô", "cooperative", "Đặc khu Cô Tô", "Cô Tô", 2015, [
    { kind: "hai-sam", handle: "hai-sam-co-to", title: "Hải sâm Cô Tô", star: 4 },
    { kind: "muc-mot-nang", handle: "muc-mot-nang-co-to", title: "Mực một nắng Cô Tô" },
    "ruou-sim",
    "sa-sung",
  ]),
  row("Hộ kinh doanh Hải sản Thanh Lân", "household", "Đặc khu Cô Tô", "Thanh Lân", 2012, ["muc-mot-nang", "ca-thu-mot-nang", "sa-sung", "ruou-sim"]),
  row("Hợp tác xã Du lịch cộng đồng Hải Tiến", "cooperative", "Đặc khu Cô Tô", "Hải Tiến", 2019, ["homestay", "kayak", "tour-cong-dong"]),
]
