/**
 * Product kinds of the seed: what a Quảng Ninh OCOP product is, before a
 * producer makes it its own. Each producer's products (seed/data/producers.ts)
 * name a kind; seed/data/products.ts turns kind + producer into a product.
 *
 * Placeholders in texts: {brand} the producer's brand, {place} the short place
 * name ("Ba Chẽ"), {commune} the full unit name ("Xã Ba Chẽ"), {producer} the
 * producer's name. Prices are VND in major units (125000 = 125.000 ₫) for a
 * typical producer; each producer moves them a little.
 */
import type { ProductGroup } from "../../backend/src/modules/ocop/lib/domain"

/** The picture drawn for a kind (seed/src/art.ts). */
export type ArtMotif =
  | "squid"
  | "fish"
  | "shrimp"
  | "shell"
  | "seaworm"
  | "bottle"
  | "jar"
  | "tea"
  | "camellia"
  | "noodles"
  | "grain"
  | "chicken"
  | "root"
  | "mushroom"
  | "herbs"
  | "vase"
  | "teapot"
  | "coal"
  | "weave"
  | "pearl"
  | "orchid"
  | "bonsai"
  | "blossom"
  | "fruit"
  | "bay"
  | "mountain"
  | "cake"

/** [label, price (VND), weight in grams or null, SKU suffix] */
export type KindVariant = [label: string, price: number, grams: number | null, code: string]

export type ProductKind = {
  key: string
  group: ProductGroup
  /** 2–4 upper-case letters, the start of the SKUs. */
  code: string
  title: string
  subtitle: string
  description: string
  optionTitle: string
  variants: KindVariant[]
  origin: string
  motif: ArtMotif
  /** Stock per variant at the warehouse: [min, max]. */
  stock: [number, number]
}

const kind = (k: ProductKind) => k

