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
