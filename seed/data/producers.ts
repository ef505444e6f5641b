/**
 * Producers of the seed, expanded from seed/data/producer-table.ts: handle,
 * contact details, description and story. Deterministic: every detail comes
 * from a PRNG seeded with the producer's name, so adding a producer does not
 * change the others.
 */
import type { LegalForm } from "../../backend/src/modules/ocop/lib/domain"
import { slugify } from "../src/text"
import { communeNamed } from "./communes"
import { kindNamed } from "./kinds"
import { createRng, type Rng } from "./prng"
import { PRODUCER_ROWS, type ProducerRow } from "./producer-table"

export type SeedProducer = {
  handle: string
  name: string
  legal_form: LegalForm
  brand: string
  founded: number
  tax_code: string | null
  province: "Quảng Ninh"
  commune: string
  street: string | null
  former_locality: string | null
  phone: string | null
  email: string | null
  description: string
  story: string
  website: string | null
  social_links: { facebook?: string; zalo?: string; tiktok?: string; youtube?: string } | null
  verified: boolean
  /** Keys of the product kinds it makes, in the order of the table. */
  kinds: string[]
  /** Its number in the table (1-based), used in SKUs. */
  number: number
}

/** What a producer does, by its main (first) product kind. */
const ACTIVITY: Record<string, string> = {
  "cha-muc": "chế biến chả mực và hải sản",
  "muc-mot-nang": "đánh bắt và chế biến mực một nắng",
  "nuoc-mam": "ủ chượp nước mắm truyền thống",
  "mam-tom": "làm mắm tôm và nước mắm",
  "sa-sung": "khai thác và sơ chế sá sùng",
  "hai-sam": "nuôi và chế biến hải sâm",
  ngan: "khai thác và bảo tồn bãi ngán",
  "hau-sua": "nuôi hàu trên bè",
  "tom-kho": "chế biến tôm he khô và hải sản",
  "ca-thu-mot-nang": "chế biến cá thu một nắng",
  "cha-ca": "làm chả cá và hải sản đông lạnh",
  "mien-dong": "trồng dong riềng và làm miến",
  "dau-so": "trồng sở và ép dầu sở",
  "ga-tien-yen": "nuôi gà đồi Tiên Yên",
  "ga-u-muoi": "chế biến gà ủ muối",
  "khoai-so": "trồng khoai sọ và nông sản",
  "mat-ong": "nuôi ong lấy mật dưới tán rừng",
  "mang-kho": "chế biến măng khô và lâm sản",
  "gao-nep": "trồng lúa nếp cái hoa vàng",
  "banh-gat-gu": "làm bánh gật gù và bánh truyền thống",
  "banh-chung-den": "làm bánh chưng đen",
  "vai-chin-som": "trồng vải chín sớm",
  "tra-hoa-vang": "trồng và chế biến trà hoa vàng",
  "tra-hoa-vang-tui-loc": "chế biến trà hoa vàng",
  "che-xanh": "trồng và sao chè",
  "ruou-mo": "ngâm rượu mơ và rượu nếp",
  "ruou-nep": "nấu rượu nếp truyền thống",
  "ruou-ba-kich": "ngâm rượu ba kích",
  "ruou-sim": "ngâm rượu sim rừng",
  "ba-kich-kho": "trồng và chế biến ba kích tím",
  "ba-kich-mat-ong": "chế biến ba kích",
  "cao-tra-hoa-vang": "chiết xuất cao dược liệu",
  "nam-lim-xanh": "thu hái và chế biến nấm lim xanh",
  "thuoc-tam-dao": "làm thuốc tắm và dược liệu của người Dao",
  "tra-giao-co-lam": "trồng và chế biến dược liệu",
  "dau-xoa-bop": "bào chế dầu xoa bóp thảo dược",
  "gom-lo-hoa": "làm gốm men rạn và gốm gia dụng",
  "gom-am-chen": "làm gốm vẽ tay",
  "gom-binh-ruou": "làm gốm sành",
  "tranh-than-da": "chế tác tranh và tượng than đá",
  "tuong-than-da": "chế tác đồ mỹ nghệ than đá",
  "ngoc-trai": "nuôi cấy và chế tác ngọc trai",
  "theu-tho-cam": "thêu thổ cẩm và đan lát",
  "may-tre-dan": "đan mây tre",
  "mai-vang": "ươm và dưỡng mai vàng Yên Tử",
  "lan-rung": "nhân giống lan rừng",
  bonsai: "tạo dáng cây cảnh nghệ thuật",
  "cay-tra-hoa-vang": "ươm cây trà hoa vàng",
  "tour-cong-dong": "làm du lịch cộng đồng",
  homestay: "đón khách lưu trú tại nhà dân",
  kayak: "tổ chức chèo kayak và tham quan vịnh",
  "lang-chai": "đưa khách trải nghiệm làng chài",
  "tour-trai-nghiem": "đón khách tham quan, trải nghiệm",
  "diem-sinh-thai": "khai thác điểm du lịch sinh thái",
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Phùng"]
const HIGHLAND_SURNAMES = ["Triệu", "Lý", "Bàn", "Chìu", "Lộc", "Hoàng", "Nông", "Vi"]
const MALE = ["Văn Hùng", "Văn Thắng", "Đức Minh", "Quang Huy", "Văn Sơn", "Minh Tuấn", "Văn Lâm", "Xuân Trường", "Đình Phúc", "Hữu Nghĩa", "Văn Dũng", "Thanh Bình"]
const FEMALE = ["Thị Hoa", "Thị Lan", "Thị Hằng", "Thị Thu", "Thị Mai", "Thị Nga", "Thu Hương", "Thị Hạnh", "Thị Yến", "Thị Phương", "Thị Liên", "Thị Nhung"]
const HIGHLAND_COMMUNES = new Set(["Xã Ba Chẽ", "Xã Kỳ Thượng", "Xã Lương Minh", "Xã Bình Liêu", "Xã Hoành Mô", "Xã Lục Hồn", "Xã Quảng Đức", "Xã Hải Sơn", "Xã Điền Xá"])

const STANDARD: Record<string, string[]> = {
  food: ["HACCP", "ISO 22000:2018", "VietGAP"],
  beverages: ["ISO 22000:2018", "HACCP"],
  herbal: ["GACP-WHO", "VietGAP"],
  handicrafts: [],
  ornamental: ["VietGAP"],
  tourism: [],
}

const LEGAL_PREFIX: [string, string][] = [
  ["Công ty Cổ phần", "cty-cp"],
  ["Công ty TNHH", "cty"],
  ["Hợp tác xã", "htx"],
  ["Hộ kinh doanh", "hkd"],
]

/** "Hợp tác xã Trà hoa vàng Ba Chẽ" → "htx-tra-hoa-vang-ba-che". */
export function producerHandle(name: string): string {
  for (const [prefix, short] of LEGAL_PREFIX) {
    if (name.startsWith(prefix)) return `${short}-${slugify(name.slice(prefix.length))}`
  }
  return slugify(name)
}

function founderOf(row: ProducerRow, rng: Rng): [string, string] {
  if (row.founder) return row.founder
  const highland = HIGHLAND_COMMUNES.has(row.commune)
  const surname = rng.pick(highland ? HIGHLAND_SURNAMES : SURNAMES)
  const female = rng.chance(0.45)
  return [female ? "bà" : "ông", `${surname} ${rng.pick(female ? FEMALE : MALE)}`]
}

const digits = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join("")

function phoneOf(row: ProducerRow, rng: Rng): string {
  if (row.legal_form !== "household" && rng.chance(0.6)) return `0203 3${digits(rng, 3)} ${digits(rng, 3)}`
  return `${rng.pick(["091", "094", "098", "097", "088", "036", "033"])}${rng.int(1, 9)} ${digits(rng, 3)} ${digits(rng, 3)}`
}

function describe(row: ProducerRow, founder: [string, string], rng: Rng): { description: string; story: string } {
  const commune = communeNamed(row.commune)
  const main = kindNamed(typeof row.products[0] === "string" ? row.products[0] : row.products[0].kind)
  const activity = ACTIVITY[main.key] ?? "sản xuất đặc sản địa phương"
  const count = row.products.length
  const standards = STANDARD[main.group]
  const standard = standards.length ? rng.pick(standards) : null
  const members = rng.int(9, 46)
  const workers = rng.int(12, 85)
  const households = rng.int(20, 160)
  const [title, name] = founder
  const Title = title === "ông" ? "Ông" : "Bà"
  const channels = rng.pick([
    "Khách quen đặt hàng qua Zalo, còn khách xa xem các phiên livestream trên Facebook và TikTok.",
    "Ngoài cửa hàng ở chợ Hạ Long, sản phẩm được bán qua livestream trên Facebook và TikTok mỗi tối cuối tuần.",
    "Sản phẩm có mặt ở các điểm bán OCOP trong tỉnh và được giới thiệu qua livestream trên TikTok.",
    "Đơn hàng chủ yếu đến từ khách du lịch quay lại đặt qua Zalo và Facebook.",
  ])

  if (row.legal_form === "cooperative") {
    return {
      description: `Hợp tác xã của ${members} thành viên ở ${commune.name}, chuyên ${activity}; có ${count} sản phẩm được đánh giá, phân hạng OCOP.`,
      story: [
        `${row.name} ra đời năm ${row.founded}, khi ${members} hộ dân ở ${commune.place} quyết định góp vốn để không còn bán nguyên liệu thô cho thương lái.`,
        `${Title} ${name}, chủ nhiệm hợp tác xã, kể rằng những năm đầu cả hợp tác xã chỉ có một lò sấy và một chiếc xe máy chở hàng.`,
        standard
          ? `Từ khi tham gia chương trình OCOP, hợp tác xã làm theo quy trình ${standard}, ghi chép nhật ký sản xuất và in tem truy xuất nguồn gốc trên từng sản phẩm.`
          : `Từ khi tham gia chương trình OCOP, hợp tác xã chuẩn hóa dịch vụ, đào tạo người dẫn đường là con em trong bản và ghi nhận góp ý của từng đoàn khách.`,
        channels,
      ].join(" "),
    }
  }
  if (row.legal_form === "enterprise") {
    return {
      description: `Doanh nghiệp ${activity} tại ${commune.name}, tỉnh Quảng Ninh, thành lập năm ${row.founded}; ${count} sản phẩm OCOP.`,
      story: [
        `Năm ${row.founded}, ${title} ${name} mở cơ sở ${activity} đầu tiên ở ${commune.place} với vài lao động trong gia đình.`,
        `Đến nay ${row.name} có ${workers} người lao động, phần lớn là người địa phương, và liên kết bao tiêu với ${households} hộ dân.`,
        standard
          ? `Nhà xưởng đạt ${standard}; mỗi lô hàng đều được lưu mẫu và ghi mã lô để truy xuất nguồn gốc.`
          : `Sản phẩm được làm thủ công từng chiếc, mỗi sản phẩm đều có mã để khách tra cứu người làm và nơi làm ra.`,
        channels,
      ].join(" "),
    }
  }
  return {
    description: `Cơ sở gia đình ${title} ${name} ở ${commune.name}, ${activity} từ năm ${row.founded}.`,
    story: [
      `Cơ sở của gia đình ${title} ${name} bắt đầu từ năm ${row.founded} với ${rng.pick(["một gian bếp nhỏ", "vài mẻ hàng bán ở chợ", "một chiếc thuyền nhỏ", "mảnh vườn sau nhà"])}.`,
      `Nghề được truyền từ ${rng.pick(["bố mẹ", "ông bà", "mẹ chồng"])} sang con cháu; đến nay cả nhà cùng làm và nhận thêm ${rng.int(2, 8)} lao động thời vụ trong thôn.`,
      `Từ khi sản phẩm đầu tiên của cơ sở được công nhận OCOP, hàng vào được các cửa hàng đặc sản ở Hạ Long và các điểm bán OCOP trong tỉnh.`,
      channels,
    ].join(" "),
  }
}

function expand(row: ProducerRow, index: number): SeedProducer {
  const rng = createRng(`producer:${row.name}`)
  const handle = producerHandle(row.name)
  const commune = communeNamed(row.commune)
  const founder = founderOf(row, rng)
  const { description, story } = describe(row, founder, rng)
  const phone = phoneOf(row, rng)
  const compact = handle.replace(/-/g, "")
  const taxCode = row.legal_form !== "household" || rng.chance(0.6) ? `57${digits(rng, 8)}` : null
  const social: SeedProducer["social_links"] = {}
  if (rng.chance(0.85)) social.facebook = `https://www.facebook.com/${compact}`
  if (rng.chance(0.7)) social.zalo = `https://zalo.me/${phone.replace(/\s/g, "")}`
  if (rng.chance(0.3)) social.tiktok = `https://www.tiktok.com/@${compact}`
  if (row.legal_form === "enterprise" && rng.chance(0.3)) social.youtube = `https://www.youtube.com/@${compact}`
  return {
    handle,
    name: row.name,
    legal_form: row.legal_form,
    brand: row.brand,
    founded: row.founded,
    tax_code: taxCode,
    province: "Quảng Ninh",
    commune: commune.name,
    street: rng.chance(0.9) ? rng.pick(commune.streets) : null,
    former_locality: rng.chance(0.75) ? commune.former : null,
    phone,
    email: rng.chance(0.8) ? `${compact.slice(0, 24)}@example.com` : null,
    description,
    story,
    website: row.legal_form === "enterprise" && rng.chance(0.5) ? `https://${slugify(row.brand)}.example.com` : null,
    social_links: Object.keys(social).length ? social : null,
    verified: row.legal_form !== "household" || rng.chance(0.75),
    kinds: row.products.map((p) => (typeof p === "string" ? p : p.kind)),
    number: index + 1,
  }
}

export const PRODUCERS: SeedProducer[] = PRODUCER_ROWS.map(expand)

export const PRODUCER_BY_HANDLE: ReadonlyMap<string, SeedProducer> = new Map(PRODUCERS.map((p) => [p.handle, p]))