export const KINDS: ProductKind[] = [
  // ── Thực phẩm ──────────────────────────────────────────────────────────────
  kind({
    key: "cha-muc",
    group: "food",
    code: "CM",
    title: "Chả mực giã tay {brand}",
    subtitle: "Giã tay từ mực ống tươi đánh bắt trong ngày",
    description:
      "Chả mực giã tay bằng cối đá theo cách truyền thống của người {place}: mực ống tươi bóc sạch, giã đến khi dẻo quánh, giữ nguyên những hạt mực giòn sần sật. Không hàn the, không chất bảo quản. Bảo quản ngăn đá, rã đông rồi rán vàng trước khi ăn.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 220000, 500, "500"],
      ["1 kg", 420000, 1000, "1000"],
    ],
    origin: "Mực ống câu ở vùng biển {place}, {commune}",
    motif: "squid",
    stock: [40, 220],
  }),
  kind({
    key: "muc-mot-nang",
    group: "food",
    code: "MMN",
    title: "Mực một nắng {brand}",
    subtitle: "Phơi đúng một nắng, thịt ngọt và dẻo",
    description:
      "Mực câu đêm được làm sạch ngay trên thuyền, phơi một nắng trên giàn tre ven biển {place} để thịt se mặt mà bên trong vẫn mềm ngọt. Nướng than hoa hoặc chiên giòn, chấm tương ớt. Bảo quản ngăn đá đến 6 tháng.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 380000, 500, "500"],
      ["1 kg", 720000, 1000, "1000"],
    ],
    origin: "Mực câu đêm ở ngư trường {place}, {commune}",
    motif: "squid",
    stock: [30, 160],
  }),
  kind({
    key: "nuoc-mam",
    group: "food",
    code: "NM",
    title: "Nước mắm cốt {brand}",
    subtitle: "Ủ chượp cá cơm và muối biển trong thùng gỗ",
    description:
      "Nước mắm cốt nhĩ ủ từ cá cơm tươi và muối biển theo tỉ lệ 3:1 trong thùng gỗ ít nhất 12 tháng. Độ đạm cao, màu cánh gián, vị ngọt hậu, không pha chế, không chất điều vị.",
    optionTitle: "Quy cách",
    variants: [
      ["Chai 500 ml", 125000, 650, "500"],
      ["Chai 1 lít", 230000, 1250, "1000"],
      ["Thùng 6 chai 500 ml", 700000, 4000, "T6"],
    ],
    origin: "Cá cơm vùng biển {place}, {commune}",
    motif: "bottle",
    stock: [60, 300],
  }),
  kind({
    key: "mam-tom",
    group: "food",
    code: "MT",
    title: "Mắm tôm {brand}",
    subtitle: "Tôm moi tươi muối và ủ nắng",
    description:
      "Mắm tôm làm từ tôm moi đánh bắt ven bờ {place}, muối và ủ nắng trong chum sành từ 3 đến 6 tháng. Mịn, thơm, màu tím hồng tự nhiên; hợp với bún đậu, bún chả và thịt luộc.",
    optionTitle: "Dung tích",
    variants: [
      ["Hũ 250 ml", 45000, 350, "250"],
      ["Hũ 500 ml", 85000, 650, "500"],
    ],
    origin: "Tôm moi ven bờ {place}, {commune}",
    motif: "jar",
    stock: [50, 250],
  }),
  kind({
    key: "sa-sung",
    group: "food",
    code: "SS",
    title: "Sá sùng khô {brand}",
    subtitle: "Sá sùng bãi triều sấy than hoa",
    description:
      "Sá sùng đào ở bãi cát triều {place}, lộn ruột rửa sạch cát rồi phơi và sấy than hoa cho vàng giòn. Nướng thơm để nhắm, hoặc giã nhỏ nấu nước dùng phở, bún cho vị ngọt sâu. Một trong những đặc sản quý nhất của vùng biển Quảng Ninh.",
    optionTitle: "Khối lượng",
    variants: [
      ["100 g", 450000, 100, "100"],
      ["250 g", 1050000, 250, "250"],
      ["500 g", 2050000, 500, "500"],
    ],
    origin: "Bãi triều {place}, {commune}",
    motif: "seaworm",
    stock: [15, 80],
  }),
  kind({
    key: "hai-sam",
    group: "food",
    code: "HS",
    title: "Hải sâm khô {brand}",
    subtitle: "Hải sâm đen làm sạch, sấy khô tự nhiên",
    description:
      "Hải sâm đen khai thác có kiểm soát ở vùng biển {place}, làm sạch nội tạng, luộc sơ rồi sấy khô tự nhiên. Ngâm nở trong 2 ngày trước khi chế biến các món hầm, súp, xào thập cẩm.",
    optionTitle: "Khối lượng",
    variants: [
      ["100 g", 550000, 100, "100"],
      ["250 g", 1300000, 250, "250"],
    ],
    origin: "Vùng biển đảo {place}, {commune}",
    motif: "seaworm",
    stock: [10, 60],
  }),
  kind({
    key: "ngan",
    group: "food",
    code: "NG",
    title: "Ngán {brand}",
    subtitle: "Ngán bãi triều rừng ngập mặn, giao trong ngày",
    description:
      "Ngán sống ở bãi bùn pha cát dưới tán rừng ngập mặn {place}, được người dân cào thủ công lúc nước ròng. Thịt giòn ngọt, dùng làm nộm ngán, ngán hấp sả hoặc ngán nướng mỡ hành. Giao tươi sống trong ngày, đóng thùng xốp có đá.",
    optionTitle: "Khối lượng",
    variants: [
      ["1 kg", 180000, 1000, "1K"],
      ["2 kg", 350000, 2000, "2K"],
    ],
    origin: "Bãi triều rừng ngập mặn {place}, {commune}",
    motif: "shell",
    stock: [20, 90],
  }),
  kind({
    key: "hau-sua",
    group: "food",
    code: "HAU",
    title: "Hàu sữa {brand}",
    subtitle: "Hàu nuôi bè nước sạch, béo và ngọt",
    description:
      "Hàu sữa nuôi treo trên bè ở vùng nước sạch {place}, thu hoạch khi đạt 12–18 tháng tuổi. Thịt béo, màu trắng sữa; ngon nhất khi nướng mỡ hành, cháo hàu hoặc ăn sống với mù tạt.",
    optionTitle: "Khối lượng",
    variants: [
      ["2 kg", 90000, 2000, "2K"],
      ["5 kg", 210000, 5000, "5K"],
    ],
    origin: "Bè nuôi hàu vùng vịnh {place}, {commune}",
    motif: "shell",
    stock: [20, 100],
  }),
  kind({
    key: "tom-kho",
    group: "food",
    code: "TK",
    title: "Tôm he khô {brand}",
    subtitle: "Tôm he biển luộc nước muối, sấy vàng",
    description:
      "Tôm he đánh bắt ở vùng biển {place}, luộc qua nước muối rồi sấy lạnh, bóc vỏ bằng tay. Con tôm đỏ au, ngọt đậm; nấu canh, rang thịt, làm nộm hoặc ăn kèm rau sống.",
    optionTitle: "Khối lượng",
    variants: [
      ["200 g", 250000, 200, "200"],
      ["500 g", 600000, 500, "500"],
    ],
    origin: "Tôm he biển {place}, {commune}",
    motif: "shrimp",
    stock: [25, 140],
  }),
  kind({
    key: "ca-thu-mot-nang",
    group: "food",
    code: "CT",
    title: "Cá thu một nắng {brand}",
    subtitle: "Cá thu biển cắt khoanh, phơi một nắng",
    description:
      "Cá thu biển {place} cắt khoanh dày, ướp muối nhạt rồi phơi một nắng. Thịt chắc, thơm; rán giòn, kho tiêu hoặc nướng lá chuối. Đóng gói hút chân không, bảo quản ngăn đá.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 200000, 500, "500"],
      ["1 kg", 380000, 1000, "1000"],
    ],
    origin: "Cá thu vùng biển {place}, {commune}",
    motif: "fish",
    stock: [30, 150],
  }),
  kind({
    key: "cha-ca",
    group: "food",
    code: "CC",
    title: "Chả cá thu {brand}",
    subtitle: "Chả cá thu quết tay, dai và thơm thì là",
    description:
      "Chả cá làm từ thịt cá thu và cá mối tươi của vùng biển {place}, quết tay cùng thì là và hạt tiêu. Rán vàng ăn với cơm, bún hoặc nấu canh cải. Không phẩm màu, không hàn the.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 150000, 500, "500"],
      ["1 kg", 290000, 1000, "1000"],
    ],
    origin: "Cá thu, cá mối cảng cá {place}, {commune}",
    motif: "fish",
    stock: [40, 200],
  }),
  kind({
    key: "mien-dong",
    group: "food",
    code: "MD",
    title: "Miến dong {brand}",
    subtitle: "Sợi miến dai, trong, từ củ dong riềng",
    description:
      "Miến làm từ tinh bột dong riềng trồng trên nương {place}, tráng và phơi nắng tự nhiên, không chất tẩy trắng. Sợi miến dai, trong, nấu không nát; hợp với miến xào, miến gà, nem rán.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 65000, 500, "500"],
      ["1 kg", 120000, 1000, "1000"],
    ],
    origin: "Dong riềng trồng ở {place}, {commune}",
    motif: "noodles",
    stock: [80, 400],
  }),
  kind({
    key: "dau-so",
    group: "food",
    code: "DS",
    title: "Dầu sở {brand}",
    subtitle: "Ép lạnh từ hạt sở rừng",
    description:
      "Dầu ăn ép lạnh từ hạt cây sở trồng trên đồi {place}, lắng lọc tự nhiên, màu vàng trong, thơm bùi. Giàu axit béo không no, dùng để xào, trộn salad và làm đẹp da, tóc.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 250 ml", 90000, 350, "250"],
      ["Chai 500 ml", 170000, 650, "500"],
      ["Chai 1 lít", 320000, 1200, "1000"],
    ],
    origin: "Rừng sở {place}, {commune}",
    motif: "bottle",
    stock: [40, 200],
  }),
  kind({
    key: "ga-tien-yen",
    group: "food",
    code: "GA",
    title: "Gà đồi {brand}",
    subtitle: "Gà chân vàng thả đồi, chân nhỏ da giòn",
    description:
      "Giống gà Tiên Yên chân vàng, mào đỏ, thả vườn đồi ở {place} từ 5 đến 6 tháng, ăn thóc ngô và sâu bọ tự nhiên. Thịt chắc, da giòn, thơm; gà được làm sạch, đóng gói lạnh và giao trong ngày.",
    optionTitle: "Trọng lượng",
    variants: [
      ["Con 1,5–1,8 kg", 290000, 1700, "S"],
      ["Con 2–2,3 kg", 360000, 2200, "L"],
    ],
    origin: "Trang trại gà đồi {place}, {commune}",
    motif: "chicken",
    stock: [15, 70],
  }),
  kind({
    key: "ga-u-muoi",
    group: "food",
    code: "GUM",
    title: "Gà ủ muối hoa tiêu {brand}",
    subtitle: "Gà đồi ủ muối hạt và hoa tiêu, ăn liền",
    description:
      "Gà đồi {place} làm sạch, ủ muối hạt với hoa tiêu, lá chanh rồi hấp chín. Da vàng óng, thịt săn ngọt. Hâm nóng là dùng được; bảo quản ngăn mát 5 ngày, ngăn đá 3 tháng.",
    optionTitle: "Quy cách",
    variants: [
      ["Nửa con", 180000, 700, "H"],
      ["Nguyên con", 340000, 1400, "F"],
    ],
    origin: "Gà đồi nuôi ở {place}, {commune}",
    motif: "chicken",
    stock: [15, 80],
  }),
  kind({
    key: "khoai-so",
    group: "food",
    code: "KS",
    title: "Khoai sọ {brand}",
    subtitle: "Khoai sọ nương, bở và dẻo",
    description:
      "Khoai sọ trồng trên đất nương ven suối ở {place}, củ nhỏ đều, vỏ nâu, ruột trắng. Luộc bở tơi, nấu canh xương, khoai sọ om vịt đều ngon. Thu hoạch vào mùa khô, giao theo thùng.",
    optionTitle: "Khối lượng",
    variants: [
      ["Túi 2 kg", 70000, 2000, "2K"],
      ["Thùng 5 kg", 160000, 5000, "5K"],
    ],
    origin: "Nương khoai {place}, {commune}",
    motif: "root",
    stock: [40, 200],
  }),
  kind({
    key: "mat-ong",
    group: "food",
    code: "MO",
    title: "Mật ong rừng {brand}",
    subtitle: "Mật ong hoa rừng, khai thác thủ công",
    description:
      "Mật ong của đàn ong nội nuôi dưới tán rừng {place}, khai thác thủ công mỗi năm hai vụ, lọc qua vải, không cô đặc, không pha đường. Màu hổ phách, thơm hương hoa rừng; có thể kết tinh khi trời lạnh, đó là dấu hiệu của mật thật.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 500 ml", 250000, 750, "500"],
      ["Chai 1 lít", 480000, 1450, "1000"],
    ],
    origin: "Đàn ong nội dưới tán rừng {place}, {commune}",
    motif: "jar",
    stock: [30, 180],
  }),
  kind({
    key: "mang-kho",
    group: "food",
    code: "MK",
    title: "Măng khô {brand}",
    subtitle: "Măng rừng luộc kỹ, phơi gác bếp",
    description:
      "Măng nứa hái từ rừng {place}, luộc kỹ rồi phơi nắng và sấy trên gác bếp. Ngâm nở một đêm, nấu canh, hầm chân giò hoặc xào thịt bò.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 140000, 500, "500"],
      ["1 kg", 260000, 1000, "1000"],
    ],
    origin: "Rừng nứa {place}, {commune}",
    motif: "herbs",
    stock: [40, 200],
  }),
  kind({
    key: "gao-nep",
    group: "food",
    code: "GN",
    title: "Gạo nếp cái hoa vàng {brand}",
    subtitle: "Hạt tròn, dẻo thơm, cho xôi và bánh chưng",
    description:
      "Nếp cái hoa vàng cấy trên đồng {place} một vụ mỗi năm, phơi khô tự nhiên, xay mới theo đơn. Hạt tròn mẩy, đồ xôi dẻo thơm, gói bánh chưng và nấu rượu nếp đều ngon.",
    optionTitle: "Khối lượng",
    variants: [
      ["Túi 2 kg", 75000, 2000, "2K"],
      ["Túi 5 kg", 175000, 5000, "5K"],
    ],
    origin: "Cánh đồng nếp {place}, {commune}",
    motif: "grain",
    stock: [60, 300],
  }),
  kind({
    key: "banh-gat-gu",
    group: "food",
    code: "BGG",
    title: "Bánh gật gù {brand}",
    subtitle: "Bánh gạo tráng mỏng của người Sán Dìu",
    description:
      "Bánh gật gù tráng mỏng từ gạo tẻ ngâm, xay bằng cối đá, hấp trên nồi vải rồi phơi khô. Khi ăn nhúng nước sôi cho mềm, chấm nước mắm chua ngọt hoặc ăn với thịt băm. Món quà quê của {place}.",
    optionTitle: "Quy cách",
    variants: [
      ["Túi 500 g", 60000, 500, "500"],
      ["Túi 1 kg", 110000, 1000, "1000"],
    ],
    origin: "Gạo tẻ đồng {place}, {commune}",
    motif: "cake",
    stock: [50, 250],
  }),
  kind({
    key: "banh-chung-den",
    group: "food",
    code: "BCD",
    title: "Bánh chưng đen {brand}",
    subtitle: "Bánh chưng gạo nếp trộn tro rơm nếp",
    description:
      "Bánh chưng đen của đồng bào Tày ở {place}: gạo nếp trộn tro rơm nếp, nhân đỗ xanh và thịt ba chỉ ướp thảo quả, gói lá dong và luộc 10 tiếng. Vỏ bánh dẻo, thơm mùi tro bếp.",
    optionTitle: "Quy cách",
    variants: [
      ["Chiếc 0,5 kg", 65000, 500, "05"],
      ["Chiếc 1 kg", 120000, 1000, "1K"],
    ],
    origin: "Nếp nương và lá dong {place}, {commune}",
    motif: "cake",
    stock: [30, 150],
  }),
  kind({
    key: "vai-chin-som",
    group: "food",
    code: "VAI",
    title: "Vải chín sớm {brand}",
    subtitle: "Vải chín sớm, quả to, cùi dày, hạt nhỏ",
    description:
      "Vải chín sớm trồng trên đồi {place}, thu hoạch từ cuối tháng 5. Quả đỏ tươi, cùi dày, ráo nước, ngọt thanh. Hái buổi sáng, đóng hộp thông thoáng và giao trong ngày.",
    optionTitle: "Khối lượng",
    variants: [
      ["Hộp 2 kg", 120000, 2000, "2K"],
      ["Thùng 5 kg", 280000, 5000, "5K"],
    ],
    origin: "Vườn vải đồi {place}, {commune}",
    motif: "fruit",
    stock: [40, 200],
  }),

  // ── Đồ uống ─────────────────────────────────────────────────────────────────
  kind({
    key: "tra-hoa-vang",
    group: "beverages",
    code: "THV",
    title: "Trà hoa vàng sấy lạnh {brand}",
    subtitle: "Hoa trà vàng sấy lạnh, giữ màu và hương",
    description:
      "Hoa trà vàng hái từ rừng {place} khi vừa nở, sấy lạnh để giữ màu vàng và hương thơm nhẹ. Pha 3–4 bông với nước 85 °C, nước trà vàng sánh, vị ngọt hậu. Hộp giấy kraft có túi hút ẩm.",
    optionTitle: "Quy cách",
    variants: [
      ["Hộp 50 g", 350000, 120, "50"],
      ["Hộp 100 g", 650000, 200, "100"],
    ],
    origin: "Rừng trà hoa vàng {place}, {commune}",
    motif: "camellia",
    stock: [30, 160],
  }),
  kind({
    key: "tra-hoa-vang-tui-loc",
    group: "beverages",
    code: "THT",
    title: "Trà hoa vàng túi lọc {brand}",
    subtitle: "Lá và hoa trà vàng nghiền, tiện pha",
    description:
      "Lá và hoa trà vàng {place} sấy khô, nghiền vừa và đóng túi lọc 2 g. Pha một túi với 150 ml nước sôi trong 3 phút; uống nóng hoặc pha lạnh với đá.",
    optionTitle: "Quy cách",
    variants: [
      ["Hộp 20 túi", 180000, 100, "20"],
      ["Hộp 50 túi", 420000, 200, "50"],
    ],
    origin: "Đồi trà hoa vàng {place}, {commune}",
    motif: "camellia",
    stock: [40, 220],
  }),
  kind({
    key: "che-xanh",
    group: "beverages",
    code: "CX",
    title: "Chè búp {brand}",
    subtitle: "Chè xanh sao suốt thủ công",
    description:
      "Chè trung du trồng trên đồi {place}, hái một tôm hai lá, sao suốt bằng chảo gang trên bếp củi. Nước xanh vàng, chát dịu, hậu ngọt. Bảo quản kín, nơi khô mát.",
    optionTitle: "Khối lượng",
    variants: [
      ["Gói 200 g", 80000, 200, "200"],
      ["Gói 500 g", 190000, 500, "500"],
    ],
    origin: "Đồi chè {place}, {commune}",
    motif: "tea",
    stock: [50, 260],
  }),
  kind({
    key: "ruou-mo",
    group: "beverages",
    code: "RM",
    title: "Rượu mơ {brand}",
    subtitle: "Mơ lông ngâm rượu nếp, ủ trong chum sành",
    description:
      "Quả mơ lông hái trên núi {place} ngâm với rượu nếp cái ít nhất 12 tháng trong chum sành. Rượu màu hổ phách, thơm mùi mơ chín, vị chua ngọt dịu. Sản phẩm có cồn (29% vol), không bán cho người dưới 18 tuổi.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 500 ml", 150000, 900, "500"],
      ["Chai 1 lít", 280000, 1600, "1000"],
    ],
    origin: "Mơ lông núi {place}, {commune}",
    motif: "bottle",
    stock: [30, 180],
  }),
  kind({
    key: "ruou-nep",
    group: "beverages",
    code: "RN",
    title: "Rượu nếp cái hoa vàng {brand}",
    subtitle: "Nấu từ nếp cái hoa vàng và men lá",
    description:
      "Rượu nấu từ gạo nếp cái hoa vàng của đồng {place} với men lá gia truyền, chưng cất hai lần và hạ thổ 6 tháng. Êm, thơm, không đau đầu. Sản phẩm có cồn (35% vol), không bán cho người dưới 18 tuổi.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 500 ml", 90000, 900, "500"],
      ["Can 2 lít", 320000, 2300, "2000"],
    ],
    origin: "Nếp cái hoa vàng {place}, {commune}",
    motif: "bottle",
    stock: [30, 200],
  }),
  kind({
    key: "ruou-ba-kich",
    group: "beverages",
    code: "RBK",
    title: "Rượu ba kích tím {brand}",
    subtitle: "Ba kích tím rừng ngâm rượu nếp",
    description:
      "Củ ba kích tím trồng dưới tán rừng {place}, rút lõi, ngâm rượu nếp 12 tháng. Rượu màu tím đỏ, vị ngọt đằm. Sản phẩm có cồn (30% vol), không bán cho người dưới 18 tuổi.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 500 ml", 280000, 900, "500"],
      ["Chai 1 lít", 520000, 1600, "1000"],
    ],
    origin: "Ba kích tím dưới tán rừng {place}, {commune}",
    motif: "bottle",
    stock: [20, 140],
  }),
  kind({
    key: "ruou-sim",
    group: "beverages",
    code: "RS",
    title: "Rượu sim rừng {brand}",
    subtitle: "Quả sim chín trên đảo ngâm rượu nếp",
    description:
      "Quả sim rừng chín tím hái trên các đồi ven biển {place}, ngâm rượu nếp trong bình thủy tinh 6 tháng. Rượu màu tím sẫm, chát nhẹ, ngọt hậu. Sản phẩm có cồn (25% vol), không bán cho người dưới 18 tuổi.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 500 ml", 160000, 900, "500"],
      ["Chai 750 ml", 230000, 1250, "750"],
    ],
    origin: "Sim rừng đảo {place}, {commune}",
    motif: "bottle",
    stock: [20, 150],
  }),

  // ── Dược liệu và sản phẩm từ dược liệu ─────────────────────────────────────
  kind({
    key: "ba-kich-kho",
    group: "herbal",
    code: "BK",
    title: "Ba kích tím khô {brand}",
    subtitle: "Củ ba kích tím rút lõi, sấy khô",
    description:
      "Ba kích tím trồng dưới tán rừng {place} từ 3 năm trở lên, rửa sạch, rút lõi và sấy khô. Dùng ngâm rượu, sắc nước hoặc hầm với thịt. Bảo quản nơi khô ráo, tránh ánh nắng.",
    optionTitle: "Khối lượng",
    variants: [
      ["500 g", 350000, 500, "500"],
      ["1 kg", 650000, 1000, "1000"],
    ],
    origin: "Vùng trồng ba kích dưới tán rừng {place}, {commune}",
    motif: "root",
    stock: [20, 120],
  }),
  kind({
    key: "ba-kich-mat-ong",
    group: "herbal",
    code: "BKM",
    title: "Ba kích ngâm mật ong {brand}",
    subtitle: "Ba kích tím rút lõi ngâm mật ong rừng",
    description:
      "Ba kích tím {place} rút lõi, ngâm với mật ong rừng trong hũ thủy tinh ít nhất 3 tháng. Dùng mỗi ngày 1–2 thìa nhỏ pha với nước ấm.",
    optionTitle: "Quy cách",
    variants: [
      ["Hũ 500 g", 380000, 800, "500"],
      ["Hũ 1 kg", 720000, 1500, "1000"],
    ],
    origin: "Ba kích và mật ong rừng {place}, {commune}",
    motif: "jar",
    stock: [20, 120],
  }),
  kind({
    key: "cao-tra-hoa-vang",
    group: "herbal",
    code: "CHV",
    title: "Cao trà hoa vàng {brand}",
    subtitle: "Cao đặc chiết từ lá và hoa trà vàng",
    description:
      "Lá và hoa trà vàng {place} được nấu chiết ở nhiệt độ thấp thành cao đặc. Pha 1 thìa cà phê với 200 ml nước ấm, dùng thay trà hằng ngày.",
    optionTitle: "Quy cách",
    variants: [
      ["Lọ 100 g", 450000, 250, "100"],
      ["Lọ 200 g", 850000, 400, "200"],
    ],
    origin: "Trà hoa vàng {place}, {commune}",
    motif: "jar",
    stock: [20, 100],
  }),
  kind({
    key: "nam-lim-xanh",
    group: "herbal",
    code: "NLX",
    title: "Nấm lim xanh {brand}",
    subtitle: "Nấm lim xanh rừng, thái lát sấy khô",
    description:
      "Nấm lim xanh mọc trên thân cây lim mục trong rừng {place}, được thu hái khi tai nấm đã già, thái lát và sấy khô. Sắc nước uống hằng ngày; liều dùng theo hướng dẫn trên bao bì.",
    optionTitle: "Khối lượng",
    variants: [
      ["Hộp 250 g", 550000, 300, "250"],
      ["Hộp 500 g", 1050000, 560, "500"],
    ],
    origin: "Rừng lim {place}, {commune}",
    motif: "mushroom",
    stock: [10, 70],
  }),
  kind({
    key: "thuoc-tam-dao",
    group: "herbal",
    code: "TTD",
    title: "Thuốc tắm người Dao {brand}",
    subtitle: "Hơn 20 loại lá rừng theo bài thuốc gia truyền",
    description:
      "Bài thuốc tắm gia truyền của người Dao ở {place}, phối từ hơn 20 loại lá rừng phơi khô. Đun một gói với 5 lít nước, pha vào bồn tắm nước ấm; giúp thư giãn, ấm người, dùng tốt cho phụ nữ sau sinh.",
    optionTitle: "Quy cách",
    variants: [
      ["Gói 200 g", 60000, 200, "G1"],
      ["Hộp 10 gói", 250000, 2000, "H10"],
    ],
    origin: "Lá rừng thu hái ở {place}, {commune}",
    motif: "herbs",
    stock: [40, 220],
  }),
  kind({
    key: "tra-giao-co-lam",
    group: "herbal",
    code: "GCL",
    title: "Trà giảo cổ lam {brand}",
    subtitle: "Giảo cổ lam 5 lá trồng dưới tán rừng",
    description:
      "Giảo cổ lam 5 lá trồng và thu hái ở {place}, rửa sạch, sao khô và đóng túi. Hãm với nước sôi 5–10 phút, vị đắng nhẹ rồi ngọt hậu.",
    optionTitle: "Khối lượng",
    variants: [
      ["Túi 200 g", 120000, 200, "200"],
      ["Túi 500 g", 280000, 500, "500"],
    ],
    origin: "Vùng trồng giảo cổ lam {place}, {commune}",
    motif: "tea",
    stock: [30, 180],
  }),
  kind({
    key: "dau-xoa-bop",
    group: "herbal",
    code: "DXB",
    title: "Dầu xoa bóp thảo dược {brand}",
    subtitle: "Ngâm từ quế, gừng, hồi và lá rừng",
    description:
      "Dầu xoa bóp ngâm từ quế, gừng, hoa hồi và các loại lá rừng {place} theo bài thuốc dân gian. Xoa lên vùng mỏi cơ, đau khớp; không bôi lên vết thương hở, để xa tầm tay trẻ em.",
    optionTitle: "Dung tích",
    variants: [
      ["Chai 50 ml", 85000, 100, "50"],
      ["Chai 100 ml", 150000, 180, "100"],
    ],
    origin: "Dược liệu rừng {place}, {commune}",
    motif: "bottle",
    stock: [40, 200],
  }),

  // ── Thủ công mỹ nghệ ───────────────────────────────────────────────────────
  kind({
    key: "gom-lo-hoa",
    group: "handicrafts",
    code: "GLH",
    title: "Lọ hoa gốm men rạn {brand}",
    subtitle: "Gốm Đông Triều nung củi, men rạn cổ",
    description:
      "Lọ hoa vuốt tay từ đất sét trắng, phủ men rạn và nung củi ở 1.250 °C tại lò gốm {brand}. Mỗi chiếc có vết rạn riêng, không cái nào giống cái nào. Đóng hộp xốp chống vỡ khi giao.",
    optionTitle: "Kích thước",
    variants: [
      ["Cao 20 cm", 180000, 900, "S"],
      ["Cao 30 cm", 320000, 1600, "M"],
      ["Cao 45 cm", 550000, 3200, "L"],
    ],
    origin: "Đất sét và lò gốm {place}, {commune}",
    motif: "vase",
    stock: [8, 60],
  }),
  kind({
    key: "gom-am-chen",
    group: "handicrafts",
    code: "GAC",
    title: "Bộ ấm chén gốm {brand}",
    subtitle: "Ấm chén men lam vẽ tay",
    description:
      "Bộ ấm chén gốm {place} men lam vẽ tay họa tiết sen và sóng nước, nung ở nhiệt độ cao, an toàn khi dùng với nước sôi. Gồm một ấm, một tống và chén theo bộ.",
    optionTitle: "Bộ",
    variants: [
      ["Bộ 6 chén", 450000, 1800, "6"],
      ["Bộ 8 chén", 620000, 2300, "8"],
    ],
    origin: "Làng gốm {place}, {commune}",
    motif: "teapot",
    stock: [8, 50],
  }),
  kind({
    key: "gom-binh-ruou",
    group: "handicrafts",
    code: "GBR",
    title: "Bình ngâm rượu gốm {brand}",
    subtitle: "Bình sành có vòi, men nâu da lươn",
    description:
      "Bình ngâm rượu làm từ sành nung già, men nâu da lươn, có vòi đồng và nắp kín. Không ngấm, không rò; dùng ngâm rượu mơ, rượu ba kích hoặc đựng nước mắm.",
    optionTitle: "Dung tích",
    variants: [
      ["5 lít", 350000, 4000, "5L"],
      ["10 lít", 560000, 7000, "10L"],
    ],
    origin: "Lò gốm {place}, {commune}",
    motif: "vase",
    stock: [6, 40],
  }),
  kind({
    key: "tranh-than-da",
    group: "handicrafts",
    code: "TTH",
    title: "Tranh than đá {brand}",
    subtitle: "Vịnh Hạ Long khắc trên than đá Quảng Ninh",
    description:
      "Tranh chạm khắc thủ công trên than đá antraxit Quảng Ninh, phủ sơn bóng để giữ ánh đen tuyền. Đề tài vịnh Hạ Long, thuyền buồm và núi đá; kèm khung gỗ và móc treo.",
    optionTitle: "Khổ tranh",
    variants: [
      ["30 × 40 cm", 450000, 2500, "3040"],
      ["40 × 60 cm", 850000, 4500, "4060"],
    ],
    origin: "Than đá antraxit Quảng Ninh, chế tác tại {commune}",
    motif: "coal",
    stock: [5, 40],
  }),
  kind({
    key: "tuong-than-da",
    group: "handicrafts",
    code: "TUT",
    title: "Tượng than đá mỹ nghệ {brand}",
    subtitle: "Linh vật và thuyền buồm tạc từ khối than nguyên",
    description:
      "Tượng tạc thủ công từ khối than đá nguyên khai của vùng mỏ Quảng Ninh: thuyền buồm, cá chép, linh vật. Đánh bóng nhiều lớp, đế gỗ; món quà lưu niệm đặc trưng của đất mỏ.",
    optionTitle: "Chiều cao",
    variants: [
      ["Cao 15 cm", 280000, 900, "15"],
      ["Cao 25 cm", 520000, 1800, "25"],
    ],
    origin: "Than đá vùng mỏ Quảng Ninh, chế tác tại {commune}",
    motif: "coal",
    stock: [5, 40],
  }),
  kind({
    key: "ngoc-trai",
    group: "handicrafts",
    code: "NT",
    title: "Trang sức ngọc trai {brand}",
    subtitle: "Ngọc trai nước mặn nuôi ở vịnh Bái Tử Long",
    description:
      "Ngọc trai nước mặn nuôi cấy trong vùng vịnh {place}, chọn hạt tròn, ánh sáng đều rồi xâu và gắn thủ công trên bạc 925. Kèm giấy chứng nhận và hộp quà.",
    optionTitle: "Mẫu",
    variants: [
      ["Hoa tai", 650000, 50, "HT"],
      ["Vòng tay", 1200000, 80, "VT"],
      ["Chuỗi cổ", 2600000, 120, "CC"],
    ],
    origin: "Trại nuôi cấy ngọc trai vịnh {place}, {commune}",
    motif: "pearl",
    stock: [5, 40],
  }),
  kind({
    key: "theu-tho-cam",
    group: "handicrafts",
    code: "TC",
    title: "Túi thêu thổ cẩm {brand}",
    subtitle: "Thêu tay hoa văn truyền thống người Dao",
    description:
      "Túi vải chàm thêu tay hoa văn truyền thống của phụ nữ Dao ở {place}: cây thông, hình người, dấu chân hổ. Mỗi chiếc mất 5–7 ngày thêu.",
    optionTitle: "Cỡ",
    variants: [
      ["Túi nhỏ", 180000, 200, "S"],
      ["Túi lớn", 320000, 400, "L"],
    ],
    origin: "Thêu tay tại {place}, {commune}",
    motif: "weave",
    stock: [8, 60],
  }),
  kind({
    key: "may-tre-dan",
    group: "handicrafts",
    code: "MTD",
    title: "Giỏ mây tre đan {brand}",
    subtitle: "Đan tay từ tre, mây rừng",
    description:
      "Giỏ và khay đan tay từ tre, mây rừng {place}, hun khói chống mốc mọt và phủ dầu bóng. Dùng đựng hoa quả, bánh kẹo hoặc làm giỏ quà Tết.",
    optionTitle: "Quy cách",
    variants: [
      ["Giỏ đơn", 120000, 400, "1"],
      ["Bộ 3 giỏ", 290000, 1100, "3"],
    ],
    origin: "Tre, mây rừng {place}, {commune}",
    motif: "weave",
    stock: [10, 80],
  }),

  // ── Sinh vật cảnh ──────────────────────────────────────────────────────────
  kind({
    key: "mai-vang",
    group: "ornamental",
    code: "MV",
    title: "Mai vàng Yên Tử {brand}",
    subtitle: "Giống mai vàng 5 cánh từ núi Yên Tử",
    description:
      "Mai vàng Yên Tử ghép và dưỡng tại vườn {brand}, hoa 5 cánh vàng tươi nở đúng dịp Tết. Cây được giao trong chậu, kèm hướng dẫn chăm sóc và tuốt lá.",
    optionTitle: "Loại cây",
    variants: [
      ["Chậu nhỏ, cây 1 năm", 450000, 3000, "1N"],
      ["Chậu vừa, cây 3 năm", 1500000, 9000, "3N"],
      ["Bonsai, cây 5 năm", 4500000, 18000, "5N"],
    ],
    origin: "Vườn ươm mai vàng {place}, {commune}",
    motif: "blossom",
    stock: [2, 20],
  }),
  kind({
    key: "lan-rung",
    group: "ornamental",
    code: "LR",
    title: "Lan kim điệp {brand}",
    subtitle: "Lan rừng nhân giống trong vườn",
    description:
      "Lan kim điệp nhân giống từ cây mẹ của rừng {place}, trồng trên dớn và giá thể vỏ thông. Hoa vàng rực, thơm nhẹ, nở vào xuân. Hướng dẫn tưới và bón kèm theo chậu.",
    optionTitle: "Quy cách",
    variants: [
      ["Chậu 1 giò", 250000, 800, "1G"],
      ["Chậu 3 giò", 650000, 2000, "3G"],
    ],
    origin: "Vườn lan {place}, {commune}",
    motif: "orchid",
    stock: [5, 40],
  }),
  kind({
    key: "bonsai",
    group: "ornamental",
    code: "BS",
    title: "Bonsai tùng la hán {brand}",
    subtitle: "Dáng trực, tạo hình thủ công nhiều năm",
    description:
      "Tùng la hán tạo dáng bonsai tại vườn {brand} ở {place}: uốn tay, tỉa cành theo thế trực và thế hoành. Chậu gốm men, kèm đĩa lót và hướng dẫn chăm sóc.",
    optionTitle: "Cỡ cây",
    variants: [
      ["Mini (cao 25 cm)", 650000, 2500, "MN"],
      ["Trung (cao 50 cm)", 1800000, 9000, "TR"],
    ],
    origin: "Vườn cây cảnh {place}, {commune}",
    motif: "bonsai",
    stock: [2, 15],
  }),
  kind({
    key: "cay-tra-hoa-vang",
    group: "ornamental",
    code: "CTV",
    title: "Cây trà hoa vàng cảnh {brand}",
    subtitle: "Cây trà hoa vàng trồng chậu, ra hoa sau 1–2 năm",
    description:
      "Cây trà hoa vàng giâm cành từ cây mẹ ở rừng {place}, trồng chậu, hợp khí hậu miền Bắc. Đặt nơi có nắng nhẹ buổi sáng; hoa nở từ tháng 11 đến tháng 3.",
    optionTitle: "Loại cây",
    variants: [
      ["Cây 2 năm", 120000, 1500, "2N"],
      ["Cây 4 năm", 380000, 4000, "4N"],
    ],
    origin: "Vườn ươm {place}, {commune}",
    motif: "camellia",
    stock: [8, 60],
  }),

  // ── Dịch vụ du lịch cộng đồng, sinh thái và điểm du lịch ────────────────────
  kind({
    key: "tour-cong-dong",
    group: "tourism",
    code: "TCD",
    title: "Du lịch cộng đồng {brand}",
    subtitle: "Ở nhà sàn, ăn cơm bản, đi bộ đường rừng",
    description:
      "Hành trình do chính người dân {place} dẫn: đi bộ qua ruộng bậc thang và suối, ăn cơm cùng gia đình chủ nhà, xem hát then, hát soọng cô và học làm bánh. Giá gồm hướng dẫn viên bản địa, bữa ăn và vé tham quan.",
    optionTitle: "Gói",
    variants: [
      ["1 ngày, người lớn", 450000, null, "1D"],
      ["2 ngày 1 đêm, người lớn", 1200000, null, "2D"],
      ["Trẻ em 6–11 tuổi", 250000, null, "TE"],
    ],
    origin: "Điểm du lịch cộng đồng {place}, {commune}",
    motif: "mountain",
    stock: [20, 60],
  }),
  kind({
    key: "homestay",
    group: "tourism",
    code: "HST",
    title: "Homestay {brand}",
    subtitle: "Nghỉ nhà dân, bữa sáng đặc sản địa phương",
    description:
      "Phòng nghỉ sạch sẽ trong nhà của người dân {place}, có bữa sáng đặc sản, xe đạp miễn phí và chủ nhà dẫn đi chợ quê. Nhận phòng 14:00, trả phòng 12:00.",
    optionTitle: "Loại phòng",
    variants: [
      ["Phòng đôi / đêm", 600000, null, "D"],
      ["Phòng gia đình / đêm", 950000, null, "F"],
    ],
    origin: "Homestay tại {commune}",
    motif: "bay",
    stock: [10, 40],
  }),
  kind({
    key: "kayak",
    group: "tourism",
    code: "KY",
    title: "Chèo kayak khám phá vịnh {brand}",
    subtitle: "Chèo qua hang động và làng chài cùng hướng dẫn viên",
    description:
      "Chèo kayak hai người qua các hang, áng và làng chài trên vịnh {place}, có hướng dẫn viên, áo phao và bảo hiểm. Không cần kinh nghiệm; trẻ em dưới 12 tuổi đi cùng người lớn.",
    optionTitle: "Thời lượng",
    variants: [
      ["1 giờ", 250000, null, "1H"],
      ["Nửa ngày", 550000, null, "HD"],
    ],
    origin: "Vùng vịnh {place}, {commune}",
    motif: "bay",
    stock: [20, 60],
  }),
  kind({
    key: "lang-chai",
    group: "tourism",
    code: "LC",
    title: "Trải nghiệm làng chài {brand}",
    subtitle: "Một ngày làm ngư dân: kéo lưới, nuôi cá, nấu cơm trên bè",
    description:
      "Theo ngư dân {place} đi kéo lưới, cho cá ăn trên bè, học đan lưới và nấu bữa trưa hải sản ngay trên nhà bè. Giá gồm thuyền, áo phao, bữa trưa và người dẫn.",
    optionTitle: "Vé",
    variants: [
      ["Người lớn", 350000, null, "NL"],
      ["Trẻ em 6–11 tuổi", 180000, null, "TE"],
    ],
    origin: "Làng chài {place}, {commune}",
    motif: "bay",
    stock: [20, 60],
  }),
  kind({
    key: "tour-trai-nghiem",
    group: "tourism",
    code: "TTN",
    title: "Tour trải nghiệm {brand}",
    subtitle: "Tự tay làm ra sản phẩm cùng người thợ",
    description:
      "Nửa ngày ở cơ sở sản xuất của {producer}: nghe kể chuyện nghề, tự tay làm một sản phẩm mang về và thưởng thức đặc sản {place}. Nhóm từ 2 người, đặt trước một ngày.",
    optionTitle: "Vé",
    variants: [
      ["Người lớn", 300000, null, "NL"],
      ["Trẻ em 6–11 tuổi", 150000, null, "TE"],
    ],
    origin: "Cơ sở sản xuất tại {commune}",
    motif: "mountain",
    stock: [20, 60],
  }),
  kind({
    key: "diem-sinh-thai",
    group: "tourism",
    code: "ST",
    title: "Điểm du lịch sinh thái {brand}",
    subtitle: "Suối, rừng và vườn đặc sản, vé vào cửa trong ngày",
    description:
      "Khu sinh thái giữa rừng {place} với suối, đường mòn đi bộ, vườn cây đặc sản và nhà hàng món quê. Vé gồm lối vào, khu cắm trại ban ngày và một đồ uống.",
    optionTitle: "Vé",
    variants: [
      ["Người lớn", 120000, null, "NL"],
      ["Trẻ em 6–11 tuổi", 60000, null, "TE"],
    ],
    origin: "Khu sinh thái tại {commune}",
    motif: "mountain",
    stock: [40, 120],
  }),
]

export const KIND_BY_KEY: ReadonlyMap<string, ProductKind> = new Map(KINDS.map((k) => [k.key, k]))

export function kindNamed(key: string): ProductKind {
  const found = KIND_BY_KEY.get(key)
  if (!found) throw new Error(`Unknown product kind in the seed: ${key}`)
  return found
}
