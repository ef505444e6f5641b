/**
 * The storefront's words, in Vietnamese (the default) and English. Product data
 * (titles, descriptions, addresses) stays Vietnamese; only the interface changes.
 * Pure module: the language comes from the `lang` cookie (see `langFromCookie`).
 */
import type { LegalForm, ProductGroup } from "./ocop"

export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = "vi"

const vi = {
  "site.name": "Chợ OCOP Quảng Ninh",
  "site.tagline": "Đặc sản OCOP 3–5 sao, mua tận nơi sản xuất",
  "site.skip": "Bỏ qua, đến nội dung chính",
  "nav.label": "Điều hướng chính",
  "nav.home": "Trang chủ",
  "nav.products": "Sản phẩm",
  "nav.producers": "Nhà sản xuất",
  "lang.label": "Ngôn ngữ",
  "lang.vi": "Tiếng Việt",
  "lang.en": "English",
  "footer.about":
    "Chợ trực tuyến cho sản phẩm OCOP (Mỗi xã một sản phẩm) của Quảng Ninh: hàng được xếp hạng 3–5 sao, bán trực tiếp từ doanh nghiệp, hợp tác xã và hộ sản xuất.",
  "footer.ocop": "Hạng sao chỉ hiển thị khi chứng nhận OCOP còn hiệu lực.",
  "footer.license": "Phần mềm nguồn mở, giấy phép MIT.",

  "home.meta.title": "Chợ OCOP Quảng Ninh – Đặc sản 3 đến 5 sao",
  "home.meta.description": "Mua đặc sản OCOP Quảng Ninh trực tiếp từ người sản xuất, có chứng nhận và nguồn gốc rõ ràng.",
  "home.hero.title": "Đặc sản OCOP từ tận nơi sản xuất",
  "home.hero.lead":
    "Sản phẩm được xếp hạng 3–5 sao, mua trực tiếp từ doanh nghiệp, hợp tác xã và hộ sản xuất Quảng Ninh, có chứng nhận và nguồn gốc rõ ràng.",
  "home.hero.cta": "Xem sản phẩm",
  "home.hero.producers": "Gặp nhà sản xuất",
  "home.stars.title": "Hạng sao OCOP",
  "home.stars.5": "5 sao: 90–100 điểm",
  "home.stars.4": "4 sao: 70–89 điểm",
  "home.stars.3": "3 sao: 50–69 điểm, mức thấp nhất được công nhận OCOP",
  "home.stars.validity": "Sản phẩm được chấm điểm trên thang 100. Chứng nhận có hiệu lực 36 tháng; hết hạn thì sản phẩm không còn hiện sao.",
  "home.featured5": "Sản phẩm OCOP 5 sao",
  "home.featured4": "Sản phẩm OCOP 4 sao",
  "home.groups": "Nhóm sản phẩm",
  "home.producers": "Nhà sản xuất",
  "common.seeAll": "Xem tất cả",
  "common.any": "Tất cả",
  "common.productCount": "{count} sản phẩm",

  "price.from": "từ {price}",
  "price.onRequest": "Liên hệ",
  "ocop.badge": "OCOP {star} sao",
  "ocop.stars": "{star} sao",
  "image.none": "Chưa có ảnh",

  "listing.meta.title": "Sản phẩm OCOP – Chợ OCOP Quảng Ninh",
  "listing.meta.description": "Tìm đặc sản OCOP Quảng Ninh theo hạng sao, nhóm sản phẩm, nhà sản xuất, xã phường và giá.",
  "listing.title": "Sản phẩm OCOP",
  "listing.count": "{count} sản phẩm",
  "listing.empty": "Không có sản phẩm nào khớp bộ lọc.",
  "listing.results": "Kết quả",
  "filters.title": "Bộ lọc",
  "filters.activeCount": "Bộ lọc ({count})",
  "filters.stars": "Hạng sao",
  "filters.stars.3": "Từ 3 sao",
  "filters.stars.4": "Từ 4 sao",
  "filters.stars.5": "5 sao",
  "filters.group": "Nhóm sản phẩm",
  "filters.producer": "Nhà sản xuất",
  "filters.commune": "Xã, phường, đặc khu",
  "filters.priceMin": "Giá từ (₫)",
  "filters.priceMax": "Giá đến (₫)",
  "filters.sort": "Sắp xếp",
  "filters.apply": "Áp dụng",
  "filters.clear": "Xóa bộ lọc",
  "sort.newest": "Mới nhất",
  "sort.price_asc": "Giá tăng dần",
  "sort.price_desc": "Giá giảm dần",
  "sort.stars": "Nhiều sao nhất",
  "search.label": "Tìm sản phẩm",
  "search.placeholder": "Tìm đặc sản: nước mắm, trà hoa vàng…",
  "search.submit": "Tìm kiếm",
  "search.suggestions": "Gợi ý sản phẩm",
  "search.suggestions.count": "{count} gợi ý. Dùng phím mũi tên lên, xuống để chọn, Enter để mở.",
  "search.suggestions.none": "Không có gợi ý.",
  "search.meta.title": "Tìm “{q}” – Chợ OCOP Quảng Ninh",
  "search.meta.titleEmpty": "Tìm kiếm – Chợ OCOP Quảng Ninh",
  "search.title": "Tìm kiếm",
  "search.count": "{count} kết quả cho “{q}”",
  "search.countFiltered": "{count} sản phẩm khớp bộ lọc",
  "search.didYouMean": "Có phải bạn muốn tìm:",
  "search.corrected": "Bạn đã gõ “{q}”.",
  "search.results": "Kết quả tìm kiếm",
  "search.empty.title": "Không tìm thấy sản phẩm nào cho “{q}”",
  "search.empty.filtered": "Không có sản phẩm nào khớp cả từ khóa và bộ lọc.",
  "search.empty.clearFilters": "Bỏ bộ lọc, giữ từ khóa",
  "search.empty.tips": "Hãy thử gõ ít từ hơn, kiểm tra chính tả, hoặc tìm tên chung như “mật ong”, “trà”, “chả mực”. Gõ không dấu cũng được.",
  "search.empty.browse": "Hoặc xem theo nhóm sản phẩm",
  "search.prompt.title": "Bạn muốn tìm gì?",
  "search.prompt.body": "Gõ tên sản phẩm, nhà sản xuất hoặc địa danh vào ô tìm kiếm, có dấu hay không dấu đều được.",
  "search.prompt.examples": "Ví dụ",
  "sort.relevance": "Phù hợp nhất",
  "pagination.label": "Phân trang",
  "pagination.previous": "Trang trước",
  "pagination.next": "Trang sau",
  "pagination.page": "Trang {page}",
  "pagination.status": "Trang {page}/{pages}",

  "product.gallery": "Ảnh sản phẩm",
  "product.image": "{title}, ảnh {index}",
  "product.options": "Chọn phân loại",
  "product.price": "Giá",
  "product.sku": "Mã hàng: {sku}",
  "product.orderSoon": "Đặt hàng trực tuyến sắp có. Trong lúc chờ, hãy liên hệ trực tiếp nhà sản xuất.",
  "product.ocop": "Chứng nhận OCOP",
  "product.ocop.level": "Hạng",
  "product.ocop.decision": "Số quyết định",
  "product.ocop.authority": "Cơ quan công nhận",
  "product.ocop.decisionDate": "Ngày công nhận",
  "product.ocop.validUntil": "Hiệu lực đến",
  "product.ocop.score": "Điểm đánh giá",
  "product.ocop.group": "Nhóm sản phẩm",
  "product.ocop.none": "Sản phẩm hiện chưa có chứng nhận OCOP còn hiệu lực.",
  "product.ocop.history": "Các lần xếp hạng trước",
  "product.ocop.past": "Hạng {star} sao theo quyết định {number} ({authority}), hiệu lực {from} – {until}",
  "product.ocop.expired": "đã hết hiệu lực",
  "product.origin": "Xuất xứ",
  "product.description": "Mô tả sản phẩm",
  "product.producer": "Nhà sản xuất",
  "product.viewProducer": "Xem trang nhà sản xuất",

  "producers.meta.title": "Nhà sản xuất OCOP – Chợ OCOP Quảng Ninh",
  "producers.meta.description": "Doanh nghiệp, hợp tác xã và hộ kinh doanh có sản phẩm OCOP ở Quảng Ninh.",
  "producers.title": "Nhà sản xuất OCOP",
  "producers.lead": "Doanh nghiệp, hợp tác xã và hộ kinh doanh làm ra các sản phẩm OCOP của Quảng Ninh.",
  "producers.count": "{count} nhà sản xuất",
  "producers.search": "Tìm theo tên",
  "producers.legalForm": "Loại hình",
  "producers.commune": "Xã, phường, đặc khu",
  "producers.empty": "Không tìm thấy nhà sản xuất nào.",
  "producers.topStar": "Có sản phẩm {star} sao",
  "producer.verified": "Đã xác minh",
  "producer.address": "Địa chỉ",
  "producer.former": "Trước đây: {place}",
  "producer.story": "Câu chuyện",
  "producer.contact": "Liên hệ",
  "producer.phone": "Điện thoại",
  "producer.email": "Email",
  "producer.website": "Trang web",
  "producer.social": "Mạng xã hội",
  "producer.logo": "Logo {name}",
  "producer.products": "Sản phẩm của {name}",
  "producer.noProducts": "Nhà sản xuất chưa có sản phẩm đang bán.",

  "trace.kicker": "Truy xuất nguồn gốc",
  "trace.meta.title": "Lô {lot} – {product}",
  "trace.item.meta.title": "Truy xuất nguồn gốc – {product}",
  "trace.verdict": "Kết quả xác thực",
  "trace.verified.title": "Hàng chính hãng — dữ liệu đã được ký và xác thực",
  "trace.verified.body": "Hồ sơ lô hàng khớp với chữ ký số của Chợ OCOP Quảng Ninh, và không bước nào bị sửa sau khi ghi nhận.",
  "trace.verifiedRecord.title": "Dữ liệu lô hàng đã được ký và xác thực",
  "trace.verifiedRecord.body": "Hồ sơ lô hàng này là thật, nhưng mã QR có thể đã bị sao chép sang hàng khác: hãy xem cảnh báo ở trên.",
  "trace.tampered.title": "Cảnh báo: dữ liệu truy xuất đã bị thay đổi",
  "trace.tampered.body": "Thông tin đang lưu không còn khớp với bản đã ký. Đừng tin các thông tin dưới đây; hãy hỏi lại nhà sản xuất.",
  "trace.tampered.reason": "Lý do: {reason}",
  "trace.unsigned.title": "Lô hàng chưa được ký xác thực",
  "trace.unsigned.body": "Thông tin dưới đây do nhà sản xuất khai báo nhưng chưa có chữ ký số.",
  "trace.suspicious.title": "Mã này đã được quét {scans} lần ở {places} nơi — có thể là nhãn giả",
  "trace.suspicious.body": "Một nhãn thật thường chỉ được quét vài lần. Mã bị sao chép hàng loạt là dấu hiệu hàng giả: hãy mua trực tiếp từ nhà sản xuất.",
  "trace.suspicious.buy": "Mua từ {producer}",
  "trace.recall.title": "Lô hàng đã bị thu hồi",
  "trace.recall.body": "Không sử dụng sản phẩm thuộc lô này. Liên hệ nơi bán hoặc nhà sản xuất để được đổi trả.",
  "trace.recall.reason": "Lý do thu hồi",
  "trace.recall.date": "Ngày thu hồi: {date}",
  "trace.what": "Sản phẩm",
  "trace.image": "Ảnh {title}",
  "trace.variant": "Phân loại",
  "trace.gtin": "Mã GTIN",
  "trace.lot": "Số lô",
  "trace.serial": "Số sê-ri",
  "trace.who": "Nhà sản xuất",
  "trace.producer.verified": "Đã xác minh",
  "trace.producer.link": "Trang nhà sản xuất",
  "trace.areas": "Vùng nguyên liệu",
  "trace.area.code": "Mã số",
  "trace.area.crop": "Cây trồng, vật nuôi",
  "trace.area.products": "Mặt hàng",
  "trace.area.size": "Diện tích",
  "trace.area.place": "Địa điểm",
  "trace.area.issuer": "Cơ quan cấp mã",
  "trace.area.map": "Xem trên bản đồ",
  "trace.area.coordinates": "Toạ độ",
  "trace.when": "Thời gian",
  "trace.harvest": "Thu hoạch",
  "trace.production": "Sản xuất",
  "trace.expiry": "Hạn sử dụng",
  "trace.quantity": "Số lượng trong lô",
  "trace.valid": "Còn hạn",
  "trace.expired": "Hết hạn",
  "trace.expiryMismatch": "Hạn dùng trong mã QR ({label}) khác với hồ sơ lô ({record}). Hãy kiểm tra kỹ nhãn.",
  "trace.ocop": "Chứng nhận OCOP",
  "trace.ocop.decision": "Quyết định {number}",
  "trace.ocop.validUntil": "Hiệu lực đến {date}",
  "trace.ocop.expired": "Chứng nhận OCOP đã hết hạn",
  "trace.ocop.expiredBody": "Quyết định {number} ({authority}) hết hiệu lực ngày {date}. Sản phẩm cần được đánh giá lại.",
  "trace.ocop.none": "Sản phẩm chưa có chứng nhận OCOP.",
  "trace.standards": "Tiêu chuẩn áp dụng",
  "trace.steps": "Hành trình của lô hàng",
  "trace.steps.none": "Chưa có bước nào được ghi nhận.",
  "trace.event.place": "Tại",
  "trace.event.location": "Nơi",
  "trace.event.inputs": "Đầu vào",
  "trace.event.outputs": "Đầu ra",
  "trace.event.result": "Kết quả",
  "trace.event.correction": "Đính chính một bước trước",
  "trace.buy": "Mua lại",
  "trace.buy.lead": "Hài lòng với sản phẩm? Mua lại trực tiếp từ nhà sản xuất, đúng hàng chính hãng.",
  "trace.buy.producer": "Sản phẩm khác của {producer}",
  "trace.verify.keys": "Xác minh bằng khoá công khai",
  "trace.verify.epcis": "Dữ liệu sự kiện EPCIS 2.0",
  "trace.tech": "Chi tiết kỹ thuật",
  "trace.tech.hash": "Mã băm hồ sơ (SHA-256)",
  "trace.tech.key": "Khoá ký (Ed25519)",
  "trace.tech.published": "Công bố lúc",
  "trace.item.lead": "Quét mã QR trên bao bì để xem thông tin của đúng lô hàng bạn đang cầm.",
  "trace.item.batches": "Các lô đã công bố",
  "trace.item.noBatches": "Chưa có lô nào được công bố.",
  "trace.item.withdrawn": "Đã thu hồi",
  "trace.item.produced": "Sản xuất {date}",
  "trace.item.expires": "HSD {date}",
  "trace.invalid.title": "Mã không hợp lệ",
  "trace.invalid.body": "Mã này không đúng chuẩn GS1, nên không thể in trên một sản phẩm thật. Hãy kiểm tra lại đường dẫn, hoặc cẩn trọng với sản phẩm mang mã này.",
  "trace.invalid.gtinCheck": "Chữ số kiểm tra (chữ số cuối) của mã GTIN không đúng.",
  "trace.invalid.gtinLength": "Mã GTIN phải có 8, 12, 13 hoặc 14 chữ số.",
  "trace.invalid.gtinDigits": "Mã GTIN chỉ được gồm chữ số.",
  "trace.invalid.gtinZeros": "Mã GTIN không thể toàn số 0.",
  "trace.invalid.lotLength": "Số lô dài quá 20 ký tự.",
  "trace.invalid.lotChars": "Số lô có ký tự mà chuẩn GS1 không cho phép (chỉ dùng chữ không dấu, số và vài dấu câu).",
  "trace.invalid.other": "Đường dẫn không đúng cấu trúc GS1 Digital Link (/01/mã GTIN/10/số lô).",
  "trace.invalid.detail": "Chi tiết kỹ thuật: {message}",
  "trace.unknown.title": "Không tìm thấy sản phẩm",
  "trace.unknown.body": "Mã GTIN {gtin} không thuộc sản phẩm nào đang bán trên Chợ OCOP Quảng Ninh. Nếu mã này được in trên bao bì, hãy cẩn trọng: có thể là nhãn giả.",
  "error.notFound.title": "Không tìm thấy trang",
  "error.notFound.body": "Trang bạn tìm không tồn tại hoặc đã được chuyển đi.",
  "error.generic.title": "Đã có lỗi xảy ra",
  "error.generic.body": "Xin lỗi, trang không tải được. Vui lòng thử lại sau ít phút.",
  "error.backHome": "Về trang chủ",
  "error.browse": "Xem sản phẩm",

  "group.food": "Thực phẩm",
  "group.beverages": "Đồ uống",
  "group.herbal": "Dược liệu và sản phẩm từ dược liệu",
  "group.handicrafts": "Thủ công mỹ nghệ",
  "group.ornamental": "Sinh vật cảnh",
  "group.tourism": "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
  "legal.enterprise": "Doanh nghiệp",
  "legal.cooperative": "Hợp tác xã",
  "legal.household": "Hộ kinh doanh",
} as const

export type MessageKey = keyof typeof vi
export type Messages = Record<MessageKey, string>

const en: Messages = {
  "site.name": "Chợ OCOP Quảng Ninh",
  "site.tagline": "3- to 5-star OCOP specialties, straight from their makers",
  "site.skip": "Skip to main content",
  "nav.label": "Main navigation",
  "nav.home": "Home",
  "nav.products": "Products",
  "nav.producers": "Producers",
  "lang.label": "Language",
  "lang.vi": "Tiếng Việt",
  "lang.en": "English",
  "footer.about":
    "An online market for Quảng Ninh's OCOP (One Commune One Product) specialties: products rated 3 to 5 stars, sold directly by enterprises, cooperatives and household businesses.",
  "footer.ocop": "Star ratings are shown only while the OCOP certificate is valid.",
  "footer.license": "Open-source software, MIT licence.",

  "home.meta.title": "Chợ OCOP Quảng Ninh – 3- to 5-star specialties",
  "home.meta.description": "Buy Quảng Ninh's OCOP specialties directly from their producers, certified and traceable.",
  "home.hero.title": "OCOP specialties straight from their makers",
  "home.hero.lead":
    "Products rated 3 to 5 stars, bought directly from Quảng Ninh's enterprises, cooperatives and household businesses, certified and traceable.",
  "home.hero.cta": "Browse products",
  "home.hero.producers": "Meet the producers",
  "home.stars.title": "OCOP star ratings",
  "home.stars.5": "5 stars: 90–100 points",
  "home.stars.4": "4 stars: 70–89 points",
  "home.stars.3": "3 stars: 50–69 points, the lowest certified OCOP rating",
  "home.stars.validity": "Products are scored out of 100. A certificate is valid for 36 months; once it expires the product shows no stars.",
  "home.featured5": "5-star OCOP products",
  "home.featured4": "4-star OCOP products",
  "home.groups": "Product groups",
  "home.producers": "Producers",
  "common.seeAll": "See all",
  "common.any": "Any",
  "common.productCount": "{count} products",

  "price.from": "from {price}",
  "price.onRequest": "Price on request",
  "ocop.badge": "OCOP {star} stars",
  "ocop.stars": "{star} stars",
  "image.none": "No photo yet",

  "listing.meta.title": "OCOP products – Chợ OCOP Quảng Ninh",
  "listing.meta.description": "Find Quảng Ninh's OCOP specialties by star rating, product group, producer, commune and price.",
  "listing.title": "OCOP products",
  "listing.count": "{count} products",
  "listing.empty": "No product matches these filters.",
  "listing.results": "Results",
  "filters.title": "Filters",
  "filters.activeCount": "Filters ({count})",
  "filters.stars": "Star rating",
  "filters.stars.3": "3 stars and up",
  "filters.stars.4": "4 stars and up",
  "filters.stars.5": "5 stars",
  "filters.group": "Product group",
  "filters.producer": "Producer",
  "filters.commune": "Commune, ward or special zone",
  "filters.priceMin": "Price from (₫)",
  "filters.priceMax": "Price up to (₫)",
  "filters.sort": "Sort by",
  "filters.apply": "Apply",
  "filters.clear": "Clear filters",
  "sort.newest": "Newest",
  "sort.price_asc": "Price: low to high",
  "sort.price_desc": "Price: high to low",
  "sort.stars": "Most stars",
  "search.label": "Search products",
  "search.placeholder": "Search: fish sauce, golden camellia tea…",
  "search.submit": "Search",
  "search.suggestions": "Product suggestions",
  "search.suggestions.count": "{count} suggestions. Use the up and down arrow keys to choose, Enter to open.",
  "search.suggestions.none": "No suggestions.",
  "search.meta.title": "Search “{q}” – Chợ OCOP Quảng Ninh",
  "search.meta.titleEmpty": "Search – Chợ OCOP Quảng Ninh",
  "search.title": "Search",
  "search.count": "{count} results for “{q}”",
  "search.countFiltered": "{count} products match the filters",
  "search.didYouMean": "Did you mean:",
  "search.corrected": "You typed “{q}”.",
  "search.results": "Search results",
  "search.empty.title": "No products found for “{q}”",
  "search.empty.filtered": "No product matches both the search words and the filters.",
  "search.empty.clearFilters": "Remove the filters, keep the words",
  "search.empty.tips": "Try fewer words, check the spelling, or a general name such as “honey”, “tea” or “squid cake”. Vietnamese works with or without tone marks.",
  "search.empty.browse": "Or browse a product group",
  "search.prompt.title": "What are you looking for?",
  "search.prompt.body": "Type a product, a producer or a place into the search box, in Vietnamese (with or without tone marks) or English.",
  "search.prompt.examples": "For example",
  "sort.relevance": "Best match",
  "pagination.label": "Pagination",
  "pagination.previous": "Previous page",
  "pagination.next": "Next page",
  "pagination.page": "Page {page}",
  "pagination.status": "Page {page} of {pages}",

  "product.gallery": "Product photos",
  "product.image": "{title}, photo {index}",
  "product.options": "Choose an option",
  "product.price": "Price",
  "product.sku": "SKU: {sku}",
  "product.orderSoon": "Online ordering is coming soon. Meanwhile, contact the producer directly.",
  "product.ocop": "OCOP certificate",
  "product.ocop.level": "Rating",
  "product.ocop.decision": "Decision number",
  "product.ocop.authority": "Issued by",
  "product.ocop.decisionDate": "Decision date",
  "product.ocop.validUntil": "Valid until",
  "product.ocop.score": "Score",
  "product.ocop.group": "Product group",
  "product.ocop.none": "This product has no valid OCOP certificate at the moment.",
  "product.ocop.history": "Past ratings",
  "product.ocop.past": "Rated {star} stars by decision {number} ({authority}), valid {from} – {until}",
  "product.ocop.expired": "expired",
  "product.origin": "Origin",
  "product.description": "Description",
  "product.producer": "Producer",
  "product.viewProducer": "See the producer's page",

  "producers.meta.title": "OCOP producers – Chợ OCOP Quảng Ninh",
  "producers.meta.description": "Enterprises, cooperatives and household businesses making Quảng Ninh's OCOP products.",
  "producers.title": "OCOP producers",
  "producers.lead": "The enterprises, cooperatives and household businesses behind Quảng Ninh's OCOP products.",
  "producers.count": "{count} producers",
  "producers.search": "Search by name",
  "producers.legalForm": "Legal form",
  "producers.commune": "Commune, ward or special zone",
  "producers.empty": "No producer found.",
  "producers.topStar": "Has {star}-star products",
  "producer.verified": "Verified",
  "producer.address": "Address",
  "producer.former": "Formerly: {place}",
  "producer.story": "Our story",
  "producer.contact": "Contact",
  "producer.phone": "Phone",
  "producer.email": "Email",
  "producer.website": "Website",
  "producer.social": "Social media",
  "producer.logo": "{name} logo",
  "producer.products": "Products by {name}",
  "producer.noProducts": "This producer has no products on sale yet.",

  "trace.kicker": "Traceability",
  "trace.meta.title": "Lot {lot} – {product}",
  "trace.item.meta.title": "Traceability – {product}",
  "trace.verdict": "Verification result",
  "trace.verified.title": "Genuine product — the record is signed and verified",
  "trace.verified.body": "This batch record matches Chợ OCOP Quảng Ninh's digital signature, and no step was changed after it was recorded.",
  "trace.verifiedRecord.title": "The batch record is signed and verified",
  "trace.verifiedRecord.body": "This batch record is genuine, but its QR code may have been copied onto other packs: see the warning above.",
  "trace.tampered.title": "Warning: the traceability record has been changed",
  "trace.tampered.body": "The stored record no longer matches the signed one. Do not trust the details below; check with the producer.",
  "trace.tampered.reason": "Reason: {reason}",
  "trace.unsigned.title": "This batch is not signed yet",
  "trace.unsigned.body": "The details below were entered by the producer but carry no digital signature.",
  "trace.suspicious.title": "This code has been scanned {scans} times in {places} places — the label may be fake",
  "trace.suspicious.body": "A genuine label is scanned only a few times. A code copied onto many packs is a sign of counterfeits: buy directly from the producer.",
  "trace.suspicious.buy": "Buy from {producer}",
  "trace.recall.title": "This batch has been recalled",
  "trace.recall.body": "Do not use products from this batch. Contact the seller or the producer for a refund or exchange.",
  "trace.recall.reason": "Reason for the recall",
  "trace.recall.date": "Recalled on {date}",
  "trace.what": "Product",
  "trace.image": "Photo of {title}",
  "trace.variant": "Variant",
  "trace.gtin": "GTIN",
  "trace.lot": "Lot",
  "trace.serial": "Serial number",
  "trace.who": "Producer",
  "trace.producer.verified": "Verified",
  "trace.producer.link": "Producer's page",
  "trace.areas": "Where it comes from",
  "trace.area.code": "Code",
  "trace.area.crop": "Crop or species",
  "trace.area.products": "Products handled",
  "trace.area.size": "Area",
  "trace.area.place": "Location",
  "trace.area.issuer": "Code issued by",
  "trace.area.map": "See on the map",
  "trace.area.coordinates": "Coordinates",
  "trace.when": "Dates",
  "trace.harvest": "Harvested",
  "trace.production": "Produced",
  "trace.expiry": "Best before",
  "trace.quantity": "Batch size",
  "trace.valid": "Not expired",
  "trace.expired": "Expired",
  "trace.expiryMismatch": "The expiry in the QR code ({label}) differs from the batch record ({record}). Check the label carefully.",
  "trace.ocop": "OCOP certificate",
  "trace.ocop.decision": "Decision {number}",
  "trace.ocop.validUntil": "Valid until {date}",
  "trace.ocop.expired": "The OCOP certificate has expired",
  "trace.ocop.expiredBody": "Decision {number} ({authority}) ended on {date}. The product needs a new rating.",
  "trace.ocop.none": "This product has no OCOP certificate.",
  "trace.standards": "Standards applied",
  "trace.steps": "The batch's journey",
  "trace.steps.none": "No step has been recorded yet.",
  "trace.event.place": "At",
  "trace.event.location": "Site",
  "trace.event.inputs": "In",
  "trace.event.outputs": "Out",
  "trace.event.result": "Result",
  "trace.event.correction": "Corrects an earlier step",
  "trace.buy": "Buy again",
  "trace.buy.lead": "Enjoyed it? Buy it again directly from its producer, guaranteed genuine.",
  "trace.buy.producer": "More from {producer}",
  "trace.verify.keys": "Verify with the public key",
  "trace.verify.epcis": "EPCIS 2.0 event data",
  "trace.tech": "Technical details",
  "trace.tech.hash": "Record hash (SHA-256)",
  "trace.tech.key": "Signing key (Ed25519)",
  "trace.tech.published": "Published",
  "trace.item.lead": "Scan the QR code on the pack to see the details of the very batch in your hands.",
  "trace.item.batches": "Published batches",
  "trace.item.noBatches": "No batch has been published yet.",
  "trace.item.withdrawn": "Recalled",
  "trace.item.produced": "Produced {date}",
  "trace.item.expires": "Best before {date}",
  "trace.invalid.title": "Invalid code",
  "trace.invalid.body": "This code does not follow the GS1 standard, so it cannot be on a genuine product. Check the link, or be careful with a product carrying it.",
  "trace.invalid.gtinCheck": "The GTIN's check digit (its last digit) is wrong.",
  "trace.invalid.gtinLength": "A GTIN has 8, 12, 13 or 14 digits.",
  "trace.invalid.gtinDigits": "A GTIN contains digits only.",
  "trace.invalid.gtinZeros": "A GTIN cannot be all zeros.",
  "trace.invalid.lotLength": "The lot number is longer than 20 characters.",
  "trace.invalid.lotChars": "The lot number contains characters GS1 does not allow (plain letters, digits and a few punctuation marks only).",
  "trace.invalid.other": "The link does not follow the GS1 Digital Link structure (/01/GTIN/10/lot).",
  "trace.invalid.detail": "Technical detail: {message}",
  "trace.unknown.title": "Product not found",
  "trace.unknown.body": "GTIN {gtin} belongs to no product on sale at Chợ OCOP Quảng Ninh. If it is printed on a pack, be careful: the label may be fake.",
  "error.notFound.title": "Page not found",
  "error.notFound.body": "The page you are looking for does not exist or has moved.",
  "error.generic.title": "Something went wrong",
  "error.generic.body": "Sorry, this page could not be loaded. Please try again in a few minutes.",
  "error.backHome": "Back to the home page",
  "error.browse": "Browse products",

  "group.food": "Food",
  "group.beverages": "Beverages",
  "group.herbal": "Medicinal herbs and herbal products",
  "group.handicrafts": "Handicrafts",
  "group.ornamental": "Ornamental plants and animals",
  "group.tourism": "Community tourism, eco-tourism and destinations",
  "legal.enterprise": "Enterprise",
  "legal.cooperative": "Cooperative",
  "legal.household": "Household business",
}

export const MESSAGES: Record<Lang, Messages> = { vi, en }

export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value)
}

/** A supported language from any value; anything else is Vietnamese. */
export function resolveLang(value: unknown): Lang {
  if (typeof value !== "string") return DEFAULT_LANG
  const code = value.trim().toLowerCase().split(/[-_]/)[0]
  return isLang(code) ? code : DEFAULT_LANG
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * Falls back to Vietnamese, then to the key itself, so a gap never breaks a page.
 */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[lang]?.[key] ?? MESSAGES[DEFAULT_LANG][key] ?? key
  return interpolate(template, params)
}

/** `t` bound to one language. */
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params)
}

export function groupLabel(lang: Lang, group: ProductGroup | string): string {
  const key = `group.${group}` as MessageKey
  return key in vi ? t(lang, key) : group
}

export function legalFormLabel(lang: Lang, form: LegalForm | string): string {
  const key = `legal.${form}` as MessageKey
  return key in vi ? t(lang, key) : form
}

// --- The language cookie -----------------------------------------------------

export const LANG_COOKIE = "lang"
const ONE_YEAR = 60 * 60 * 24 * 365

/** The language chosen in a `Cookie` header; Vietnamese when none is set. */
export function langFromCookie(cookieHeader: string | null | undefined): Lang {
  if (!cookieHeader) return DEFAULT_LANG
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.split("=")
    if (name?.trim() === LANG_COOKIE) return resolveLang(decodeURIComponent(rest.join("=").trim()))
  }
  return DEFAULT_LANG
}

/** The `Set-Cookie` value that remembers `lang` for a year. */
export function langCookie(lang: Lang, secure = false): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure ? "; Secure" : ""}`
}

/**
 * Where to go after switching language: a path on this site, never another origin
 * (`//evil.example`, `https://…`, `/\evil`); the home page otherwise.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback
  }
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) < 0x20) return fallback
  }
  return value
}

/** The language of a request, from its `lang` cookie. */
export function requestLang(request: Request): Lang {
  return langFromCookie(request.headers.get("Cookie"))
}
